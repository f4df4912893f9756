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
