"""Listing pages cost a constant number of queries, whatever the number of items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from catalogue.models import TrainingCataloguePage, TrainingIndexPage
from communities.models import CommunityIndexPage, CommunityPage
from home.models import HomePage
from kits.models import ContentIndexPage, KitIndexPage, ResourceIndexPage

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]

MAX_QUERIES = 25
LISTINGS = [
    HomePage,
    TrainingIndexPage,
    TrainingCataloguePage,
    KitIndexPage,
    ContentIndexPage,
    ResourceIndexPage,
    CommunityIndexPage,
    CommunityPage,
]


def count_queries(client, url) -> int:
    """Queries of a warm request: the first one fills per-process caches (site root
    paths, content types) and creates image renditions, which later visitors reuse."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def double_the_items_under(parent: Page) -> None:
    for child in list(parent.get_children().specific()):
        child.copy(
            to=parent,
            update_attrs={"slug": f"{child.slug}-copie", "title": f"{child.title} (copie)"},
        )


@pytest.mark.parametrize("model", LISTINGS, ids=lambda model: model.__name__)
def test_listing_query_count_is_bounded_and_constant(client, model):
    page = model.objects.order_by("path").first()
    containers = [page]
    if model is HomePage:
        containers = [CommunityIndexPage.objects.get(), ContentIndexPage.objects.get()]
    if model is TrainingIndexPage:
        containers = list(TrainingCataloguePage.objects.all())

    before = count_queries(client, page.url)
    for container in containers:
        double_the_items_under(container)
    after = count_queries(client, page.url)

    assert before <= MAX_QUERIES
    assert after == before


@pytest.mark.parametrize(
    "url",
    [
        "/recherche/",
        "/recherche/?q=atelier",
        "/competences/",
        "/competences/CRCN-1.1/",
        "/recherche/?public=seniors",
        "/recherche/?thematique=numerique-securise&q=atelier&tri=az",
        "/recherche/?competence=CRCN-1.1&type=module&type=kit",
        "/recherche/communautes/?departement=31",
        "/types/fiche-pratique/",
        "/licences/cc-by-sa-4-0/",
        "/departements/31/",
    ],
)
def test_term_and_search_listings_are_bounded(client, url):
    assert count_queries(client, url) <= MAX_QUERIES
