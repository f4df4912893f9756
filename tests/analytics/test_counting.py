"""Page views and searches without results are counted without tracking anyone."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from analytics.models import PageView
from search.models import UnansweredSearch
from tests.factories.accounts import hub_editor
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"
ADDRESS = "203.0.113.7"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def visit(client, url, address=ADDRESS, agent=BROWSER):
    return client.get(url, HTTP_USER_AGENT=agent, REMOTE_ADDR=address)


def views_of(page) -> int:
    return sum(PageView.objects.filter(page=page).values_list("count", flat=True))


def test_a_client_counts_once_a_day_per_page(client):
    page = WorkshopContentPageFactory()
    assert visit(client, page.url).status_code == 200
    visit(client, page.url)
    assert views_of(page) == 1
    visit(client, page.url, address="198.51.100.20")
    assert views_of(page) == 2


def test_bots_and_empty_agents_are_not_counted(client):
    page = WorkshopContentPageFactory()
    visit(client, page.url, agent="Mozilla/5.0 (compatible; Googlebot/2.1)")
    visit(client, page.url, agent="curl/8.5")
    visit(client, page.url, agent="")
    assert views_of(page) == 0


def test_members_are_counted_too(client):
    page = WorkshopContentPageFactory()
    client.force_login(hub_editor())
    visit(client, page.url)
    assert views_of(page) == 1


def test_no_address_nor_agent_is_stored(client):
    page = WorkshopContentPageFactory()
    visit(client, page.url)
    row = PageView.objects.get(page=page)
    assert {field.name for field in PageView._meta.get_fields()} == {"id", "day", "page", "count"}
    stored = " ".join(str(getattr(row, field.attname)) for field in PageView._meta.concrete_fields)
    assert ADDRESS not in stored and "Mozilla" not in stored


def test_a_page_served_from_the_cache_is_counted(client, settings):
    settings.RHINOCC_PAGE_CACHE_SECONDS = 600
    page = WorkshopContentPageFactory()
    # The site's settings are created on the first request, which empties the page cache.
    visit(client, page.url, agent="Googlebot")
    cache.clear()
    assert visit(client, page.url)["X-Page-Cache"] == "miss"
    second = visit(client, page.url, address="198.51.100.20")
    assert second["X-Page-Cache"] == "hit"
    assert views_of(page) == 2
    # The same client again, from the cache: still once a day.
    visit(client, page.url, address="198.51.100.20")
    assert views_of(page) == 2


def test_a_preview_is_not_counted(client):
    page = WorkshopContentPageFactory()
    revision = page.save_revision()
    client.force_login(hub_editor())
    url = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
    assert visit(client, url).status_code == 200
    assert views_of(page) == 0


def test_a_private_page_refused_to_an_outsider_is_not_counted(client):
    community = CommunityPageFactory(is_private=True)
    content = WorkshopContentPageFactory(parent=community)
    assert visit(client, content.url).status_code == 302
    assert views_of(content) == 0


def test_a_search_without_results_is_counted_folded_once_per_client(client):
    url = reverse("search")
    visit(client, url + "?q=Sécurité+ZZYZX")
    visit(client, url + "?q=securite zzyzx")
    row = UnansweredSearch.objects.get()
    assert (row.query, row.count) == ("securite zzyzx", 1)
    visit(client, url + "?q=securite zzyzx", address="198.51.100.20")
    assert UnansweredSearch.objects.get().count == 2


def test_answered_searches_bots_and_empty_queries_are_not_counted(client):
    WorkshopContentPageFactory(title="Atelier messagerie")
    url = reverse("search")
    visit(client, url + "?q=messagerie")
    visit(client, url + "?q=zzyzx", agent="Googlebot")
    visit(client, url + "?q=")
    assert not UnansweredSearch.objects.exists()
