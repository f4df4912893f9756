import unicodedata

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
    """A plain-text email from a template of accounts/emails/."""
    body = render_to_string(f"accounts/emails/{template}", context)
    send_mail(header_text(subject), body, None, [recipient])
