"""Elasticsearch 9: what the engine sends (index settings, mappings, bulk, queries) and how it
reads the answers, against a recording HTTP server that answers as Elasticsearch 9 does."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from search.analysis import parse_query
from search.backends import SearchQuery, Visibility
from search.backends.elastic import IS_OVER, KEY_SEPARATOR, Elasticsearch9Engine
from search.facets import CONTENT_KINDS
from search.models import SearchEntry
from tests.factories.catalogue import TrainingModulePageFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import KitPageFactory
from tests.factories.taxonomy import competency

SEARCH_ANSWER = {
    "took": 1,
    "timed_out": False,
    "hits": {"total": {"value": 42, "relation": "eq"}, "hits": [{"_id": "7"}, {"_id": "3"}]},
    "aggregations": {
        "public": {
            "doc_count": 42,
            "values": {
                "buckets": [
                    {"key": f"jeunes{KEY_SEPARATOR}Jeunes", "doc_count": 5},
                    {"key": f"seniors{KEY_SEPARATOR}Seniors", "doc_count": 30},
                ]
            },
        },
        "type": {"doc_count": 42, "values": {"buckets": []}},
    },
}


class RecordingElasticsearch(BaseHTTPRequestHandler):
    requests: list

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        self.requests.append((self.command, self.path.split("?")[0], raw))
        status, answer = 200, {"acknowledged": True}
        if self.command == "HEAD":
            status, answer = 404, None
        elif self.path.startswith("/_bulk"):
            answer = {"took": 1, "errors": False, "items": []}
        elif "/_search" in self.path:
            answer = SEARCH_ANSWER
        body = json.dumps(answer).encode() if answer is not None else b""
        self.send_response(status)
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Type", "application/vnd.elasticsearch+json;compatible-with=9")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = handle_any

    def log_message(self, *args):
        pass


@pytest.fixture
def elasticsearch(db):
    RecordingElasticsearch.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), RecordingElasticsearch)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    engine = Elasticsearch9Engine(
        {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [f"http://127.0.0.1:{server.server_port}"],
            "INDEX": "contrat",
            "TIMEOUT": 5,
            "OPTIONS": {"max_retries": 0},
        }
    )
    yield engine, RecordingElasticsearch.requests
    server.shutdown()


def test_the_index_analyses_french_and_maps_every_facet(elasticsearch):
    engine, requests = elasticsearch
    engine.rebuild()
    created = [(path, body) for method, path, body in requests if method == "PUT"]
    # A new index behind the alias "contrat_entries", switched to once filled.
    assert created[0][0].startswith("/contrat_entries_")
    aliases = [json.loads(body) for method, path, body in requests if path == "/_aliases"]
    assert aliases == [
        {"actions": [{"add": {"index": created[0][0][1:], "alias": "contrat_entries"}}]}
    ]
    index = json.loads(created[0][1])
    analyzer = index["settings"]["analysis"]["analyzer"]["rhinocc_french"]
    assert analyzer["filter"] == [
        "french_elision",
        "lowercase",
        "asciifolding",
        "french_stop",
        "french_plural",
        "french_stemmer",
    ]
    filters = index["settings"]["analysis"]["filter"]
    assert filters["french_stemmer"] == {"type": "stemmer", "language": "french"}
    assert filters["french_stop"]["stopwords"] == "_french_"
    properties = index["mappings"]["properties"]
    assert properties["title"]["analyzer"] == "rhinocc_french"
    assert properties["body"]["analyzer"] == "rhinocc_french"
    for facet in ["type", "thematique", "public", "competence", "communaute", "etiquette"]:
        assert properties[facet] == {"type": "keyword"}
        assert properties[f"{facet}_key"] == {"type": "keyword"}


def test_bulk_indexing_sends_every_entry_with_its_facets(elasticsearch):
    engine, requests = elasticsearch
    module = TrainingModulePageFactory(
        title="Accompagner les démarches en ligne",
        competencies=[competency("CRCN-1.1"), competency("CRCN-4.2")],
    )
    kit = KitPageFactory(title="Kit des premiers pas", competencies=[competency("CRCN-1.1")])
    community = CommunityPageFactory(title="Réseau du Lauragais")
    engine.rebuild()
    lines = [
        json.loads(line)
        for method, path, body in requests
        if path == "/_bulk"
        for line in body.splitlines()
        if line
    ]
    actions, documents = lines[::2], lines[1::2]
    # The module, the kit and the community: nothing else is published.
    assert SearchEntry.objects.count() == 3
    assert len(documents) == 3
    (new_index,) = {action["index"]["_index"] for action in actions}
    assert new_index.startswith("contrat_entries_")
    by_id = {
        int(action["index"]["_id"]): doc for action, doc in zip(actions, documents, strict=True)
    }
    assert set(by_id) == {module.pk, kit.pk, community.pk}
    document = by_id[module.pk]
    assert document["title"] == "Accompagner les démarches en ligne"
    assert document["kind"] == "module"
    assert sorted(document["competence"]) == ["CRCN-1.1", "CRCN-4.2"]
    assert by_id[kit.pk]["competence"] == ["CRCN-1.1"]
    assert by_id[community.pk]["kind"] == "communaute"


def test_a_search_sends_french_fuzzy_matching_filters_and_facets_in_one_request(elasticsearch):
    engine, requests = elasticsearch
    response = engine.search(
        SearchQuery(
            query=parse_query('atelier "mot de passe"'),
            kinds=CONTENT_KINDS,
            filters={"public": ["seniors"], "competence": ["CRCN-1.1"]},
            facets=("public", "type"),
            offset=20,
            limit=20,
            visibility=Visibility(authenticated=True, group_ids=(3,)),
        )
    )
    searches = [json.loads(body) for method, path, body in requests if "/_search" in path]
    assert len(searches) == 1
    sent = searches[0]
    must = sent["query"]["bool"]["must"][0]["bool"]["must"]
    assert must[0]["multi_match"]["query"] == "atelier"
    assert must[0]["multi_match"]["fuzziness"] == "AUTO"
    assert must[0]["multi_match"]["fields"] == ["title^5", "body"]
    assert must[1]["multi_match"] == {
        "query": "mot de passe",
        "type": "phrase",
        "fields": ["title^5", "body"],
    }
    assert sent["post_filter"]["bool"]["filter"] == [
        {"terms": {"public": ["seniors"]}},
        {"terms": {"competence": ["CRCN-1.1"]}},
    ]
    # A facet's count leaves its own choice aside, and keeps the others.
    assert sent["aggs"]["public"]["filter"]["bool"]["filter"] == [
        {"terms": {"competence": ["CRCN-1.1"]}}
    ]
    assert len(sent["aggs"]["type"]["filter"]["bool"]["filter"]) == 2
    assert sent["from"] == 20 and sent["size"] == 20 and sent["track_total_hits"] is True
    visibility = sent["query"]["bool"]["filter"][1]["bool"]["should"]
    assert {"term": {"restriction": ""}} in visibility
    assert {"term": {"restriction": "login"}} in visibility

    assert response.page_ids == [7, 3]
    assert response.total == 42
    assert [(value.value, value.label, value.count) for value in response.facets["public"]] == [
        ("seniors", "Seniors", 30),
        ("jeunes", "Jeunes", 5),
    ]


def test_an_empty_query_lists_newest_first_and_anonymous_visitors_see_public_entries_only(
    elasticsearch,
):
    engine, requests = elasticsearch
    engine.search(SearchQuery(query=parse_query(""), kinds=CONTENT_KINDS))
    sent = json.loads(requests[-1][2])
    assert sent["query"]["bool"]["must"] == [{"match_all": {}}]
    # Past events after the rest (the date keys are the database engine's), then newest.
    assert sent["sort"][0]["_script"]["script"]["source"] == IS_OVER
    assert sent["sort"][1:] == [{"published_at": "desc"}, {"_id": "desc"}]
    allowed = sent["query"]["bool"]["filter"][1]["bool"]["should"]
    assert allowed == [{"term": {"restriction": ""}}]
