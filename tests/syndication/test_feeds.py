"""The Atom feeds, read back with feedparser as a feed reader reads them."""

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page

from syndication import feeds
from taxonomy.models import Public, Theme
from tests.factories import catalogue, communities, kits
from tests.factories.accounts import community_member
from tests.factories.home import sections
from tests.factories.taxonomy import competency

pytestmark = pytest.mark.django_db


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def titles(feed) -> list[str]:
    return [entry.title for entry in feed.entries]


@pytest.fixture
def private_space():
    """A private community with a content of its own, which no feed may show."""
    space = communities.CommunityPageFactory(title="Espace privé", is_private=True)
    kits.WorkshopContentPageFactory(
        parent=space,
        title="Atelier de l'espace privé",
        themes=[Theme.objects.get(slug="numerique-securise")],
        competencies=[competency("CRCN-4.1")],
    )
    return space


def test_the_site_feed_lists_the_newest_contents_with_their_summary_dates_and_terms(client):
    sections()
    older = kits.KitPageFactory(title="Kit plus ancien", steps=kits.steps("Préparer"))
    content = kits.WorkshopContentPageFactory(
        title="Atelier récent",
        summary="Apprendre à reconnaître un site frauduleux.",
        themes=[Theme.objects.get(slug="numerique-securise")],
        publics=[Public.objects.get(slug="seniors")],
        competencies=[competency("CRCN-4.1")],
    )

    feed = read_feed(client, "/flux/")

    assert feed.feed.title == "RhinOcc — nouveaux contenus"
    assert feed.feed.author == "RhinOcc"
    assert titles(feed) == ["Atelier récent", "Kit plus ancien"]
    entry = feed.entries[0]
    assert entry.link == content.get_full_url()
    assert entry.summary == "Apprendre à reconnaître un site frauduleux."
    assert entry.author == "RhinOcc"
    # Its id stays when the page is renamed or moved.
    assert entry.id == f"tag:localhost,2026:page-{content.pk}"
    assert entry.updated_parsed[:6] == content.content_updated_at.utctimetuple()[:6]
    terms = {tag.term for tag in entry.tags}
    assert {"Seniors", "Utilisation sécurisée du numérique"} <= terms
    assert any(term.startswith("CRCN-4.1") for term in terms)
    assert older.get_full_url() == feed.entries[1].link


def test_a_private_communitys_content_appears_in_no_feed(client, private_space):
    public = kits.WorkshopContentPageFactory(
        title="Atelier public",
        themes=[Theme.objects.get(slug="numerique-securise")],
        competencies=[competency("CRCN-4.1")],
    )
    urls = [
        "/flux/",
        reverse("syndication:section_feed", args=[sections().communities.slug]),
        reverse("syndication:section_feed", args=[sections().contents.slug]),
        reverse("syndication:theme_feed", args=["numerique-securise"]),
        reverse("syndication:competency_feed", args=["CRCN-4.1"]),
    ]
    for url in urls:
        listed = titles(read_feed(client, url))
        assert "Atelier de l'espace privé" not in listed, url
        assert "Espace privé" not in listed, url
    assert "Atelier public" in titles(read_feed(client, "/flux/"))
    assert public.title in titles(read_feed(client, urls[3]))


def test_a_private_communitys_feed_is_a_404_even_for_its_members(client, private_space):
    url = reverse("syndication:community_feed", args=[private_space.slug])
    assert client.get(url).status_code == 404

    client.force_login(community_member(private_space))
    assert client.get(url).status_code == 404


def test_a_public_communitys_feed_lists_its_contributions_only(client):
    space = communities.CommunityPageFactory(title="Réseau du Sicoval")
    kits.WorkshopContentPageFactory(parent=space, title="Atelier du réseau")
    kits.ResourcePageFactory(parent=space, title="Ressource du réseau")
    kits.WorkshopContentPageFactory(title="Atelier de la banque")

    feed = read_feed(client, reverse("syndication:community_feed", args=[space.slug]))

    assert feed.feed.title == "RhinOcc — Réseau du Sicoval"
    assert feed.feed.link == space.get_full_url()
    assert sorted(titles(feed)) == ["Atelier du réseau", "Ressource du réseau"]


def test_a_sections_feed_lists_the_contents_below_it(client):
    tree = sections()
    kits.KitPageFactory(title="Un kit", steps=kits.steps("Préparer"))
    kits.WorkshopContentPageFactory(title="Un atelier")
    module = catalogue.TrainingModulePageFactory(
        parent=catalogue.TrainingCataloguePageFactory(), title="Un module"
    )

    assert titles(read_feed(client, f"/flux/rubriques/{tree.kits.slug}/")) == ["Un kit"]
    assert titles(read_feed(client, f"/flux/rubriques/{tree.training.slug}/")) == [module.title]


def test_only_a_section_has_a_section_feed(client):
    content = kits.WorkshopContentPageFactory(title="Un atelier")

    assert client.get(f"/flux/rubriques/{content.slug}/").status_code == 404
    assert client.get("/flux/rubriques/inconnue/").status_code == 404


def test_theme_and_competency_feeds_list_what_is_classified_under_them(client):
    sections()
    kits.WorkshopContentPageFactory(
        title="Sécurité", themes=[Theme.objects.get(slug="numerique-securise")]
    )
    kits.WorkshopContentPageFactory(title="Recherche", competencies=[competency("CRCN-1.1")])

    theme_feed = read_feed(client, "/flux/thematiques/numerique-securise/")
    competency_feed = read_feed(client, "/flux/competences/CRCN-1.1/")

    assert titles(theme_feed) == ["Sécurité"]
    assert titles(competency_feed) == ["Recherche"]
    assert client.get("/flux/thematiques/inconnue/").status_code == 404
    assert client.get("/flux/competences/CRCN-9.9/").status_code == 404


def test_a_feed_is_bounded_to_its_newest_entries(client, monkeypatch):
    monkeypatch.setattr(feeds, "FEED_SIZE", 2)
    sections()
    for title in ("Premier", "Deuxième", "Troisième"):
        kits.WorkshopContentPageFactory(title=title)

    assert titles(read_feed(client, "/flux/")) == ["Troisième", "Deuxième"]


def test_a_feed_is_served_from_the_cache_until_a_publication(client):
    sections()
    content = kits.WorkshopContentPageFactory(title="Avant")
    assert titles(read_feed(client, "/flux/")) == ["Avant"]
    # Written behind Wagtail's back: no signal, the cached feed stays.
    Page.objects.filter(pk=content.pk).update(title="Après")
    assert titles(read_feed(client, "/flux/")) == ["Avant"]

    kits.WorkshopContentPageFactory(title="Nouveau")

    assert titles(read_feed(client, "/flux/")) == ["Nouveau", "Après"]


def feed_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def test_a_feed_costs_the_same_queries_whatever_its_number_of_entries(client, settings):
    """A query per content type (the specific pages), none per entry."""
    sections()
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    kits.WorkshopContentPageFactory(title="Un")
    kits.KitPageFactory(title="Deux", steps=kits.steps("Préparer"))
    kits.ResourcePageFactory(title="Ressource")
    client.get("/flux/")
    few = feed_queries(client, "/flux/")
    for title in ("Trois", "Quatre"):
        kits.WorkshopContentPageFactory(title=title)
        kits.ResourcePageFactory(title=f"Ressource {title}")

    assert feed_queries(client, "/flux/") == few


def alternate_links(client, url) -> list[str]:
    from bs4 import BeautifulSoup

    html = BeautifulSoup(client.get(url).content, "html.parser")
    return [
        link["href"]
        for link in html.select('head link[rel="alternate"][type="application/atom+xml"]')
    ]


def test_pages_link_to_the_feeds_that_follow_them(client, private_space):
    tree = sections()
    space = communities.CommunityPageFactory(title="Réseau public")

    assert alternate_links(client, "/") == ["/flux/"]
    assert alternate_links(client, tree.kits.url) == [
        "/flux/",
        f"/flux/rubriques/{tree.kits.slug}/",
    ]
    assert alternate_links(client, space.url) == ["/flux/", f"/flux/communautes/{space.slug}/"]
    assert alternate_links(client, "/competences/CRCN-1.1/") == [
        "/flux/",
        "/flux/competences/CRCN-1.1/",
    ]
    assert alternate_links(client, "/recherche/?thematique=numerique-securise") == [
        "/flux/",
        "/flux/thematiques/numerique-securise/",
    ]
    # Its members read a private space's page, which offers no feed: it has none.
    client.force_login(community_member(private_space))
    assert alternate_links(client, private_space.url) == ["/flux/"]
