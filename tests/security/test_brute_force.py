"""Finding 7: failed logins are limited per account and per client, on the public login page
and on the admin's, with a French message that says when to try again and offers the
password reset; a hub editor unlocks an account from the Wagtail admin."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from tests.factories.accounts import UserFactory, community_admin, hub_editor, mediator
from tests.factories.communities import CommunityPageFactory

pytestmark = pytest.mark.django_db
PASSWORD = "un-mot-de-passe-solide-42"
LOGIN_PAGES = ["/connexion/", "/admin/login/"]
PROXY = "10.0.0.2"


@pytest.fixture
def account():
    return UserFactory(
        username="nina", email="nina@example.org", password=PASSWORD, is_superuser=True
    )


def log_in(client, url, username, password, **headers):
    return client.post(url, {"username": username, "password": password}, **headers)


@pytest.mark.parametrize("url", LOGIN_PAGES)
def test_thirty_wrong_passwords_then_the_right_one_does_not_log_in(client, account, url):
    for _attempt in range(30):
        log_in(client, url, "nina", "mauvais-mot-de-passe")
    response = log_in(client, url, "nina", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    html = response.content.decode()
    assert "Trop de tentatives de connexion" in html
    assert "Réessayez" in html
    assert reverse("accounts:password_reset") in html


@pytest.mark.parametrize("url", LOGIN_PAGES)
def test_the_account_is_locked_whatever_the_client(client, account, url):
    for number in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, url, "nina", "faux", REMOTE_ADDR=f"198.51.100.{number + 1}")
    response = log_in(client, url, "nina@example.org", PASSWORD, REMOTE_ADDR="203.0.113.5")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_account_is_locked_by_email_and_by_username_alike(client, account):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "/connexion/", "NINA@example.org", "faux")
    assert log_in(client, "/connexion/", "nina", PASSWORD).status_code == 429


@override_settings(RHINOCC_TRUSTED_PROXIES=[PROXY])
def test_one_client_trying_many_accounts_is_locked_and_others_are_not(client, account):
    for number in range(settings.AXES_FAILURE_LIMIT):
        log_in(
            client,
            "/connexion/",
            f"inconnu{number}",
            "faux",
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR="198.51.100.66",
        )
    locked = log_in(
        client,
        "/connexion/",
        "nina",
        PASSWORD,
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="198.51.100.66",
    )
    assert locked.status_code == 429
    other_visitor = log_in(
        client,
        "/connexion/",
        "nina",
        PASSWORD,
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="198.51.100.67",
    )
    assert other_visitor.status_code == 302


def test_a_few_typos_do_not_lock_and_a_success_clears_them(client, account):
    for _round in range(3):
        for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
            assert log_in(client, "/connexion/", "nina", "faux").status_code == 200
        assert log_in(client, "/connexion/", "nina", PASSWORD).status_code == 302
        client.logout()


def test_the_lockout_keeps_what_was_typed(client, account):
    for _attempt in range(settings.AXES_FAILURE_LIMIT + 1):
        response = log_in(client, "/connexion/", "nina@example.org", "faux")
    assert response.status_code == 429
    assert 'value="nina@example.org"' in response.content.decode()


def lock(client, username="nina"):
    for _attempt in range(settings.AXES_FAILURE_LIMIT + 1):
        log_in(client, "/connexion/", username, "faux")


def test_a_hub_editor_unlocks_an_account_from_the_wagtail_admin(client, account):
    lock(client)
    client.force_login(hub_editor())
    screen = client.get(reverse("accounts_lockouts"))
    assert screen.status_code == 200
    assert "nina" in screen.content.decode()
    response = client.post(reverse("accounts_lockouts"), {"username": "nina"})
    assert response.status_code == 302
    client.logout()
    assert log_in(client, "/connexion/", "nina", PASSWORD).status_code == 302


def test_only_hub_editors_and_superusers_unlock_accounts(client, account):
    lock(client)
    community = CommunityPageFactory()
    for user in [community_admin(community), mediator(community)]:
        client.force_login(user)
        assert client.get(reverse("accounts_lockouts")).status_code in (302, 403)
        client.post(reverse("accounts_lockouts"), {"username": "nina"})
    client.logout()
    assert log_in(client, "/connexion/", "nina", PASSWORD).status_code == 429


def test_the_unlock_screen_is_in_the_admin_menu_of_hub_editors(client):
    client.force_login(hub_editor())
    assert (
        reverse("accounts_lockouts") in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_one_ipv6_network_trying_many_accounts_is_one_client(client, account):
    for number in range(settings.AXES_FAILURE_LIMIT):
        log_in(
            client,
            "/connexion/",
            f"inconnu{number}",
            "faux",
            REMOTE_ADDR=f"2001:db8::{number + 1:x}",
        )
    locked = log_in(client, "/connexion/", "nina", PASSWORD, REMOTE_ADDR="2001:db8::ffff")
    assert locked.status_code == 429


def test_choosing_a_new_password_unlocks_the_account(client, account):
    lock(client, "nina@example.org")
    client.post(reverse("accounts:password_reset"), {"email": "nina@example.org"})
    link = re.search(r"http://testserver(/mot-de-passe/\S+/)", mail.outbox[-1].body)[1]
    form = client.get(link, follow=True)
    new_password = "un-autre-mot-de-passe-77"
    client.post(
        form.redirect_chain[-1][0], {"new_password1": new_password, "new_password2": new_password}
    )
    assert log_in(client, "/connexion/", "nina@example.org", new_password).status_code == 302
