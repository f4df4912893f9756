"""Finding 6: behind the reverse proxy, limits count each visitor, not the proxy.

The client address comes from X-Forwarded-For only when the request comes from a
trusted proxy (settings.RHINOCC_TRUSTED_PROXIES, TRUSTED_PROXIES in production)."""

import pytest
from django.core import mail
from django.test import RequestFactory, override_settings

from accounts.clients import client_address
from accounts.views import ATTEMPTS_PER_IP_PER_HOUR, EMAILS_PER_ADDRESS_PER_DAY
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db
PROXY = "10.0.0.2"
SIGNUP = "/inscription/"


def address(remote_addr: str, forwarded_for: str | None = None) -> str:
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client_address(RequestFactory().get("/", **headers))


@override_settings(RHINOCC_TRUSTED_PROXIES=[PROXY])
def test_sign_ups_from_many_visitors_behind_the_proxy_are_not_one_visitor(client):
    for number in range(ATTEMPTS_PER_IP_PER_HOUR + 5):
        response = client.post(
            SIGNUP,
            {"email": f"visiteur{number}@example.org"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number + 1}",
        )
        assert response.status_code == 200, number


@override_settings(RHINOCC_TRUSTED_PROXIES=[PROXY])
def test_one_visitor_behind_the_proxy_is_still_limited(client):
    statuses = [
        client.post(
            SIGNUP,
            {"email": f"essai{number}@example.org"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR="198.51.100.7",
        ).status_code
        for number in range(ATTEMPTS_PER_IP_PER_HOUR + 1)
    ]
    assert statuses[-1] == 429
    assert set(statuses[:-1]) == {200}


@override_settings(RHINOCC_TRUSTED_PROXIES=[PROXY])
def test_a_forged_header_sent_through_the_proxy_does_not_escape_the_limit(client):
    """The proxy appends the address it saw: the left-most entries are the client's own words."""
    statuses = [
        client.post(
            SIGNUP,
            {"email": f"forge{number}@example.org"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number + 1}, 198.51.100.9",
        ).status_code
        for number in range(ATTEMPTS_PER_IP_PER_HOUR + 1)
    ]
    assert statuses[-1] == 429


@override_settings(RHINOCC_TRUSTED_PROXIES=[PROXY])
def test_a_visitor_who_reaches_the_app_directly_cannot_choose_an_address(client):
    statuses = [
        client.post(
            SIGNUP,
            {"email": f"direct{number}@example.org"},
            REMOTE_ADDR="198.51.100.20",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number + 1}",
        ).status_code
        for number in range(ATTEMPTS_PER_IP_PER_HOUR + 1)
    ]
    assert statuses[-1] == 429


@override_settings(RHINOCC_TRUSTED_PROXIES=[])
def test_without_a_trusted_proxy_the_header_is_ignored():
    assert address("198.51.100.20", "203.0.113.1") == "198.51.100.20"


@override_settings(RHINOCC_TRUSTED_PROXIES=["10.0.0.0/8", "127.0.0.1"])
def test_the_right_most_untrusted_entry_is_the_client():
    assert address("10.0.0.2", "203.0.113.1, 198.51.100.9, 10.1.2.3") == "198.51.100.9"
    assert address("127.0.0.1", "198.51.100.9") == "198.51.100.9"
    assert address("10.0.0.2", "10.1.2.3") == "10.1.2.3"
    assert address("10.0.0.2", "") == "10.0.0.2"
    assert address("10.0.0.2", "pas-une-adresse, 198.51.100.9") == "198.51.100.9"
    assert address("10.0.0.2", "198.51.100.9, pas-une-adresse") == "10.0.0.2"


def test_no_password_reset_form_sends_mail_without_the_limits(client):
    """The admin's own reset form had no limit: a way to flood a user's mailbox."""
    UserFactory(email="cible@example.org", is_superuser=True)
    for _attempt in range(EMAILS_PER_ADDRESS_PER_DAY + 3):
        client.post("/admin/password_reset/", {"email": "cible@example.org"})
        client.post("/mot-de-passe-oublie/", {"email": "cible@example.org"})
    sent = [message for message in mail.outbox if message.to == ["cible@example.org"]]
    assert len(sent) <= EMAILS_PER_ADDRESS_PER_DAY


def test_the_addresses_of_one_ipv6_network_are_one_client(client):
    statuses = [
        client.post(
            SIGNUP,
            {"email": f"reseau{number}@example.org"},
            REMOTE_ADDR=f"2001:db8:1:2::{number + 1:x}",
        ).status_code
        for number in range(ATTEMPTS_PER_IP_PER_HOUR + 1)
    ]
    assert statuses[-1] == 429
    other_network = client.post(
        SIGNUP, {"email": "ailleurs@example.org"}, REMOTE_ADDR="2001:db8:1:3::1"
    )
    assert other_network.status_code == 200
