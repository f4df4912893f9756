"""Anonymous visitors get cached public pages; nobody gets someone else's page."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from tests.factories.home import site_settings
from tests.factories.kits import KitPageFactory
from tests.factories.taxonomy import SupportTypeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.RHINOCC_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def kit():
    # Created by the first request otherwise, which would empty the cache it fills.
    site_settings()
    return KitPageFactory(
        title="Devenir structure qualifiée APTIC",
        support_type=SupportTypeFactory(name="Guide pas à pas"),
    )


def test_second_anonymous_visit_is_served_from_the_cache(client, kit):
    first = client.get(kit.url)
    second = client.get(kit.url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_publishing_shows_at_once(client, kit):
    client.get(kit.url)
    kit.title = "Devenir structure qualifiée APTIC, édition 2027"
    kit.save_revision().publish()

    response = client.get(kit.url)

    assert response["X-Page-Cache"] == "miss"
    assert "édition 2027" in response.content.decode()


def test_unpublishing_removes_the_page_at_once(client, kit):
    client.get(kit.url)
    kit.unpublish()
    assert client.get(kit.url).status_code == 404


def test_deleting_and_moving_invalidate(client, kit):
    other = KitPageFactory(title="Animer un atelier smartphone")
    index = kit.get_parent().specific
    listing = client.get(index.url).content.decode()
    assert kit.title in listing
    kit.delete()
    assert kit.title not in client.get(index.url).content.decode()

    client.get(other.url)
    assert client.get(other.url)["X-Page-Cache"] == "hit"
    other.move(index, pos="first-child")
    assert client.get(other.url)["X-Page-Cache"] == "miss"


def test_logged_in_visitors_are_never_served_nor_stored(client, admin_user, kit):
    client.force_login(admin_user)
    logged_in = client.get(kit.url)
    client.logout()
    anonymous = client.get(kit.url)

    assert "X-Page-Cache" not in logged_in
    assert anonymous["X-Page-Cache"] == "miss"


def test_a_private_page_is_never_stored(client, admin_user, kit):
    members = Group.objects.create(name="Membres")
    members.user_set.add(admin_user)
    PageViewRestriction.objects.create(page=kit, restriction_type="groups").groups.add(members)

    client.force_login(admin_user)
    assert client.get(kit.url).status_code == 200
    client.logout()

    response = client.get(kit.url)
    assert response.status_code == 302
    assert "X-Page-Cache" not in response


def test_vocabulary_changes_reach_cached_pages(client, kit):
    assert "Guide pas à pas" in client.get(kit.url).content.decode()
    support_type = kit.support_type
    support_type.name = "Boîte à outils pratique"
    support_type.save()
    assert "Boîte à outils pratique" in client.get(kit.url).content.decode()
