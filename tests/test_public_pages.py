"""A page of every type renders with the base layout, within a bounded number of queries."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.factories.communities import CommunityPageFactory
from tests.factories.home import sections
from tests.factories.kits import ResourcePageFactory, WorkshopContentPageFactory
from tests.factories.pages import PAGE_TYPES, every_page_type

pytestmark = pytest.mark.django_db

# Menus, settings, restrictions and fragments are read once per generation of published
# content (core.generations); tests/demo/test_query_counts.py measures the demo's pages.
MAX_QUERIES_PER_PAGE = 12


def test_every_live_page_renders_with_the_base_layout(client):
    every_page_type()
    community = CommunityPageFactory()
    WorkshopContentPageFactory(parent=community)
    ResourcePageFactory(parent=community)
    # Private community spaces send visitors to the login page (tests/communities).
    private = CommunityPageFactory(is_private=True)
    WorkshopContentPageFactory(parent=private)
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    assert {type(page) for page in pages} == set(PAGE_TYPES)
    assert private not in pages
    # The first visits make renditions and the site's settings, which bump the generation
    # of published content; the second fill what is cached per generation.
    for page in [*pages, *pages]:
        client.get(page.url)
    for page in pages:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert len(queries) <= MAX_QUERIES_PER_PAGE, (page.url, len(queries))
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == "fr"
        assert soup.find("a", href="#contenu"), f"no skip link on {page.url}"
        assert soup.find("main", id="contenu")
        assert soup.find("header") and soup.find("footer")
        assert soup.find("form", role="search")
        assert len(soup.find_all("h1")) == 1, page.url
        assert_headings_in_order(soup, page.url)
        if page.depth > 2:
            breadcrumb = soup.find("nav", attrs={"aria-label": "Fil d'Ariane"})
            assert breadcrumb, page.url


def assert_headings_in_order(soup, url):
    levels = [int(tag.name[1]) for tag in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    for previous, current in zip(levels, levels[1:], strict=False):
        assert current <= previous + 1, f"heading level skipped on {url}: {levels}"


def test_unknown_url_gives_a_french_404(client):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


@pytest.mark.parametrize("page_param", ["abc", "99999", "-1", "0", "1.5"])
def test_bad_page_numbers_never_fail(client, page_param):
    sections()
    for path in ["/contenus/", "/formations/", "/recherche/", "/recherche/communautes/"]:
        response = client.get(path, {"page": page_param})
        assert response.status_code == 200, (path, page_param)
