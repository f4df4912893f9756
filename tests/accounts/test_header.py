"""The header's account entry on every page, logging out by POST, and the page cache."""

import pytest
from django.test import override_settings

from tests.factories.accounts import UserFactory
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member():
    return UserFactory(first_name="Nina", last_name="Martin", username="nina-martin-1a2b3c")


def header(response) -> str:
    html = response.content.decode()
    return html[html.index("<header") : html.index("</header>")]


def test_an_anonymous_visitor_is_offered_to_log_in_or_sign_up(client):
    page = StandardPageFactory(title="Qui sommes-nous")
    entry = header(client.get(page.url))
    assert "Se connecter" in entry
    assert f'href="/connexion/?next={page.url}"' in entry
    assert "Créer un compte" in entry and 'href="/inscription/"' in entry
    assert "Se déconnecter" not in entry


def test_a_member_sees_their_name_and_a_logout_button_posting_with_csrf(client, member):
    page = StandardPageFactory(title="Qui sommes-nous")
    client.force_login(member)
    entry = header(client.get(page.url))
    assert 'href="/mon-espace/"' in entry and "Nina Martin" in entry
    assert "Se connecter" not in entry and "Créer un compte" not in entry
    form = entry[entry.index('<form method="post" action="/deconnexion/"') :]
    assert 'name="csrfmiddlewaretoken"' in form[: form.index("</form>")]
    assert "Se déconnecter" in form


def test_the_header_entry_is_on_the_account_and_search_pages_too(client, member):
    for url in ["/connexion/", "/inscription/", "/recherche/"]:
        assert "Créer un compte" in header(client.get(url)), url
    client.force_login(member)
    for url in ["/mon-espace/", "/recherche/", "/deconnexion/"]:
        assert "Nina Martin" in header(client.get(url)), url


def test_a_member_without_a_name_is_shown_by_their_username(client):
    client.force_login(UserFactory(first_name="", last_name="", username="membre-9f8e7d"))
    assert "membre-9f8e7d" in header(client.get("/recherche/"))


def test_logging_out_by_post_lands_on_the_home_page_logged_out(client, member):
    client.force_login(member)
    response = client.post("/deconnexion/")
    assert response.status_code == 302 and response["Location"] == "/"
    assert "_auth_user_id" not in client.session


def test_logout_refuses_a_post_without_csrf_token(member):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post("/deconnexion/")
    assert response.status_code == 403
    assert "_auth_user_id" in client.session


def test_get_logout_is_a_french_page_with_the_confirm_button(client, member):
    client.force_login(member)
    response = client.get("/deconnexion/")
    assert response.status_code == 200
    html = response.content.decode()
    main = html[html.index("<main") :]
    assert "Se déconnecter" in main and 'method="post"' in main
    assert "Nina Martin" in main
    assert "_auth_user_id" in client.session  # GET logs nobody out


def test_get_logout_when_logged_out_says_so(client):
    response = client.get("/deconnexion/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vous n’êtes pas connecté" in html
    assert 'action="/deconnexion/"' not in html


@override_settings(RHINOCC_PAGE_CACHE_SECONDS=600)
def test_a_members_header_is_never_served_from_the_cache_to_anyone_else(client, member):
    from django.core.cache import cache
    from django.test import Client

    cache.clear()
    page = StandardPageFactory(title="Qui sommes-nous")
    client.force_login(member)
    assert "Nina Martin" in header(client.get(page.url))
    anonymous = Client()
    first = anonymous.get(page.url)
    assert "Nina Martin" not in header(first) and "Se connecter" in header(first)
    assert first["X-Page-Cache"] == "miss"
    # The anonymous copy, now cached, carries no CSRF token that would go stale…
    again = anonymous.get(page.url)
    assert again["X-Page-Cache"] == "hit"
    assert "csrfmiddlewaretoken" not in again.content.decode()
    # …and the member still gets their own header, never the cached copy.
    mine = client.get(page.url)
    assert "X-Page-Cache" not in mine and "Nina Martin" in header(mine)
    cache.clear()
