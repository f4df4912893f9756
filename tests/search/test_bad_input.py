"""Whatever arrives in the URL: a 200 with a French message, never a 500 nor an engine error."""

import pytest

# Still on the demo site: to be rebuilt on factories (see tests/conftest.py).
pytestmark = pytest.mark.usefixtures("demo_site")

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
def test_any_query_gets_an_answer(client, engine, query):
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
    "params",
    [
        {"page": "-1"},
        {"page": "abc"},
        {"page": "99999999"},
        {"page": "1e9"},
        {"tri": "hack"},
        {"tri": "pertinence"},  # without a query: newest first
        {"type": "inconnu"},
        {"competence": "CRCN-99.9"},
        {"thematique": "x" * 5000},
        {"public": ["seniors", "seniors", "seniors"]},
        {"q": ["atelier", "numerique"]},
        {"etiquette": ""},
    ],
    ids=lambda params: "-".join(f"{key}" for key in params),
)
def test_any_parameter_gets_an_answer(client, engine, params):
    response = client.get("/recherche/", params)
    assert response.status_code == 200
    assert response.context["results"].number >= 1


def test_unknown_filter_values_are_named_and_ignored(client, engine):
    response = client.get("/recherche/", {"competence": ["CRCN-99.9", "CRCN-1.1"]})
    html = response.content.decode()
    assert "Filtre inconnu ignoré" in html and "CRCN-99.9" in html
    assert response.context["active_filters"][0]["label"].startswith("CRCN-1.1")
    assert response.context["results"].paginator.count > 0


def test_a_page_beyond_the_last_shows_the_last(client, engine):
    response = client.get("/recherche/", {"q": "numerique", "page": "99999999"})
    results = response.context["results"]
    assert results.number == results.paginator.num_pages
    assert results.object_list
