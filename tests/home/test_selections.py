"""Editorial selections: their own page, and a block of the home page."""

from html import unescape

import pytest
from django.core.cache import cache

from catalogue.models import TrainingModulePage
from home.models import HomePage, SelectionItem, SelectionPage
from kits.models import KitPage, WorkshopContentPage
from tests.conftest import module_data
from tests.factories.catalogue import TrainingModulePageFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.home import SelectionPageFactory, home, selection_items
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def selection_id(django_db_setup, django_db_blocker):
    """A selection of a kit, a workshop content and a module, the home page's featured one,
    built once for the module: each test's changes are rolled back after it."""
    with module_data(django_db_blocker):
        pages = [KitPageFactory(), WorkshopContentPageFactory(), TrainingModulePageFactory()]
        selection = SelectionPageFactory(items=selection_items(*pages))
        home_page = home()
        home_page.featured_selection = selection
        home_page.save_revision().publish()
        yield selection.pk


@pytest.fixture
def selection(selection_id):
    cache.clear()
    return SelectionPage.objects.get(pk=selection_id)


def test_a_selection_lists_its_pages_in_order_with_the_editors_notes(client, selection):
    html = unescape(client.get(selection.url).content.decode())
    assert selection.title in html
    items = list(selection.items.all())
    assert len(items) == 3
    positions = [html.index(item.page.url) for item in items]
    assert positions == sorted(positions)
    for item in items:
        assert item.note in html


def test_the_editors_order_is_kept_not_the_titles(client, selection):
    items = list(selection.items.all())
    items[0].sort_order, items[2].sort_order = 2, 0
    selection.items = [items[2], items[1], items[0]]
    selection.save_revision().publish()
    html = unescape(client.get(selection.url).content.decode())
    urls = [item.page.url for item in items]
    assert html.index(urls[2]) < html.index(urls[1]) < html.index(urls[0])


def test_a_selection_mixes_page_types(selection):
    types = {item.page.specific_class for item in selection.get_items()}
    assert types == {KitPage, WorkshopContentPage, TrainingModulePage}


def test_unpublished_pages_leave_the_selection(client, selection):
    first = selection.items.first().page
    url = first.url
    first.unpublish()
    html = client.get(selection.url).content.decode()
    assert url not in html
    assert len(selection.get_items()) == selection.items.count() - 1 == 2


def test_pages_in_private_spaces_stay_out_of_the_selection(client, selection):
    private = CommunityPageFactory(is_private=True)
    hidden = WorkshopContentPageFactory(parent=private)
    SelectionItem.objects.create(selection=selection, page=hidden, note="Réservé aux membres.")
    html = unescape(client.get(selection.url).content.decode())
    assert hidden.url not in html
    assert "Réservé aux membres." not in html


def test_the_home_page_shows_the_featured_selection(client, selection):
    home_page = HomePage.objects.get()
    assert home_page.featured_selection == selection
    html = unescape(client.get(home_page.url).content.decode())
    assert selection.title in html
    assert selection.url in html
    items = selection.get_items()[: HomePage.selection_size]
    assert len(items) == 3
    for item in items:
        assert item.page.url in html


def test_the_home_page_shows_only_the_first_entries(client):
    pages = [KitPageFactory() for _ in range(HomePage.selection_size + 1)]
    selection = SelectionPageFactory(items=selection_items(*pages))
    home_page = home()
    home_page.featured_selection = selection
    home_page.save_revision().publish()
    html = unescape(client.get(home_page.url).content.decode())
    assert all(page.url in html for page in pages[: HomePage.selection_size])
    assert pages[-1].url not in html


def test_the_selections_index_lists_them(client, selection):
    other = SelectionPageFactory()
    draft = SelectionPageFactory(live=False)
    html = unescape(client.get(selection.get_parent().url).content.decode())
    assert selection.url in html
    assert other.url in html
    assert draft.get_url() not in html


def test_a_selection_of_any_page_type(client, selection):
    community = CommunityPageFactory()
    SelectionItem.objects.create(selection=selection, page=community, note="Un réseau actif.")
    html = unescape(client.get(selection.url).content.decode())
    assert community.url in html
    assert "Un réseau actif." in html
