"""Cache-Control: what a shared cache (Varnish) and browsers may keep, and what never."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.factories.accounts import community_member
from tests.factories.communities import CommunityPageFactory
from tests.factories.home import site_settings
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory

pytestmark = pytest.mark.django_db

PERSONAL = "private, no-store"


@pytest.fixture
def kit():
    site_settings()
    return KitPageFactory(title="Devenir structure qualifiée APTIC")


def directives(response) -> set[str]:
    return {part.strip() for part in response["Cache-Control"].split(",")}


def personal(response) -> bool:
    """Never kept by a shared cache nor stored by the browser (the site's own header, or
    never_cache's longer one)."""
    return {"private", "no-store"} <= directives(response) and "public" not in directives(response)


def test_a_public_page_is_shared_briefly_with_anonymous_visitors(client, kit, settings):
    settings.RHINOCC_HTTP_CACHE_SECONDS = 60
    settings.RHINOCC_HTTP_SHARED_CACHE_SECONDS = 300
    settings.RHINOCC_HTTP_STALE_SECONDS = 30

    response = client.get(kit.url)

    assert response.status_code == 200
    assert directives(response) == {
        "public",
        "max-age=60",
        "s-maxage=300",
        "stale-while-revalidate=30",
    }
    assert "Cookie" in response["Vary"]


def test_the_page_caches_hits_carry_the_same_header(client, kit, settings):
    settings.RHINOCC_PAGE_CACHE_SECONDS = 600
    cache.clear()
    first = client.get(kit.url)
    second = client.get(kit.url)
    assert second["X-Page-Cache"] == "hit"
    assert second["Cache-Control"] == first["Cache-Control"]
    assert "s-maxage=" in second["Cache-Control"]
    assert "Cookie" in second["Vary"]
    cache.clear()


def test_a_logged_in_visitor_gets_a_personal_answer(client, kit, admin_user):
    client.force_login(admin_user)
    response = client.get(kit.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == PERSONAL


def test_any_session_cookie_makes_the_answer_personal(client, kit, settings):
    client.cookies[settings.SESSION_COOKIE_NAME] = "expired-or-forged"
    assert client.get(kit.url)["Cache-Control"] == PERSONAL
    del client.cookies[settings.SESSION_COOKIE_NAME]
    client.cookies["messages"] = "x"
    assert client.get(kit.url)["Cache-Control"] == PERSONAL


def test_a_view_restricted_page_is_never_shared_even_with_anonymous_visitors(client, kit):
    PageViewRestriction.objects.create(page=kit, restriction_type="login")

    response = client.get(kit.url)

    assert response.status_code == 302  # to the login page
    assert personal(response)


def test_a_private_community_space_is_never_shared(client):
    site_settings()
    space = CommunityPageFactory(title="Réseau du Sicoval", is_private=True)
    content = WorkshopContentPageFactory(parent=space, title="Atelier interne")

    for url in (space.url, content.url):
        assert personal(client.get(url)), url

    client.force_login(community_member(space))
    for url in (space.url, content.url):
        response = client.get(url)
        assert response.status_code == 200
        assert personal(response), url


def test_the_member_area_is_never_stored(client, admin_user):
    client.force_login(admin_user)
    response = client.get(reverse("accounts:member_area"))
    assert response.status_code == 200
    assert personal(response)


def test_anonymous_search_results_are_shared_briefly(client, settings):
    settings.RHINOCC_HTTP_SEARCH_CACHE_SECONDS = 45
    site_settings()

    response = client.get(reverse("search"), {"q": "atelier"})

    assert response.status_code == 200
    assert directives(response) == {"public", "max-age=45", "s-maxage=45"}


def test_search_results_of_a_member_are_personal(client, admin_user):
    site_settings()
    client.force_login(admin_user)
    response = client.get(reverse("search"), {"q": "atelier"})
    assert response["Cache-Control"] == PERSONAL


def test_views_keep_the_cache_control_they_set(client):
    site_settings()
    suggestions = client.get(reverse("search_autocomplete"), {"q": "atel"})
    assert suggestions["Cache-Control"] == "private, max-age=300"
    health = client.get("/healthz")
    assert "public" not in health["Cache-Control"]


def test_what_the_site_does_not_declare_public_stays_unmarked(client, kit):
    """Not found, posts, other views: no Cache-Control, which the VCL never keeps."""
    assert "Cache-Control" not in client.get(kit.url + "nulle-part/")
    assert not client.post(kit.url).get("Cache-Control", "").startswith("public")
