"""Editorial selections: their own page, and a block of the home page."""

from html import unescape

import pytest
from wagtail.models import Page

from home.models import HomePage, SelectionItem, SelectionPage

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


@pytest.fixture
def selection():
    return SelectionPage.objects.get()


def test_a_selection_lists_its_pages_in_order_with_the_editors_notes(client, selection):
    html = unescape(client.get(selection.url).content.decode())
    assert selection.title in html
    positions = [html.index(item.page.url) for item in selection.items.all()]
    assert positions == sorted(positions)
    for item in selection.items.all():
        assert item.note in html


def test_a_selection_mixes_page_types(selection):
    types = {item.page.specific_class for item in selection.items.all()}
    assert len(types) >= 2


def test_unpublished_pages_leave_the_selection(client, selection):
    first = selection.items.first().page
    first.unpublish()
    html = client.get(selection.url).content.decode()
    assert first.url is None or first.url not in html
    assert len(selection.get_items()) == selection.items.count() - 1


def test_the_home_page_shows_the_featured_selection(client, selection):
    home = HomePage.objects.get()
    assert home.featured_selection == selection
    html = unescape(client.get(home.url).content.decode())
    assert selection.title in html
    assert selection.url in html
    for item in selection.get_items()[: HomePage.selection_size]:
        assert item.page.url in html


def test_the_selections_index_lists_them(client, selection):
    html = unescape(client.get(selection.get_parent().url).content.decode())
    assert selection.url in html


def test_a_selection_of_any_page_type(client, selection):
    community = Page.objects.get(slug="concertation-31400")
    SelectionItem.objects.create(selection=selection, page=community, note="Un réseau actif.")
    html = unescape(client.get(selection.url).content.decode())
    assert community.url in html
    assert "Un réseau actif." in html
