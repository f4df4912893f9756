"""/recherche/ and /recherche/communautes/: facets, filters, sorts, pages, state in the URL.

Every expectation is counted on the corpus below, built once for the module: what a
visitor sees (titles of the result cards, the count of results, the count beside each
filter, the chips of the chosen filters) is compared with exact lists and numbers.
"""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from taggit.models import Tag

from documents.models import DownloadCount
from taxonomy.models import Public
from tests.conftest import module_data
from tests.factories.catalogue import TrainingModulePageFactory, supports
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory
from tests.factories.kits import (
    KitPageFactory,
    ResourcePageFactory,
    WorkshopContentPageFactory,
    file_block,
    text_block,
    tools,
)
from tests.factories.taxonomy import competency, department
from tests.search.visible import checked, chips, facet_counts, soup, titles, total

pytestmark = pytest.mark.django_db


def day(month: int) -> datetime.datetime:
    return datetime.datetime(2026, month, 10, 9, 0, tzinfo=datetime.UTC)


# The contents of the corpus, oldest first. "tablette" is in the title of the first four
# after PHOTO, and only in the summary of PHOTO; SMARTPHONE does not mention it.
PHOTO = "Atelier photo"
MODULE = "Prendre en main sa tablette"
KIT = "Kit tablette en médiathèque"
WORKSHOP = "Atelier tablette intergénérationnel"
RESOURCE = "Tablettes en prêt"
SMARTPHONE = "Atelier smartphone"
PRIVATE = "Atelier tablette réservé aux membres"
DRAFT = "Brouillon sur la tablette"
LAURAGAIS = "Réseau tablette du Lauragais"
CONCERTATION = "Concertation 31400"
TARN = "Réseau numérique du Tarn"
TAG = "tablette partagée"


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    with module_data(django_db_blocker):
        seniors, jeunes = Public.objects.get(slug="seniors"), Public.objects.get(slug="jeunes")
        crcn_1_1, crcn_2_1 = competency("CRCN-1.1"), competency("CRCN-2.1")
        module_support = DocumentFactory(title="Support du module")
        kit_tool = DocumentFactory(title="Outil du kit")
        workshop_file = DocumentFactory(title="Fiche de l'atelier")
        pages = {
            PHOTO: WorkshopContentPageFactory(
                title=PHOTO,
                summary="Apprendre à photographier avec une tablette.",
                first_published_at=day(1),
            ),
            MODULE: TrainingModulePageFactory(
                title=MODULE,
                publics=[seniors],
                competencies=[crcn_1_1],
                tags=[TAG],
                supports=supports(module_support),
                first_published_at=day(2),
            ),
            KIT: KitPageFactory(
                title=KIT,
                publics=[jeunes],
                competencies=[crcn_1_1],
                tools=tools(kit_tool),
                first_published_at=day(3),
            ),
            WORKSHOP: WorkshopContentPageFactory(
                title=WORKSHOP,
                publics=[seniors, jeunes],
                competencies=[crcn_2_1],
                tags=[TAG],
                body=[text_block(), file_block(workshop_file)],
                first_published_at=day(4),
            ),
            RESOURCE: ResourcePageFactory(
                title=RESOURCE, competencies=[crcn_1_1], first_published_at=day(5)
            ),
            SMARTPHONE: WorkshopContentPageFactory(
                title=SMARTPHONE,
                publics=[seniors],
                competencies=[crcn_1_1],
                first_published_at=day(6),
            ),
        }
        WorkshopContentPageFactory(title=DRAFT, publics=[seniors], live=False)
        private_space = CommunityPageFactory(title="Espace privé des aidants", is_private=True)
        WorkshopContentPageFactory(
            parent=private_space, title=PRIVATE, publics=[seniors], competencies=[crcn_1_1]
        )
        pages[LAURAGAIS] = CommunityPageFactory(title=LAURAGAIS, territory="Lauragais")
        pages[CONCERTATION] = CommunityPageFactory(
            title=CONCERTATION, territory="Quartiers nord de Toulouse"
        )
        pages[TARN] = CommunityPageFactory(
            title=TARN, territory="Albi", departments=[department("81")]
        )
        # Downloads: the workshop's file 30, the kit's tool 7 and its bundle 2, the
        # module's support 3 today and 2 earlier; nothing for the others.
        today = timezone.localdate()
        DownloadCount.objects.create(day=today, document=workshop_file, count=30)
        DownloadCount.objects.create(day=today, document=kit_tool, count=7)
        DownloadCount.objects.create(day=today, bundle_page=pages[KIT], count=2)
        DownloadCount.objects.create(day=today, document=module_support, count=3)
        DownloadCount.objects.create(
            day=today - datetime.timedelta(days=40), document=module_support, count=2
        )
        yield pages


@pytest.fixture
def searched(corpus, engine):
    """The corpus, in the engine of the test (built before it: an external engine's
    index is rebuilt from it)."""
    return corpus


def search(client, **params):
    return client.get("/recherche/", params)


def test_an_empty_search_lists_every_content_newest_first_with_facets(client, searched):
    response = search(client)
    # Communities, the draft and the private space's content are not listed.
    assert titles(response) == [SMARTPHONE, RESOURCE, WORKSHOP, KIT, MODULE, PHOTO]
    assert total(response) == 6
    assert facet_counts(response, "type") == {"contenu": 3, "module": 1, "kit": 1, "ressource": 1}
    assert facet_counts(response, "public") == {"seniors": 3, "jeunes": 2}
    assert facet_counts(response, "competence") == {"CRCN-1.1": 4, "CRCN-2.1": 1}


def test_facet_counts_are_those_of_the_current_query(client, searched):
    response = search(client, q="tablette")
    assert sorted(titles(response)) == sorted([MODULE, KIT, WORKSHOP, RESOURCE, PHOTO])
    assert facet_counts(response, "public") == {"seniors": 2, "jeunes": 2}
    assert facet_counts(response, "competence") == {"CRCN-1.1": 3, "CRCN-2.1": 1}
    assert facet_counts(response, "type") == {"contenu": 2, "module": 1, "kit": 1, "ressource": 1}
    # Each count is what ticking that value gives.
    for facet in ["public", "competence", "type"]:
        for value, count in facet_counts(response, facet).items():
            filtered = search(client, q="tablette", **{facet: value})
            assert total(filtered) == len(titles(filtered)) == count, (facet, value)


def test_filters_combine_and_keep_the_other_values_of_their_facet_countable(client, searched):
    # Two facets: both must hold.
    response = search(client, public="seniors", competence="CRCN-1.1")
    assert sorted(titles(response)) == sorted([MODULE, SMARTPHONE])
    # A facet's own choice is left aside in its counts: "jeunes" shows what it would add
    # to the competency filter, and the competency box counts among seniors.
    assert facet_counts(response, "public") == {"seniors": 2, "jeunes": 1}
    assert facet_counts(response, "competence") == {"CRCN-1.1": 2, "CRCN-2.1": 1}
    assert facet_counts(response, "public") == facet_counts(
        search(client, competence="CRCN-1.1"), "public"
    )
    # Two values of one facet: either one.
    either = search(client, public=["seniors", "jeunes"])
    assert sorted(titles(either)) == sorted([MODULE, KIT, WORKSHOP, SMARTPHONE])
    both_facets = search(client, public=["seniors", "jeunes"], competence="CRCN-1.1")
    assert sorted(titles(both_facets)) == sorted([MODULE, KIT, SMARTPHONE])


def test_chosen_filters_are_checked_and_each_can_be_removed(client, searched):
    response = search(client, q="tablette", public="seniors", type="module")
    assert titles(response) == [MODULE]
    assert checked(response, "public") == ["seniors"]
    assert checked(response, "type") == ["module"]
    removals = chips(response)
    assert set(removals) == {"Seniors", "Module de formation"}
    assert parse_qs(urlsplit(removals["Seniors"]).query) == {"q": ["tablette"], "type": ["module"]}
    # Following a chip gives the search without that filter, the others kept.
    without_public = client.get("/recherche/" + removals["Seniors"])
    assert titles(without_public) == [MODULE]
    assert chips(without_public).keys() == {"Module de formation"}
    without_type = client.get("/recherche/" + removals["Module de formation"])
    assert sorted(titles(without_type)) == sorted([MODULE, WORKSHOP])
    assert checked(without_type, "type") == []


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("recent", [RESOURCE, WORKSHOP, KIT, MODULE, PHOTO]),
        ("az", [PHOTO, WORKSHOP, KIT, MODULE, RESOURCE]),
        # The files the page offers and its bundle, all days summed; ties by title.
        ("telechargements", [WORKSHOP, KIT, MODULE, PHOTO, RESOURCE]),
    ],
)
def test_sorts(client, searched, sort, expected):
    response = search(client, q="tablette", tri=sort)
    assert titles(response) == expected
    assert soup(response).select_one(f'#tri option[value="{sort}"]').has_attr("selected")


def test_relevance_ranks_title_matches_above_text_matches(client, searched):
    response = search(client, q="tablette", tri="pertinence")
    found = titles(response)
    assert sorted(found) == sorted([MODULE, KIT, WORKSHOP, RESOURCE, PHOTO])
    assert found[-1] == PHOTO  # "tablette" only in its summary


def test_pages_of_results_follow_each_other_without_overlap(client, searched):
    for number in range(1, 24):
        WorkshopContentPageFactory(title=f"Fiche smartphone n°{number:02d}")
    first = search(client, q="smartphone", tri="az")
    second = search(client, q="smartphone", tri="az", page=2)
    assert total(first) == total(second) == 24
    one, two = titles(first), titles(second)
    assert len(one) == 20 and len(two) == 4
    assert not set(one) & set(two)
    assert one + two == [SMARTPHONE] + [f"Fiche smartphone n°{n:02d}" for n in range(1, 24)]
    first_html, second_html = first.content.decode(), second.content.decode()
    assert 'rel="next"' in first_html and "page=2" in first_html
    assert 'rel="prev"' in second_html and 'rel="next"' not in second_html


def test_term_links_land_on_the_search_filtered_by_them(client, searched):
    tag = Tag.objects.get(name=TAG)
    html = client.get(searched[WORKSHOP].url).content.decode()
    assert f'href="/recherche/?etiquette={tag.slug}"' in html
    assert 'href="/recherche/?competence=CRCN-2.1"' in html
    response = client.get(f"/recherche/?etiquette={tag.slug}")
    assert sorted(titles(response)) == sorted([MODULE, WORKSHOP])
    assert list(chips(response)) == [TAG]
    competency_search = client.get("/recherche/?competence=CRCN-2.1")
    assert titles(competency_search) == [WORKSHOP]


def test_a_tag_listing_address_moves_to_the_filtered_search(client, searched):
    tag = Tag.objects.get(name=TAG)
    response = client.get(f"/etiquettes/{tag.slug}/")
    assert response.status_code == 301
    assert response["Location"] == f"/recherche/?etiquette={tag.slug}"


def test_a_typo_shows_the_results_of_its_correction_at_once(client, searched, engine):
    response = search(client, q="tabelte")
    everything = sorted([MODULE, KIT, WORKSHOP, RESOURCE, PHOTO])
    assert sorted(titles(response)) == everything
    if engine.name == "database":
        assert response.context["corrected"] == "tablette"
        summary = soup(response).select_one(".search-summary").get_text(" ", strip=True)
        # French typography (core.typography): no-break spaces inside the guillemets.
        assert "pour «\u00a0tablette\u00a0»" in summary
        typed = soup(response).select_one(".search-correction a")
        assert typed.get_text() == "«\u00a0tabelte\u00a0»"
        exact = client.get("/recherche/" + typed["href"])
        assert total(exact) == 0
        assert "corrected" not in exact.context
    else:
        # Elasticsearch and OpenSearch forgive the typo themselves.
        assert "corrected" not in response.context


def test_autocomplete_proposes_titles_beginning_like_the_query(client, searched, engine):
    response = client.get("/recherche/suggestions/", {"q": "tabl"})
    assert response.status_code == 200
    results = response.json()["results"]
    # Titles with a word beginning so: not PHOTO (its summary only), nor the community,
    # the draft or the private space's content. The database lists them A to Z, an
    # external engine by its own score.
    proposed = [item["title"] for item in results]
    assert sorted(proposed) == sorted([WORKSHOP, KIT, MODULE, RESOURCE])
    if engine.name == "database":
        assert proposed == [WORKSHOP, KIT, MODULE, RESOURCE]
    by_title = {item["title"]: item["url"] for item in results}
    assert by_title[WORKSHOP] == searched[WORKSHOP].url
    assert client.get(by_title[WORKSHOP]).status_code == 200
    assert client.get("/recherche/suggestions/", {"q": ""}).json() == {
        "results": [],
        "filters": [],
    }


def test_the_communities_tab_finds_by_name_department_and_theme(client, searched):
    by_name = client.get("/recherche/communautes/", {"q": "lauragais"})
    assert titles(by_name) == [LAURAGAIS]
    by_department = client.get("/recherche/communautes/", {"departement": "31"})
    # The private space is in Haute-Garonne too: its card is listed, as everywhere.
    private_space = "Espace privé des aidants"
    assert sorted(titles(by_department)) == sorted([LAURAGAIS, CONCERTATION, private_space])
    everything = client.get("/recherche/communautes/")
    assert sorted(titles(everything)) == sorted([LAURAGAIS, CONCERTATION, TARN, private_space])
    assert facet_counts(everything, "departement") == {"31": 3, "81": 1}


def test_a_community_search_stays_inside_its_contents(client, searched):
    community = searched[CONCERTATION]
    WorkshopContentPageFactory(parent=community, title="Compte rendu de la rencontre de mars")
    ResourcePageFactory(parent=community, title="Rencontre des aidants : les ressources")
    WorkshopContentPageFactory(title="Rencontre régionale du hub")
    everywhere = search(client, q="rencontre")
    assert total(everywhere) == 3
    assert facet_counts(everywhere, "communaute") == {community.slug: 2}
    inside = search(client, q="rencontre", communaute=community.slug)
    assert sorted(titles(inside)) == [
        "Compte rendu de la rencontre de mars",
        "Rencontre des aidants : les ressources",
    ]


def test_the_search_page_query_count_does_not_grow_with_the_filters(client, corpus):
    # Database engine: the count is the engine's work plus cards, whatever the query.
    with CaptureQueriesContext(connection) as plain:
        search(client, q="tablette")
    with CaptureQueriesContext(connection) as filtered:
        search(client, q="tablette", public="seniors", competence="CRCN-1.1", tri="az")
    assert len(plain) <= 20
    assert len(filtered) <= len(plain) + 3  # one facet count per chosen facet, one label query
