"""Elasticsearch 9 and OpenSearch 2: one index of the entries, analysed in French.

Facet counts come back with the results in one request: each facet is an
aggregation filtered by every other facet's choice, and the facets' own choices
apply as a post filter, as the database engine counts them.
"""

import logging

from search.analysis import FRENCH_ANALYSIS, ParsedQuery
from search.models import SearchEntry

from . import FACETS, GROUP_FACET, FacetValue, SearchEngine, SearchQuery, SearchResponse

logger = logging.getLogger(__name__)

KEY_SEPARATOR = "\x1f"  # between a facet value and its label in the aggregated key
BULK_SIZE = 500
MAX_FACET_VALUES = 200

INDEX_SETTINGS = {
    "settings": {
        "index": {"number_of_shards": 1, "number_of_replicas": 0},
        "analysis": FRENCH_ANALYSIS,
    },
    "mappings": {
        "dynamic": "strict",
        "properties": {
            "kind": {"type": "keyword"},
            "title": {
                "type": "text",
                "analyzer": "rhinocc_french",
                "fields": {
                    "autocomplete": {
                        "type": "text",
                        "analyzer": "rhinocc_autocomplete",
                        "search_analyzer": "rhinocc_folded",
                    },
                },
            },
            "body": {"type": "text", "analyzer": "rhinocc_french"},
            "sort_title": {"type": "keyword", "normalizer": "rhinocc_sort"},
            "published_at": {"type": "date"},
            "restriction": {"type": "keyword"},
            GROUP_FACET: {"type": "keyword"},
            **{facet: {"type": "keyword"} for facet in FACETS},
            **{f"{facet}_key": {"type": "keyword"} for facet in FACETS},
        },
    },
}


class ElasticEngine(SearchEngine):
    """What Elasticsearch 9 and OpenSearch 2 share: the same index and query DSL."""

    def __init__(self, config: dict):
        self.config = config
        self.index_name = f"{config.get('INDEX', 'rhinocc')}_entries"
        # A copy: Wagtail's own backend adds to the OPTIONS of the shared settings.
        options = {**config.get("OPTIONS", {})}
        options.setdefault("timeout", config.get("TIMEOUT", 10))
        self.client = self.make_client(config["URLS"], **options)

    def make_client(self, urls, **options):
        raise NotImplementedError

    def send_search(self, body: dict) -> dict:
        raise NotImplementedError

    def send_bulk(self, operations: list[dict], refresh: bool) -> None:
        raise NotImplementedError

    # Indexing

    def rebuild(self) -> None:
        if self.client.indices.exists(index=self.index_name):
            self.client.indices.delete(index=self.index_name)
        self.create_index()
        ids = list(SearchEntry.objects.values_list("pk", flat=True))
        for start in range(0, len(ids), BULK_SIZE):
            self.index_entries(ids[start : start + BULK_SIZE], refresh=False)
        self.client.indices.refresh(index=self.index_name)

    def create_index(self) -> None:
        self.client.indices.create(index=self.index_name, **self.index_body())

    def index_body(self) -> dict:
        return {"body": INDEX_SETTINGS}

    def index_entries(self, page_ids: list[int], refresh: bool = True) -> None:
        entries = SearchEntry.objects.filter(pk__in=page_ids).prefetch_related("terms")
        operations = []
        for entry in entries:
            operations += [
                {"index": {"_index": self.index_name, "_id": entry.pk}},
                document(entry),
            ]
        if operations:
            self.send_bulk(operations, refresh)

    def delete_entries(self, page_ids: list[int]) -> None:
        operations = [{"delete": {"_index": self.index_name, "_id": pk}} for pk in page_ids]
        if operations:
            self.send_bulk(operations, refresh=True)

    # Searching

    def search(self, search_query: SearchQuery) -> SearchResponse:
        body = search_body(search_query)
        response = self.send_search(body)
        facets = {
            facet: sorted(
                (
                    FacetValue(*bucket["key"].split(KEY_SEPARATOR, 1), bucket["doc_count"])
                    for bucket in response["aggregations"][facet]["values"]["buckets"]
                ),
                key=lambda value: (-value.count, value.label.lower()),
            )
            for facet in search_query.facets
        }
        return SearchResponse(
            page_ids=[int(hit["_id"]) for hit in response["hits"]["hits"]],
            total=response["hits"]["total"]["value"],
            facets=facets,
        )

    def autocomplete(self, search_query: SearchQuery) -> list[int]:
        text = " ".join(search_query.query.all_words)
        if not text:
            return []
        body = {
            "query": {
                "bool": {
                    "must": [
                        {"match": {"title.autocomplete": {"query": text, "operator": "and"}}}
                    ],
                    "filter": base_filters(search_query),
                }
            },
            "sort": ["_score", {"sort_title": "asc"}],
            "size": search_query.limit,
            "_source": False,
        }
        return [int(hit["_id"]) for hit in self.send_search(body)["hits"]["hits"]]


def document(entry: SearchEntry) -> dict:
    doc = {
        "kind": entry.kind,
        "title": entry.title,
        "body": entry.body,
        "sort_title": entry.sort_title,
        "published_at": entry.published_at.isoformat(),
        "restriction": entry.restriction,
        GROUP_FACET: [],
        **{facet: [] for facet in FACETS},
        **{f"{facet}_key": [] for facet in FACETS},
    }
    for term in entry.terms.all():
        doc[term.facet].append(term.value)
        if term.facet != GROUP_FACET:
            doc[f"{term.facet}_key"].append(f"{term.value}{KEY_SEPARATOR}{term.label}")
    return doc


def base_filters(search_query: SearchQuery) -> list[dict]:
    """The kinds asked for, and what this visitor may open."""
    visibility = search_query.visibility
    filters = [{"terms": {"kind": list(search_query.kinds)}}]
    if visibility.superuser:
        allowed = {"bool": {"must_not": {"term": {"restriction": "password"}}}}
    else:
        should = [{"term": {"restriction": ""}}]
        if visibility.authenticated:
            should.append({"term": {"restriction": "login"}})
            if visibility.group_ids:
                should.append(
                    {
                        "bool": {
                            "filter": [
                                {"term": {"restriction": "groups"}},
                                {"terms": {GROUP_FACET: [str(pk) for pk in visibility.group_ids]}},
                            ]
                        }
                    }
                )
        allowed = {"bool": {"should": should, "minimum_should_match": 1}}
    return [*filters, allowed]


def text_query(query: ParsedQuery) -> dict:
    """Every word must match, in the title (first) or the text, typos forgiven; phrases too."""
    if not query:
        return {"match_all": {}}
    must = [
        {
            "multi_match": {
                "query": term,
                "fields": ["title^5", "body"],
                "fuzziness": "AUTO",
                "prefix_length": 1,
            }
        }
        for term in query.terms
    ]
    must += [
        {
            "multi_match": {
                "query": " ".join(phrase),
                "type": "phrase",
                "fields": ["title^5", "body"],
            }
        }
        for phrase in query.phrases
    ]
    return {"bool": {"must": must}}


def facet_filter(facet: str, values: list[str]) -> dict:
    return {"terms": {facet: values}}


def search_body(search_query: SearchQuery) -> dict:
    chosen = {facet: values for facet, values in search_query.filters.items() if values}
    aggregations = {
        facet: {
            "filter": {
                "bool": {
                    "filter": [
                        facet_filter(other, values)
                        for other, values in chosen.items()
                        if other != facet
                    ]
                }
            },
            "aggs": {"values": {"terms": {"field": f"{facet}_key", "size": MAX_FACET_VALUES}}},
        }
        for facet in search_query.facets
    }
    if search_query.sort == "recent" or not search_query.query:
        sort = [{"published_at": "desc"}, {"_id": "desc"}]
    elif search_query.sort == "az":
        sort = [{"sort_title": "asc"}]
    else:
        sort = ["_score", {"published_at": "desc"}]
    return {
        "query": {
            "bool": {
                "must": [text_query(search_query.query)],
                "filter": base_filters(search_query),
            }
        },
        "post_filter": {
            "bool": {"filter": [facet_filter(facet, values) for facet, values in chosen.items()]}
        },
        "aggs": aggregations,
        "sort": sort,
        "from": search_query.offset,
        "size": search_query.limit,
        "track_total_hits": True,
        "_source": False,
    }


class OpenSearch2Engine(ElasticEngine):
    name = "opensearch2"

    def make_client(self, urls, **options):
        from opensearchpy import OpenSearch

        return OpenSearch(urls, **options)

    def send_search(self, body: dict) -> dict:
        return self.client.search(index=self.index_name, body=body)

    def send_bulk(self, operations: list[dict], refresh: bool) -> None:
        self.client.bulk(body=operations, refresh=refresh)


class Elasticsearch9Engine(ElasticEngine):
    name = "elasticsearch9"

    def make_client(self, urls, **options):
        from elasticsearch import Elasticsearch

        options["request_timeout"] = options.pop("timeout")
        return Elasticsearch(urls, **options)

    def index_body(self) -> dict:
        return INDEX_SETTINGS

    def send_search(self, body: dict) -> dict:
        body = dict(body)
        body["from_"] = body.pop("from", 0)
        return self.client.search(index=self.index_name, **body).body

    def send_bulk(self, operations: list[dict], refresh: bool) -> None:
        self.client.bulk(operations=operations, refresh=refresh)
