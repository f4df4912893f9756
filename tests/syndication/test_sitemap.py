"""sitemap.xml and robots.txt: what search engines are told to crawl, and not."""

from urllib.parse import urlsplit

import pytest
from defusedxml import ElementTree as ET
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from places.models import Place
from tests.factories import communities, kits
from tests.factories.home import StandardPageFactory, sections
from tests.factories.places import PlaceFactory

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client, section) -> dict[str, str]:
    """{location: lastmod} of one section of the sitemap, read as a crawler reads it."""
    response = client.get(reverse("syndication:sitemap", args=[section]))
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.findtext("sm:loc", namespaces=NS): url.findtext("sm:lastmod", namespaces=NS)
        for url in root.findall("sm:url", NS)
    }


def paths(entries) -> set[str]:
    return {urlsplit(location).path for location in entries}


def test_the_sitemap_index_lists_the_pages_and_the_registered_places(client):
    response = client.get("/sitemap.xml")
    root = ET.fromstring(response.content)
    locations = [loc.text for loc in root.findall("sm:sitemap/sm:loc", NS)]
    assert locations == [
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-lieux.xml",
    ]


def test_the_sitemap_lists_public_live_pages_only(client):
    tree = sections()
    public = kits.WorkshopContentPageFactory(title="Atelier public")
    draft = kits.WorkshopContentPageFactory(title="Atelier en brouillon", live=False)
    restricted = StandardPageFactory(title="Page réservée")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    private_space = communities.CommunityPageFactory(title="Espace privé", is_private=True)
    private_content = kits.WorkshopContentPageFactory(
        parent=private_space, title="Atelier de l'espace privé"
    )
    public_space = communities.CommunityPageFactory(title="Espace public")

    listed = paths(sitemap_entries(client, "pages"))

    assert {"/", tree.contents.url, public.url, public_space.url} <= listed
    for hidden in (draft, restricted, private_space, private_content):
        assert hidden.get_url() not in listed, hidden.title


def test_a_content_is_dated_by_its_updated_on_date_not_its_last_publication(client):
    content = kits.WorkshopContentPageFactory(title="Atelier daté")
    kits.WorkshopContentPage.objects.filter(pk=content.pk).update(
        content_updated_at="2025-03-04T10:00:00+00:00"
    )
    # A publication that changes nothing a visitor reads keeps the « mis à jour le » date.
    content.refresh_from_db()

    entries = sitemap_entries(client, "pages")

    assert entries[content.get_full_url()] == "2025-03-04"


def test_published_places_are_listed_with_their_date_maj_and_proposals_are_not(client):
    published = PlaceFactory(nom="Médiathèque de Foix", date_maj="2026-05-06")
    PlaceFactory(nom="Lieu proposé", status=Place.Status.PROPOSED)

    entries = sitemap_entries(client, "lieux")

    assert entries == {f"http://testserver{published.get_absolute_url()}": "2026-05-06"}


def test_the_sitemap_is_served_from_the_cache_until_a_page_is_published(client):
    content = kits.WorkshopContentPageFactory(title="Atelier")
    first = client.get("/sitemap-pages.xml").content
    # Written behind Wagtail's back: no signal, so the cached sitemap stays.
    Page.objects.filter(pk=content.pk).update(slug="atelier-renomme", url_path="/x/")
    assert client.get("/sitemap-pages.xml").content == first

    content.refresh_from_db()
    content.save_revision().publish()

    assert client.get("/sitemap-pages.xml").content != first


def test_robots_txt_keeps_crawlers_out_of_the_admin_search_and_account_pages(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/admin/", "/recherche/", "/connexion/", "/mon-espace/", "/inscription/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_a_staging_site_closes_indexing(client, settings):
    settings.RHINOCC_ALLOW_INDEXING = False
    content = kits.WorkshopContentPageFactory(title="Atelier")

    robots = client.get("/robots.txt").content.decode().splitlines()
    page = client.get(content.url).content.decode()

    assert robots == ["User-agent: *", "Disallow: /"]
    assert '<meta name="robots" content="noindex, nofollow">' in page


def test_an_open_site_asks_no_noindex(client):
    content = kits.WorkshopContentPageFactory(title="Atelier")

    assert 'name="robots"' not in client.get(content.url).content.decode()
