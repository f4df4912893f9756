"""Search engines behind /recherche/: the database (default), Elasticsearch 9, OpenSearch 2.

The engine follows Wagtail's `WAGTAILSEARCH_BACKENDS["default"]`, itself set from the
SEARCH_URL environment variable (see `rhinocc.search_url`), so the admin and the
public search always use the same engine.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.module_loading import import_string

from search.analysis import ParsedQuery
from search.facets import Sort

# Autocomplete looks inside words from this length: a letter or two would match most titles.
MIN_INFIX_LENGTH = 3


@dataclass(frozen=True)
class Visibility:
    """What a visitor may find: public entries, and restricted ones they may open."""

    authenticated: bool = False
    superuser: bool = False
    group_ids: tuple[int, ...] = ()

    @classmethod
    def of(cls, user) -> "Visibility":
        if not user.is_authenticated:
            return cls()
        return cls(
            authenticated=True,
            superuser=user.is_superuser,
            group_ids=tuple(user.groups.values_list("pk", flat=True)),
        )


@dataclass
class SearchQuery:
    query: ParsedQuery
    kinds: tuple[str, ...]
    filters: dict[str, list[str]] = field(default_factory=dict)
    facets: tuple[str, ...] = ()
    sort: Sort = Sort.RELEVANCE
    offset: int = 0
    limit: int = 20
    visibility: Visibility = field(default_factory=Visibility)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int


@dataclass
class SearchResponse:
    page_ids: list[int]
    total: int
    facets: dict[str, list[FacetValue]]


class SearchEngine:
    """What every engine does. The entries (`search.models`) are the database's, written
    by `search.indexing`; each engine writes its own copy of them."""

    name = ""
    # Whether the index applies the synonyms itself (`search.expansion` then only
    # glues and splits words).
    synonyms_in_index = False

    def write(self, entries: list, removed_ids: list[int], rebuilding: bool = False) -> None:
        """Called in the transaction that saved `entries` and deleted `removed_ids`."""

    def refresh(self, page_ids: list[int]) -> None:
        """These entries' facet labels changed (a term was renamed or deleted)."""

    def clear(self) -> None:
        """Called in the transaction of a rebuild, before the entries are written again."""

    def rebuild(self) -> None:
        """After a rebuild's entries are committed: recreate the engine's copy from them."""

    def check(self) -> None:
        """Raises if the engine cannot answer a search (for /healthz)."""
        raise NotImplementedError

    def search(self, search_query: SearchQuery) -> SearchResponse:
        raise NotImplementedError

    def autocomplete(self, search_query: SearchQuery) -> list[int]:
        raise NotImplementedError


ENGINES = {
    "wagtail.search.backends.database": "search.backends.database.DatabaseEngine",
    "wagtail.search.backends.elasticsearch9": "search.backends.elastic.Elasticsearch9Engine",
    "wagtail.search.backends.opensearch2": "search.backends.elastic.OpenSearch2Engine",
}
_engines: dict[str, SearchEngine] = {}


def get_engine() -> SearchEngine:
    """The engine of the current settings; one instance (one client) per configuration."""
    config = settings.WAGTAILSEARCH_BACKENDS["default"]
    key = repr(sorted(config.items()))
    if key not in _engines:
        engine_class = import_string(ENGINES[config["BACKEND"]])
        _engines[key] = engine_class(config)
    return _engines[key]
