"""What a change of pages purges from the HTTP cache in front (rhinocc/frontend_cache.py):
the page, the listings that show it, and its descendants when they moved or went."""

import pytest
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import PageViewRestriction

from tests.factories.communities import CommunityPageFactory
from tests.factories.home import home, site_settings
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory

pytestmark = pytest.mark.django_db

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    def purge(self, url) -> None:
        PURGED.append(url)


@pytest.fixture
def purged(settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {
        "test": {"BACKEND": "tests.production.test_frontend_cache.RecordingBackend"}
    }
    site_settings()
    PURGED.clear()

    class Purges:
        def __enter__(self):
            PURGED.clear()
            self.capture = django_capture_on_commit_callbacks(execute=True)
            self.capture.__enter__()
            return self

        def __exit__(self, *exc):
            self.capture.__exit__(*exc)

        @property
        def paths(self) -> set[str]:
            return {url.split("://", 1)[1].partition("/")[2] for url in PURGED}

    yield Purges()
    PURGED.clear()


def path(page) -> str:
    return page.url.lstrip("/")


def test_publishing_purges_the_page_its_section_and_the_home_page(purged):
    kit = KitPageFactory(title="Devenir structure qualifiée APTIC")
    kit.title = "Devenir structure qualifiée APTIC, édition 2027"
    with purged:
        kit.save_revision().publish()
    assert {path(kit), path(kit.get_parent()), ""} <= purged.paths


def test_unpublishing_purges_the_page_its_listings_and_descendants(purged):
    space = CommunityPageFactory(title="Réseau ouvert")
    content = WorkshopContentPageFactory(parent=space, title="Atelier smartphone")
    with purged:
        space.unpublish()
    assert {path(space), path(content), path(space.get_parent()), ""} <= purged.paths


def test_moving_purges_both_addresses_and_both_listings(purged):
    first = CommunityPageFactory(title="Réseau ouvert")
    second = CommunityPageFactory(title="Concertation 31400")
    content = WorkshopContentPageFactory(parent=first, title="Atelier déplacé")
    old = path(content)
    with purged:
        content.move(second, pos="last-child")
    content.refresh_from_db()
    assert old != path(content)
    assert {old, path(content), path(first), path(second), ""} <= purged.paths


def test_a_new_slug_purges_the_old_addresses_of_the_page_and_its_descendants(purged):
    space = CommunityPageFactory(title="Réseau ouvert", slug="reseau-ouvert")
    content = WorkshopContentPageFactory(parent=space, title="Atelier")
    old_space, old_content = path(space), path(content)
    space.slug = "reseau-du-sicoval"
    with purged:
        space.save_revision().publish()
    content.refresh_from_db()
    assert "/reseau-du-sicoval/" in f"/{path(content)}"
    assert {old_space, old_content, path(content)} <= purged.paths


def test_deleting_purges_the_page_and_its_listings(purged):
    kit = KitPageFactory(title="Kit retiré")
    kit_path, section_path = path(kit), path(kit.get_parent())
    with purged:
        kit.delete()
    assert {kit_path, section_path, ""} <= purged.paths


def test_a_new_view_restriction_purges_the_page_and_its_descendants(purged):
    space = CommunityPageFactory(title="Réseau qui se ferme")
    content = WorkshopContentPageFactory(parent=space, title="Atelier du réseau")
    with purged:
        PageViewRestriction.objects.create(page=space, restriction_type="login")
    assert {path(space), path(content), path(space.get_parent()), ""} <= purged.paths


def test_nothing_is_purged_without_a_frontend_cache(settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    site_settings()
    PURGED.clear()
    kit = KitPageFactory(title="Kit")
    with django_capture_on_commit_callbacks(execute=True):
        kit.delete()
        home().save_revision().publish()
    assert PURGED == []
