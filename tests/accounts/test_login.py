"""The public login, logout and forgotten-password pages.

The demo's accounts are tested in test_demo_accounts.py.
"""

import re

import pytest
from django.core import mail
from django.core.cache import cache

from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "un-mot-de-passe-solide-42"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def mediator():
    return UserFactory(username="nina", email="nina@example.org", password=PASSWORD)


def test_logging_in_returns_to_the_page_asked_for(client, mediator):
    page = client.get("/connexion/?next=/communautes/")
    assert "Se connecter" in page.content.decode()
    response = client.post(
        "/connexion/", {"username": "nina", "password": PASSWORD, "next": "/communautes/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/communautes/"


def test_a_wrong_password_is_a_french_error(client, mediator):
    response = client.post("/connexion/", {"username": "nina", "password": "faux"})
    assert response.status_code == 200
    assert "Saisissez un nom d’utilisateur et un mot de passe valides" in response.content.decode()


def test_logging_out(client, mediator):
    client.force_login(mediator)
    response = client.post("/deconnexion/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_forgotten_password_is_reset_by_email_once(client, mediator):
    done = client.post("/mot-de-passe-oublie/", {"email": "nina@example.org"}, follow=True)
    assert "Vérifiez votre messagerie" in done.content.decode()
    link = re.search(r"http://testserver(/mot-de-passe/\S+/)", mail.outbox[-1].body)[1]
    form = client.get(link, follow=True)
    set_password_url = form.redirect_chain[-1][0]
    new_password = "un-autre-mot-de-passe-77"
    response = client.post(
        set_password_url, {"new_password1": new_password, "new_password2": new_password}
    )
    assert response.status_code == 302
    mediator.refresh_from_db()
    assert mediator.check_password(new_password)
    assert client.get(link, follow=True).status_code == 400


@pytest.mark.parametrize("groups", [[], ["Médiateurs"], ["Formateurs"], ["Éditeurs du hub"]])
def test_logging_in_from_the_members_area_lands_on_mon_espace_for_every_role(client, groups):
    UserFactory(username="rose", email="rose@example.org", password=PASSWORD, groups=groups)
    response = client.post("/connexion/", {"username": "rose", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/mon-espace/"


def test_an_unsafe_next_is_ignored_for_mon_espace(client, mediator):
    response = client.post(
        "/connexion/",
        {"username": "nina", "password": PASSWORD, "next": "https://ailleurs.example/"},
    )
    assert response["Location"] == "/mon-espace/"


@pytest.mark.parametrize("typed", ["nina", "nina@example.org", "Nina@Example.org "])
def test_the_login_field_takes_the_email_address_or_the_username(client, mediator, typed):
    response = client.post("/connexion/", {"username": typed, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(mediator.pk)


def test_the_login_field_says_it_takes_either_in_french(client):
    html = client.get("/connexion/").content.decode()
    assert '<label for="id_username">Adresse électronique ou identifiant' in html
    assert "Nom d’utilisateur" not in html and "Nom d'utilisateur" not in html


def test_the_members_area_link_leads_a_logged_in_member_to_mon_espace(client, mediator):
    client.force_login(mediator)
    footer = client.get("/recherche/").content.decode().split("<footer")[1]
    assert "Espace membres" in footer
    response = client.get("/connexion/")
    assert response.status_code == 302
    assert response["Location"] == "/mon-espace/"


def test_a_logged_in_member_sent_back_to_log_in_is_told_why_without_a_loop(client, mediator):
    """A private page sends a non-member to /connexion/?next=…: redirecting them to `next`
    again would loop, so the page says whom they are logged in as and offers another
    account, `next` kept."""
    client.force_login(mediator)
    response = client.get("/connexion/?next=/communautes/espace-prive/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vous êtes connecté avec le compte" in html and mediator.get_full_name() in html
    assert 'name="next" value="/communautes/espace-prive/"' in html
    assert 'href="/mon-espace/"' in html
