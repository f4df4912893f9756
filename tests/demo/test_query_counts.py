"""A public page of each type costs at most 12 queries, as many at twice the demo as at
ten times: its listings, cards and blocks are read in bulk, never once per item."""

import copy
import itertools
import uuid

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from agenda.models import EventPage
from catalogue.models import TrainingCataloguePage, TrainingModulePage
from communities.models import CommunityPage
from home.models import SelectionItem, SelectionPage
from kits.models import KitPage, ResourcePage, WorkshopContentPage
from tests.conftest import module_data

pytestmark = pytest.mark.django_db

MAX_QUERIES_PER_PAGE = 12

# The listed page types, each copied beside its demo pages.
LISTED = (
    WorkshopContentPage,
    KitPage,
    ResourcePage,
    TrainingCataloguePage,
    TrainingModulePage,
    CommunityPage,
    EventPage,
)


class DemoGrowth:
    """Copies of the demo's listed pages and of its selections' entries, up to a
    multiple of the demo."""

    def __init__(self):
        self.originals = [
            page
            for page in Page.objects.live().filter(depth__gt=2).specific()
            if type(page) in LISTED
        ]
        self.entries = {
            selection: list(selection.items.all()) for selection in SelectionPage.objects.live()
        }
        self.factor = 1
        self.numbers = itertools.count(1)

    def grow_to(self, factor: int) -> None:
        for _ in range(factor - self.factor):
            # The search index is not what these pages measure: left as it is.
            with override_settings(WAGTAILSEARCH_BACKENDS=without_auto_update()):
                copies = {page.pk: self.copy(page) for page in self.originals}
            for selection, entries in self.entries.items():
                for entry in entries:
                    if entry.page_id in copies:
                        SelectionItem.objects.create(
                            selection=selection, page=copies[entry.page_id], note=entry.note
                        )
        self.factor = factor

    def copy(self, page: Page) -> Page:
        """A live copy beside the page, with its classification, added as the last
        child of its parent: Wagtail's `copy` would take half a second a page."""
        number = next(self.numbers)
        terms = {
            name: list(getattr(page, name).all())
            for name in ("competencies", "publics", "themes", "departments")
            if hasattr(page, name)
        }
        parent = page.get_parent()
        clone = copy.copy(page)
        clone.__dict__.pop("_prefetched_objects_cache", None)
        clone._state = copy.copy(page._state)
        clone._state.adding = True
        clone.pk = clone.id = clone.page_ptr_id = None
        clone.title = f"{page.title} ({number})"
        clone.slug = f"{page.slug}-{number}"
        clone.latest_revision = clone.live_revision = None
        clone.translation_key = uuid.uuid4()
        parent.add_child(instance=clone)
        for name, terms_of_page in terms.items():
            getattr(clone, name).set(terms_of_page)
        clone.save()
        return clone


def without_auto_update() -> dict:
    return {
        name: {**backend, "AUTO_UPDATE": False}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }


@pytest.fixture(scope="module")
def growth(demo_site, django_db_blocker):
    with module_data(django_db_blocker):
        yield DemoGrowth()


def measured_pages() -> list[Page]:
    """A public page of each type: the one with the most children, for listings."""
    pages = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        best = pages.get(type(page))
        if best is None or page.numchild > best.numchild:
            pages[type(page)] = page
    return list(pages.values())


def query_counts(client) -> dict[str, int]:
    pages = measured_pages()
    # The first visits make renditions and save their images' sizes, which bumps the
    # generation of published content; the second fill what is cached per generation.
    for page in pages * 2:
        client.get(page.url)
    counts = {}
    for page in pages:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.url)
        assert response.status_code == 200, page.url
        counts[page.url] = len(queries)
    return counts


def test_public_pages_cost_the_same_queries_at_twice_and_ten_times_the_demo(client, growth):
    growth.grow_to(2)
    at_twice = query_counts(client)
    growth.grow_to(10)
    at_ten_times = query_counts(client)
    assert len(at_twice) >= 15
    # Never more at ten times: a listing may show fewer images on its first page.
    grown = {url: count for url, count in at_ten_times.items() if count > at_twice[url]}
    assert not grown, (grown, at_twice)
    over = {url: count for url, count in at_ten_times.items() if count > MAX_QUERIES_PER_PAGE}
    assert not over, over
    assert CommunityPage.objects.live().count() >= 10 * 5
