"""The census's mails to the proposer, in the hub's register (accounts.mail): the greeting
by the name they gave, the team's signature, a plain-text template."""

from django.core.mail import send_mail
from django.template.loader import render_to_string

from accounts.mail import header_text


def send_proposer_mail(proposal, subject: str, template: str, context: dict) -> None:
    body = render_to_string(
        f"places/census/emails/{template}",
        {"first_name": proposal.proposer_name, "proposal": proposal, **context},
    )
    send_mail(header_text(subject), body, None, [proposal.proposer_email])
