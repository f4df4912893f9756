"""The hub's own mails: "Bonjour <prénom>," (never "Salut"), in French, absolute links."""

import pytest
from django.core import mail
from django.test import RequestFactory

from accounts.invitations import get_or_invite
from accounts.mail import send_templated_mail
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_a_known_recipient_is_greeted_by_first_name():
    UserFactory(first_name="Émilie", email="emilie@example.org")
    send_templated_mail(
        "Emilie@Example.org",
        "Test",
        "added_to_community.txt",
        {"place": "Réseau du Sicoval", "role": "membre", "inviter": "Alice", "login_link": "x"},
    )
    body = mail.outbox[-1].body
    assert body.startswith("Bonjour Émilie,\n\n")
    assert "Salut" not in body


def test_an_unknown_recipient_is_greeted_without_a_name():
    send_templated_mail("personne@example.org", "Test", "signup_confirm.txt", {"link": "x"})
    assert mail.outbox[-1].body.startswith("Bonjour,\n\n")


def test_an_invitation_links_to_the_address_the_site_is_served_at():
    request = RequestFactory().post("/", HTTP_HOST="127.0.0.1:8713")
    request.user = UserFactory(first_name="Alice", last_name="Admin")
    get_or_invite(request, "nouvelle@example.org", "Réseau du Sicoval")
    body = mail.outbox[-1].body
    assert body.startswith("Bonjour,\n\n")
    assert "http://127.0.0.1:8713/invitation/" in body
    assert "Alice Admin vous invite" in body


def test_the_password_reset_mail_greets_the_account_by_name(client):
    from django.core.cache import cache

    cache.clear()
    UserFactory(first_name="Nina", email="nina@example.org")
    client.post("/mot-de-passe-oublie/", {"email": "nina@example.org"})
    assert mail.outbox[-1].body.startswith("Bonjour Nina,\n\n")
    cache.clear()
