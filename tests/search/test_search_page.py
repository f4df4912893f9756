"""/recherche/ and /recherche/communautes/: facets, filters, sorts, pages, state in the URL."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import TrainingModulePage
from kits.models import KitPage, WorkshopContentPage
from search.models import SearchEntry, SearchEntryTerm
from taxonomy.models import Competency, Public

# Still on the demo site: to be rebuilt on factories (see tests/conftest.py).
pytestmark = pytest.mark.usefixtures("demo_site")


def result_titles(response) -> list[str]:
    html = response.content.decode()
    section = html.split('class="cards search-results"', 1)[1].split("</ul>", 1)[0]
    return [
        " ".join(re.sub(r"<[^>]+>", " ", title).split())
        for title in re.findall(r"<h3[^>]*>(.*?)</h3>", section, re.S)
    ]


def facet_counts(response, facet: str) -> dict[str, int]:
    return {value.value: value.count for value in response.context["facets_by_name"][facet].values}


def test_an_empty_search_lists_every_content_newest_first_with_facets(client, engine):
    response = client.get("/recherche/")
    assert response.status_code == 200
    results = response.context["results"]
    visible = SearchEntry.objects.filter(
        kind__in=["module", "kit", "contenu", "ressource"], restriction=""
    )
    assert results.paginator.count == visible.count()
    newest = list(visible.order_by("-published_at", "-pk").values_list("title", flat=True)[:20])
    assert [page.title for page in results.object_list] == newest
    types = facet_counts(response, "type")
    assert types["module"] == TrainingModulePage.objects.live().count()
    assert types["kit"] == KitPage.objects.live().count()
    assert sum(types.values()) == visible.count()


def test_facet_counts_are_those_of_the_current_query(client, engine):
    response = client.get("/recherche/", {"q": "seniors"})
    total = response.context["results"].paginator.count
    assert 0 < total < SearchEntry.objects.count()
    for value, count in facet_counts(response, "public").items():
        filtered = client.get("/recherche/", {"q": "seniors", "public": value})
        assert filtered.context["results"].paginator.count == count, value


def test_filters_combine_and_keep_the_other_values_of_their_facet_countable(client, engine):
    public = Public.objects.get(slug="seniors")
    competency = Competency.objects.get(code="CRCN-1.1")
    response = client.get("/recherche/", {"public": public.slug, "competence": competency.code})
    titles = {page.title for page in response.context["results"].object_list}
    expected = {
        entry.title
        for entry in SearchEntry.objects.filter(
            restriction="", kind__in=["module", "kit", "contenu", "ressource"]
        )
        .filter(terms__facet="public", terms__value="seniors")
        .filter(
            pk__in=SearchEntryTerm.objects.filter(facet="competence", value="CRCN-1.1").values(
                "entry_id"
            )
        )
    }
    assert titles == expected and titles
    # The public facet still offers other publics, counted with the competency filter only.
    publics = facet_counts(response, "public")
    assert len(publics) > 1
    only_competency = client.get("/recherche/", {"competence": competency.code})
    assert publics["seniors"] == facet_counts(only_competency, "public")["seniors"]
    # Two values of one facet: either one.
    both = client.get("/recherche/", {"public": ["seniors", "jeunes"]})
    assert both.context["results"].paginator.count >= response.context["results"].paginator.count


def test_chosen_filters_are_checked_and_each_can_be_removed(client, engine):
    response = client.get("/recherche/", {"q": "numerique", "public": "seniors", "type": "module"})
    html = response.content.decode()
    assert re.search(r'name="public" value="seniors"[^>]* checked', html)
    assert re.search(r'name="type" value="module"[^>]* checked', html)
    removals = {item["label"]: item["remove_url"] for item in response.context["active_filters"]}
    assert set(removals) == {"Seniors", "Module de formation"}
    without_public = parse_qs(urlsplit(removals["Seniors"]).query)
    assert without_public == {"q": ["numerique"], "type": ["module"]}


@pytest.mark.parametrize("sort", ["recent", "az", "pertinence", "telechargements"])
def test_sorts(client, engine, sort):
    response = client.get("/recherche/", {"q": "numerique", "tri": sort})
    assert response.status_code == 200
    titles = [page.title for page in response.context["results"].object_list]
    assert len(titles) == 20
    if sort == "az":
        from search.analysis import fold

        assert [fold(title) for title in titles] == sorted(fold(title) for title in titles)
    if sort == "recent":
        dates = [page.first_published_at for page in response.context["results"].object_list]
        assert dates == sorted(dates, reverse=True)


def test_pages_of_results_follow_each_other_without_overlap(client, engine):
    first = client.get("/recherche/", {"q": "numerique", "tri": "az"})
    second = client.get("/recherche/", {"q": "numerique", "tri": "az", "page": 2})
    count = first.context["results"].paginator.count
    assert count > 20
    one = [page.pk for page in first.context["results"].object_list]
    two = [page.pk for page in second.context["results"].object_list]
    assert len(one) == 20 and two and not set(one) & set(two)
    assert 'rel="next"' in first.content.decode()
    assert "page=2" in first.content.decode()


def test_term_links_land_on_the_search_filtered_by_them(client, engine):
    page = WorkshopContentPage.objects.live().public().filter(tags__isnull=False).first()
    html = client.get(page.url).content.decode()
    tag = page.tags.first()
    competency = page.competencies.first()
    assert f'href="/recherche/?etiquette={tag.slug}"' in html
    assert f'href="/recherche/?competence={competency.code}"' in html
    response = client.get(f"/recherche/?etiquette={tag.slug}")
    assert page.title in [item.title for item in response.context["results"].object_list] or (
        response.context["results"].paginator.count > 20
    )
    assert response.context["active_filters"][0]["label"] == tag.name


def test_a_tag_listing_address_moves_to_the_filtered_search(client, engine):
    page = WorkshopContentPage.objects.live().filter(tags__isnull=False).first()
    tag = page.tags.first()
    response = client.get(f"/etiquettes/{tag.slug}/")
    assert response.status_code == 301
    assert response["Location"] == f"/recherche/?etiquette={tag.slug}"


def test_a_typo_gets_a_did_you_mean_on_the_default_engine(client, engine):
    response = client.get("/recherche/", {"q": "numriqe"})
    assert response.status_code == 200
    if engine.name == "database":
        assert response.context["results"].paginator.count == 0
        assert response.context["suggestion"] == "numérique"
        assert "Vouliez-vous dire" in response.content.decode()
    else:
        # Elasticsearch and OpenSearch forgive the typo themselves.
        assert response.context["results"].paginator.count > 0


def test_autocomplete_proposes_titles_beginning_like_the_query(client, engine):
    response = client.get("/recherche/suggestions/", {"q": "hamec"})
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["results"]]
    assert "Reconnaître un hameçonnage : exercice sur des messages frauduleux" in titles
    url = response.json()["results"][0]["url"]
    assert client.get(url).status_code == 200
    assert client.get("/recherche/suggestions/", {"q": ""}).json() == {"results": []}


def test_the_communities_tab_finds_by_name_department_and_theme(client, engine):
    response = client.get("/recherche/communautes/", {"q": "sicoval"})
    assert response.context["results"].object_list[0].slug == "reseau-mediation-numerique-sicoval"
    by_department = client.get("/recherche/communautes/", {"departement": "31"})
    titles = [page.title for page in by_department.context["results"].object_list]
    assert titles and all(
        "31" in [department.code for department in page.departments.all()]
        for page in by_department.context["results"].object_list
    )
    departments = facet_counts(client.get("/recherche/communautes/"), "departement")
    assert departments["31"] == len(titles)


def test_a_community_search_stays_inside_its_contents(client, engine):
    response = client.get(
        "/recherche/", {"communaute": "reseau-mediation-numerique-sicoval", "q": "reseau"}
    )
    pages = response.context["results"].object_list
    assert pages
    community_path = SearchEntry.objects.get(
        page__slug="reseau-mediation-numerique-sicoval"
    ).page.path
    assert all(page.path.startswith(community_path) for page in pages)


def test_the_search_page_query_count_does_not_grow_with_the_filters(client, db):
    # Database engine: the count is the engine's work plus cards, whatever the query.
    with CaptureQueriesContext(connection) as plain:
        client.get("/recherche/", {"q": "numerique"})
    with CaptureQueriesContext(connection) as filtered:
        client.get(
            "/recherche/",
            {"q": "numerique", "public": "seniors", "competence": "CRCN-1.1", "tri": "az"},
        )
    assert len(plain) <= 20
    assert len(filtered) <= len(plain) + 3  # one facet count per chosen facet, one label query
