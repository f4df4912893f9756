"""Finding 16 (login part): logging in without `next` lands on a page that exists (Mon
espace, since issue 13), and `next` never leads off the site."""

import pytest

from tests.factories.accounts import UserFactory
from tests.factories.home import home

pytestmark = pytest.mark.django_db
PASSWORD = "un-mot-de-passe-solide-42"


@pytest.fixture
def member():
    home()
    return UserFactory(username="nina", password=PASSWORD)


def test_logging_in_without_next_lands_on_a_page_that_exists(client, member):
    response = client.post("/connexion/", {"username": "nina", "password": PASSWORD}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[0][0] == "/mon-espace/"


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/",
        "http://testserver.evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
    ],
)
def test_next_never_leads_off_the_site(client, member, next_url):
    response = client.post(
        "/connexion/", {"username": "nina", "password": PASSWORD, "next": next_url}
    )
    assert response.status_code == 302
    assert response["Location"] == "/mon-espace/"


def test_next_on_the_site_is_followed(client, member):
    response = client.post(
        "/connexion/", {"username": "nina", "password": PASSWORD, "next": "/recherche/?q=atelier"}
    )
    assert response["Location"] == "/recherche/?q=atelier"
