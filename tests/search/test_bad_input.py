"""Whatever arrives in the URL: a 200 with a French message, never a 500 nor an engine error."""

import datetime

import pytest

from taxonomy.models import Public
from tests.conftest import module_data
from tests.factories.kits import WorkshopContentPageFactory
from tests.factories.taxonomy import competency
from tests.search.visible import chips, soup, titles, total

pytestmark = pytest.mark.django_db

COUNT = 21  # one more than a page of results
SENIORS = 8  # the first 8 are for seniors
CRCN_1_1 = 11  # the odd ones develop CRCN-1.1, the even ones CRCN-2.1


def title(number: int) -> str:
    return f"Atelier numérique n°{number:02d}"


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    with module_data(django_db_blocker):
        seniors = Public.objects.get(slug="seniors")
        for number in range(1, COUNT + 1):
            WorkshopContentPageFactory(
                title=title(number),
                publics=[seniors] if number <= SENIORS else [],
                competencies=[competency("CRCN-1.1" if number % 2 else "CRCN-2.1")],
                first_published_at=datetime.datetime(2026, 1, number, tzinfo=datetime.UTC),
            )
        yield


@pytest.fixture
def searched(corpus, engine):
    return engine


BAD_QUERIES = [
    "",
    "a" * 10_000,
    '"',
    '"unbalanced phrase',
    "((numérique",
    "numérique)))",
    "AND OR NOT",
    "*",
    "~",
    "numerique~2 title:atelier^5",
    "' OR 1=1 --",
    "'; DROP TABLE rhinocc_search_searchentry; --",
    'NEAR(atelier numerique) {title} : "x"*',
    '{"query": {"match_all": {}}}',
    "🙂 👵🏽 numérique",
    "\x00\x01\x1b[31m atelier \x7f",
    "-",
    "^",
    "\\",
    "%",
    "_",
]


@pytest.mark.parametrize("query", BAD_QUERIES, ids=range(len(BAD_QUERIES)))
def test_any_query_gets_an_answer(client, searched, query):
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Traceback" not in html and "Exception" not in html
    assert len(response.context["query"]) <= 200
    suggestions = client.get("/recherche/suggestions/", {"q": query})
    assert suggestions.status_code == 200
    communities = client.get("/recherche/communautes/", {"q": query})
    assert communities.status_code == 200


@pytest.mark.parametrize(
    ("params", "number", "count"),
    [
        # Below the first page: the first.
        ({"page": "-1"}, 1, COUNT),
        ({"page": "0"}, 1, COUNT),
        ({"page": "abc"}, 1, COUNT),
        ({"page": "99999999"}, 2, COUNT),  # beyond the last: the last
        ({"page": "1e9"}, 1, COUNT),
        ({"tri": "hack"}, 1, COUNT),
        ({"tri": "pertinence"}, 1, COUNT),  # without a query: newest first
        # Unknown values are ignored, not applied (which would find nothing).
        ({"type": "inconnu"}, 1, COUNT),
        ({"competence": "CRCN-99.9"}, 1, COUNT),
        ({"thematique": "x" * 5000}, 1, COUNT),
        ({"etiquette": ""}, 1, COUNT),
        # A value repeated counts once.
        ({"public": ["seniors", "seniors", "seniors"]}, 1, SENIORS),
        # A repeated query: the last one.
        ({"q": ["atelier", "numerique"]}, 1, COUNT),
    ],
    ids=lambda value: "-".join(value) if isinstance(value, dict) else None,
)
def test_any_parameter_gets_an_answer(client, searched, params, number, count):
    response = client.get("/recherche/", params)
    assert response.status_code == 200
    assert response.context["results"].number == number
    assert total(response) == count
    shown = titles(response)
    assert len(shown) == min(20, count - 20 * (number - 1))
    if "q" not in params and number == 1:
        assert shown[0] == title(COUNT if "public" not in params else SENIORS)


def test_unknown_filter_values_are_named_and_ignored(client, searched):
    response = client.get("/recherche/", {"competence": ["CRCN-99.9", "CRCN-1.1"]})
    notice = soup(response).select_one(".notice").get_text()
    assert "Filtre inconnu ignoré" in notice and "CRCN-99.9" in notice
    assert list(chips(response)) == ["CRCN-1.1 — Mener une recherche et une veille d'information"]
    assert total(response) == CRCN_1_1


def test_a_page_beyond_the_last_shows_the_last(client, searched):
    response = client.get("/recherche/", {"q": "numerique", "page": "99999999"})
    results = response.context["results"]
    assert results.number == results.paginator.num_pages == 2
    assert len(titles(response)) == COUNT - 20
