"""Listing pages cost a constant number of queries, whatever the number of items:
the same with 2 items as with 4, each item with its image, terms and relations."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import TrainingCataloguePage
from home.models import HomePageFeaturedPage, SelectionItem
from taxonomy.models import Licence, Public, SupportType, Theme
from tests.factories import catalogue, communities, kits
from tests.factories.documents import DocumentFactory
from tests.factories.home import SelectionPageFactory, home, sections
from tests.factories.images import ImageFactory
from tests.factories.taxonomy import competency, department

MAX_QUERIES = 25
FEW, MANY = 2, 4


def count_queries(client, url) -> int:
    """Queries of a warm request: the first one fills per-process caches (site root
    paths, content types) and creates image renditions, which later visitors reuse."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def classification() -> dict:
    return {
        "competencies": [competency("CRCN-1.1"), competency("CRCN-4.1")],
        "publics": [Public.objects.get(slug="seniors")],
        "themes": [Theme.objects.get(slug="numerique-securise")],
        "support_type": SupportType.objects.get(slug="fiche-pratique"),
        "licence": Licence.objects.get(slug="cc-by-sa-4-0"),
        "tags": ["atelier"],
    }


def add_module(parent, **fields):
    return catalogue.TrainingModulePageFactory(
        parent=parent,
        sessions=[catalogue.session(10), catalogue.session(40)],
        supports=catalogue.supports(DocumentFactory()),
        trainers=[catalogue.TrainerFactory()],
        **classification(),
        **fields,
    )


def add_catalogue(parent, **fields):
    page = catalogue.TrainingCataloguePageFactory(parent=parent, image=ImageFactory(), **fields)
    add_module(page)
    return page


def add_content(parent, **fields):
    return kits.WorkshopContentPageFactory(
        parent=parent, image=ImageFactory(), **classification(), **fields
    )


def add_kit(parent, **fields):
    return kits.KitPageFactory(
        parent=parent,
        image=ImageFactory(),
        tools=kits.tools(DocumentFactory(), DocumentFactory()),
        **classification(),
        **fields,
    )


def add_resource(parent, **fields):
    return kits.ResourcePageFactory(parent=parent, **classification(), **fields)


def add_community(parent, **fields):
    return communities.CommunityPageFactory(
        parent=parent,
        image=ImageFactory(),
        departments=[department("31"), department("81")],
        themes=[Theme.objects.get(slug="numerique-securise")],
        **fields,
    )


def add_contribution(community):
    return next(CONTRIBUTIONS)(community)


CONTRIBUTIONS = itertools.cycle([add_content, add_resource])


def add_to_home(page):
    """What the home page shows: latest contents, communities, catalogues, featured pages
    and the featured selection's entries."""
    tree = sections()
    featured = [add_content(tree.contents), add_kit(tree.kits)]
    add_community(tree.communities)
    add_catalogue(tree.training)
    home_page = home()
    if home_page.featured_selection is None:
        home_page.featured_selection = SelectionPageFactory()
    selection = home_page.featured_selection
    selection.items.add(*(SelectionItem(page=item, note="Une note.") for item in featured))
    selection.save_revision().publish()
    home_page.featured_pages.add(*(HomePageFeaturedPage(page=item) for item in featured))
    home_page.save_revision().publish()


def add_to_selection(selection):
    items = [add_content(sections().contents), add_kit(sections().kits)]
    items.append(add_module(catalogue.TrainingCataloguePageFactory()))
    selection.items.add(*(SelectionItem(page=item, note="Une note.") for item in items))
    selection.save_revision().publish()


# listing: (the page listing, how to add one item to it)
LISTINGS = {
    "HomePage": (home, add_to_home),
    "TrainingIndexPage": (lambda: sections().training, add_catalogue),
    "TrainingCataloguePage": (catalogue.TrainingCataloguePageFactory, add_module),
    "KitIndexPage": (lambda: sections().kits, add_kit),
    "ContentIndexPage": (lambda: sections().contents, add_content),
    "ResourceIndexPage": (lambda: sections().resources, add_resource),
    "CommunityIndexPage": (lambda: sections().communities, add_community),
    "CommunityPage": (communities.CommunityPageFactory, add_contribution),
    "SelectionIndexPage": (lambda: sections().selections, lambda parent: SelectionPageFactory()),
    "SelectionPage": (SelectionPageFactory, add_to_selection),
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", LISTINGS)
def test_listing_query_count_is_bounded_and_constant(client, name):
    make_listing, add_item = LISTINGS[name]
    sections()
    listing = make_listing()
    for _ in range(FEW):
        add_item(listing)
    few = count_queries(client, listing.url)
    for _ in range(MANY - FEW):
        add_item(listing)
    many = count_queries(client, listing.url)

    assert few <= MAX_QUERIES
    assert many == few


def classified_pages(batches: range) -> None:
    """A module, a content, a kit, a resource and a community per batch, titled after
    their batch: listings sorted by title show the same mix of page types, whichever
    the number of batches (each page type costs its own query)."""
    tree = sections()
    training = TrainingCataloguePage.objects.first() or add_catalogue(tree.training)
    for batch in batches:
        for add, parent, title in [
            (add_module, training, "module"),
            (add_content, tree.contents, "contenu"),
            (add_kit, tree.kits, "kit"),
            (add_resource, tree.resources, "ressource"),
            (add_community, tree.communities, "communauté"),
        ]:
            add(parent, title=f"{batch:02d} {title}")


TERM_AND_SEARCH_LISTINGS = [
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
]


@pytest.mark.django_db
def test_term_and_search_listings_are_bounded_and_constant(client, subtests):
    # One, then three pages of each type: all within one page of results (12).
    classified_pages(range(1))
    few = {url: count_queries(client, url) for url in TERM_AND_SEARCH_LISTINGS}
    classified_pages(range(1, 3))
    for url in TERM_AND_SEARCH_LISTINGS:
        with subtests.test(url=url):
            assert few[url] <= MAX_QUERIES
            assert count_queries(client, url) == few[url]
