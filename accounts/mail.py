import unicodedata

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string


def header_text(text: str) -> str:
    """`text` on one line: titles and names saved before they refused control characters
    must not break, or add to, the headers of a mail."""
    return " ".join(
        "".join(
            " " if unicodedata.category(character).startswith(("C", "Z")) else character
            for character in str(text)
        ).split()
    )


def send_templated_mail(recipient: str, subject: str, template: str, context: dict) -> None:
    """A plain-text email from a template of accounts/emails/, in the hub's register:
    "Bonjour <prénom>," when the recipient's first name is known (`first_name`, else the
    account that has the address), "Bonjour," otherwise. Links in `context` are absolute,
    built from the request (`request.build_absolute_uri`): the address the site is served
    at, behind its proxy as in development."""
    if "first_name" not in context:
        context = {**context, "first_name": first_name_of(recipient)}
    body = render_to_string(f"accounts/emails/{template}", context)
    send_mail(header_text(subject), body, None, [recipient])


def first_name_of(address: str) -> str:
    """The first name of the one account with this address; "" if none, or several."""
    names = list(
        get_user_model()
        ._default_manager.filter(email__iexact=address)
        .values_list("first_name", flat=True)[:2]
    )
    return names[0] if len(names) == 1 else ""
