"""Elasticsearch 9 and OpenSearch 2: one index of the entries, analysed in French.

Facet counts come back with the results in one request: each facet is an
aggregation filtered by every other facet's choice, and the facets' own choices
apply as a post filter, as the database engine counts them.
"""

import logging
from copy import deepcopy
from uuid import uuid4

from django.db import transaction
from django.utils import timezone

from search.analysis import FRENCH_ANALYSIS, ParsedQuery
from search.engine import SEARCH_ENGINE_ERRORS
from search.expansion import synonym_rules
from search.facets import GROUP_FACET, Facet, Sort
from search.models import Restriction, SearchEntry

from . import MIN_INFIX_LENGTH, FacetValue, SearchEngine, SearchQuery, SearchResponse

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
                "search_analyzer": "rhinocc_french_search",
                "fields": {
                    "autocomplete": {
                        "type": "text",
                        "analyzer": "rhinocc_autocomplete",
                        "search_analyzer": "rhinocc_folded",
                    },
                },
            },
            "body": {
                "type": "text",
                "analyzer": "rhinocc_french",
                "search_analyzer": "rhinocc_french_search",
            },
            "sort_title": {"type": "keyword", "normalizer": "rhinocc_sort"},
            "published_at": {"type": "date"},
            "starts_at": {"type": "date"},
            "ends_at": {"type": "date"},
            "restriction": {"type": "keyword"},
            GROUP_FACET: {"type": "keyword"},
            **{facet: {"type": "keyword"} for facet in Facet},
            **{f"{facet}_key": {"type": "keyword"} for facet in Facet},
        },
    },
}


def index_settings(synonyms: list[str]) -> dict:
    """The index, its searches analysed with the hub's synonyms (Solr rules, see
    `search.expansion.synonym_rules`): a change of synonyms is a new index, filled and
    swapped in behind the alias (`ElasticEngine.rebuild`)."""
    analysis = deepcopy(FRENCH_ANALYSIS)
    indexed = analysis["analyzer"]["rhinocc_french"]["filter"]
    # After folding, as the rules are written; before the stop words, which they hold.
    synonyms_at = indexed.index("asciifolding") + 1
    searched = list(indexed)
    if synonyms:
        searched.insert(synonyms_at, "rhinocc_synonyms")
        analysis["filter"]["rhinocc_synonyms"] = {
            "type": "synonym_graph",
            "synonyms": synonyms,
            "lenient": True,
        }
    analysis["analyzer"]["rhinocc_french_search"] = {"tokenizer": "standard", "filter": searched}
    return {**INDEX_SETTINGS, "settings": {**INDEX_SETTINGS["settings"], "analysis": analysis}}


class ElasticEngine(SearchEngine):
    """What Elasticsearch 9 and OpenSearch 2 share: the same index and query DSL."""

    synonyms_in_index = True

    def __init__(self, config: dict):
        self.config = config
        # An alias: rebuilds fill a new index behind it, then switch (see `rebuild`).
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

    def send_alias_actions(self, actions: list[dict]) -> None:
        raise NotImplementedError

    # Indexing

    def write(self, entries: list, removed_ids: list[int], rebuilding: bool = False) -> None:
        """After the entries are committed: a rolled-back publish leaves no phantom."""
        if rebuilding:
            return
        kept = [entry.pk for entry in entries]
        self.after_commit(lambda: self.push(kept, removed_ids))

    def refresh(self, page_ids: list[int]) -> None:
        self.after_commit(lambda: self.push(page_ids, []))

    @staticmethod
    def after_commit(push) -> None:
        transaction.on_commit(push)

    def push(self, page_ids: list[int], removed_ids: list[int]) -> None:
        """Publishing never fails because the engine is down: the failure is logged."""
        try:
            self.index_entries(page_ids)
            self.delete_entries(removed_ids)
        except SEARCH_ENGINE_ERRORS:
            logger.exception(
                "Search engine: writing pages %s failed", [*page_ids, *removed_ids][:20]
            )

    def check(self) -> None:
        self.client.indices.get_alias(name=self.index_name)

    def rebuild(self) -> None:
        """A new index filled from the entries, then the alias switched to it at once:
        the public search always has a complete index to answer from."""
        new_index = f"{self.index_name}_{uuid4().hex[:12]}"
        self.client.indices.create(index=new_index, **self.index_body())
        ids = list(SearchEntry.objects.values_list("pk", flat=True))
        for start in range(0, len(ids), BULK_SIZE):
            self.index_entries(ids[start : start + BULK_SIZE], refresh=False, index=new_index)
        self.client.indices.refresh(index=new_index)
        old_indices = self.aliased_indices()
        if self.client.indices.exists(index=self.index_name) and not old_indices:
            # An index of the alias's name, from before aliases: it must go first.
            self.client.indices.delete(index=self.index_name)
        actions = [{"add": {"index": new_index, "alias": self.index_name}}]
        actions += [{"remove": {"index": old, "alias": self.index_name}} for old in old_indices]
        self.send_alias_actions(actions)
        for old in old_indices:
            self.client.indices.delete(index=old)

    def aliased_indices(self) -> list[str]:
        if not self.client.indices.exists_alias(name=self.index_name):
            return []
        return list(self.client.indices.get_alias(name=self.index_name))

    def index_body(self) -> dict:
        return {"body": index_settings(synonym_rules())}

    def index_entries(self, page_ids: list[int], refresh: bool = True, index: str = "") -> None:
        entries = SearchEntry.objects.filter(pk__in=page_ids).prefetch_related("terms")
        operations = []
        for entry in entries:
            operations += [
                {"index": {"_index": index or self.index_name, "_id": entry.pk}},
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
        begins = {"match": {"title.autocomplete": {"query": text, "operator": "and"}}}
        *complete, begun = search_query.query.all_words
        should = [begins]
        if len(begun) >= MIN_INFIX_LENGTH:
            # Inside a word, as the database engine does ("connect" in "FranceConnect"):
            # the typed word is folded as the sort title is, and holds no wildcard.
            inside = [{"wildcard": {"sort_title": {"value": f"*{begun}*"}}}]
            inside += [{"match": {"title": {"query": word}}} for word in complete]
            should.append({"bool": {"filter": inside, "boost": 0.5}})
        body = {
            "query": {
                "bool": {
                    "should": should,
                    "minimum_should_match": 1,
                    "filter": base_filters(search_query),
                }
            },
            "sort": ["_score", {"sort_title": "asc"}],
            "size": search_query.limit,
            "_source": False,
        }
        return [int(hit["_id"]) for hit in self.send_search(body)["hits"]["hits"]]


# The database engine's date keys (search.backends.database.with_date_rank), in Painless:
# past events rank after the rest, computed at query time against `now`.
ENDS = "doc['ends_at'].value.toInstant().toEpochMilli()"
STARTS = "doc['starts_at'].value.toInstant().toEpochMilli()"
DATED = "doc['ends_at'].size() != 0"
IS_OVER = f"{DATED} && {ENDS} < params.now ? 1 : 0"
DATE_RANK = f"!({DATED}) ? 2 : ({ENDS} < params.now ? 1 : 0)"
UPCOMING_START = f"{DATED} && {ENDS} >= params.now ? {STARTS} : 9.0E18"
PAST_START = f"{DATED} && {ENDS} < params.now ? {STARTS} : -9.0E18"


def script_sort(source: str, now: int, order: str = "asc") -> dict:
    return {
        "_script": {
            "type": "number",
            "script": {"lang": "painless", "source": source, "params": {"now": now}},
            "order": order,
        }
    }


def document(entry: SearchEntry) -> dict:
    doc = {
        "kind": entry.kind,
        "title": entry.title,
        "body": entry.body,
        "sort_title": entry.sort_title,
        "published_at": entry.published_at.isoformat(),
        "starts_at": entry.starts_at and entry.starts_at.isoformat(),
        "ends_at": entry.ends_at and entry.ends_at.isoformat(),
        "restriction": entry.restriction,
        GROUP_FACET: [],
        **{facet: [] for facet in Facet},
        **{f"{facet}_key": [] for facet in Facet},
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
        allowed = {"bool": {"must_not": {"term": {"restriction": Restriction.PASSWORD}}}}
    else:
        should = [{"term": {"restriction": Restriction.NONE}}]
        if visibility.authenticated:
            should.append({"term": {"restriction": Restriction.LOGIN}})
            if visibility.group_ids:
                should.append(
                    {
                        "bool": {
                            "filter": [
                                {"term": {"restriction": Restriction.GROUPS}},
                                {"terms": {GROUP_FACET: [str(pk) for pk in visibility.group_ids]}},
                            ]
                        }
                    }
                )
        allowed = {"bool": {"should": should, "minimum_should_match": 1}}
    return [*filters, allowed]


def text_query(query: ParsedQuery) -> dict:
    """Every slot must match, in the title (first) or the text, typos forgiven in single
    words; phrases as phrases."""
    if not query:
        return {"match_all": {}}
    must = []
    for slot in query.slots:
        options = [alternative_query(alternative) for alternative in slot]
        must.append(
            options[0]
            if len(options) == 1
            else {"bool": {"should": options, "minimum_should_match": 1}}
        )
    return {"bool": {"must": must}}


def alternative_query(alternative: tuple[str, ...]) -> dict:
    if len(alternative) > 1:
        return {
            "multi_match": {
                "query": " ".join(alternative),
                "type": "phrase",
                "fields": ["title^5", "body"],
            }
        }
    return {
        "multi_match": {
            "query": alternative[0],
            "fields": ["title^5", "body"],
            "fuzziness": "AUTO",
            "prefix_length": 1,
        }
    }


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
    now = int(timezone.now().timestamp() * 1000)
    if search_query.sort == Sort.DATE:
        sort = [
            script_sort(DATE_RANK, now),
            script_sort(UPCOMING_START, now),
            script_sort(PAST_START, now, "desc"),
            {"published_at": "desc"},
            {"_id": "desc"},
        ]
    elif search_query.sort == Sort.RECENT or not search_query.query:
        sort = [script_sort(IS_OVER, now), {"published_at": "desc"}, {"_id": "desc"}]
    elif search_query.sort == Sort.AZ:
        sort = [{"sort_title": "asc"}]
    else:
        sort = [script_sort(IS_OVER, now), "_score", {"published_at": "desc"}]
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

    def send_alias_actions(self, actions: list[dict]) -> None:
        self.client.indices.update_aliases(body={"actions": actions})


class Elasticsearch9Engine(ElasticEngine):
    name = "elasticsearch9"

    def make_client(self, urls, **options):
        from elasticsearch import Elasticsearch

        options["request_timeout"] = options.pop("timeout")
        return Elasticsearch(urls, **options)

    def index_body(self) -> dict:
        return index_settings(synonym_rules())

    def send_search(self, body: dict) -> dict:
        body = dict(body)
        body["from_"] = body.pop("from", 0)
        return self.client.search(index=self.index_name, **body).body

    def send_bulk(self, operations: list[dict], refresh: bool) -> None:
        self.client.bulk(operations=operations, refresh=refresh)

    def send_alias_actions(self, actions: list[dict]) -> None:
        self.client.indices.update_aliases(actions=actions)
