from django.core.mail import send_mail
from django.template.loader import render_to_string


def send_templated_mail(recipient: str, subject: str, template: str, context: dict) -> None:
    """A plain-text email from a template of accounts/emails/."""
    body = render_to_string(f"accounts/emails/{template}", context)
    send_mail(str(subject), body, None, [recipient])
