# ruff: noqa: S608, S611 - the SQL below joins constants and subqueries Django compiled;
# whatever the visitor typed travels as a query parameter, never in the SQL text.
"""The embedded engine: SQLite FTS5, or PostgreSQL full text search with the `french` config.

Both match against the text table `rhinocc_search_fts` created by the search
migrations for the database in use; filters and facet counts are plain SQL on the
entries and their terms, the same for both.
"""

from hashlib import sha256

from django.core.cache import cache
from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Min, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.utils import timezone

from search.analysis import ParsedQuery, alternative_stems, fold, singular_text, stems, words
from search.facets import Sort
from search.models import SearchEntry, SearchEntryTerm, index_generation

from . import MIN_INFIX_LENGTH, FacetValue, SearchEngine, SearchQuery, SearchResponse

# bm25 weight of each FTS5 column (title, body, title_words): title matches rank first.
SQLITE_WEIGHTS = "10.0, 1.0, 0.0"


class DatabaseEngine(SearchEngine):
    name = "database"

    def __init__(self, config: dict):
        self.config = config

    # Text: one row per entry in rhinocc_search_fts, in the entries' own transaction.

    def write(self, entries: list[SearchEntry], removed_ids: list[int], rebuilding=False):
        with connection.cursor() as cursor:
            delete_text(cursor, removed_ids)
        write_text(entries)

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM rhinocc_search_fts")

    def check(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM rhinocc_search_fts LIMIT 1")

    # Searching

    def search(self, search_query: SearchQuery) -> SearchResponse:
        query = search_query.query
        entries = visible_entries(search_query)
        if query:
            entries = entries.filter(pk__in=RawSQL(*text_match(query)))
        filtered = filter_entries(entries, search_query.filters)
        total = filtered.count()
        page_ids = self.ordered_ids(filtered, search_query) if total else []
        if not search_query.facets:
            facets = {}
        elif query or any(search_query.filters.values()):
            facets = count_facets(entries, search_query)
        else:
            # The whole index's counts, the heaviest and the most asked for (an empty
            # search, a listing): kept until the index changes.
            scope = repr((search_query.kinds, search_query.facets, search_query.visibility))
            key = f"search-facets:{index_generation()}:{sha256(scope.encode()).hexdigest()}"
            facets = cache.get_or_set(key, lambda: count_facets(entries, search_query))
        return SearchResponse(page_ids=page_ids, total=total, facets=facets)

    def ordered_ids(self, entries: QuerySet, search_query: SearchQuery) -> list[int]:
        start, end = search_query.offset, search_query.offset + search_query.limit
        now = timezone.now()
        if search_query.sort == Sort.DATE:
            entries = with_date_rank(entries, now)
            order = (
                "date_rank",
                F("upcoming_start").asc(nulls_last=True),
                F("past_start").desc(nulls_last=True),
                "-published_at",
                "-pk",
            )
        elif search_query.sort == Sort.RECENT or not search_query.query:
            # Past events after the rest: what is over is not news any more.
            entries = entries.annotate(is_over=is_over(now))
            order = ("is_over", "-published_at", "-pk")
        elif search_query.sort == Sort.AZ:
            order = ("sort_title", "pk")
        else:
            return ranked_ids(entries, search_query.query, search_query.limit, start, now)
        return list(entries.order_by(*order).values_list("pk", flat=True)[start:end])

    def autocomplete(self, search_query: SearchQuery) -> list[int]:
        """Titles with a word beginning as the last word typed (the others whole) first,
        then titles holding it inside a word: "connect" finds "FranceConnect"."""
        prefix = search_query.query.all_words
        if not prefix:
            return []
        *complete, begun = prefix
        begins = Q(pk__in=RawSQL(*prefix_match(prefix)))
        matches = begins
        if len(begun) >= MIN_INFIX_LENGTH:
            inside = Q(sort_title__contains=begun)
            if complete:
                inside &= Q(pk__in=RawSQL(*prefix_match(complete, begun=False)))
            matches |= inside
        entries = visible_entries(search_query).filter(matches)
        first = Case(When(begins, then=Value(0)), default=Value(1), output_field=IntegerField())
        return list(
            entries.order_by(first, "sort_title").values_list("pk", flat=True)[
                : search_query.limit
            ]
        )


def write_text(entries: list[SearchEntry]) -> None:
    ids = [entry.pk for entry in entries]
    with connection.cursor() as cursor:
        delete_text(cursor, ids)
        if connection.vendor == "postgresql":
            cursor.executemany(
                "INSERT INTO rhinocc_search_fts (page_id, document, title_words) VALUES "
                "(%s, setweight(to_tsvector('french', %s), 'A') || "
                "setweight(to_tsvector('french', %s), 'D'), to_tsvector('simple', %s))",
                [
                    (
                        entry.pk,
                        singular_text(entry.title),
                        singular_text(entry.body),
                        fold(entry.title),
                    )
                    for entry in entries
                ],
            )
        else:
            cursor.executemany(
                "INSERT INTO rhinocc_search_fts (rowid, title, body, title_words) "
                "VALUES (%s, %s, %s, %s)",
                [
                    (
                        entry.pk,
                        " ".join(stems(entry.title)),
                        " ".join(stems(entry.body)),
                        " ".join(words(entry.title)),
                    )
                    for entry in entries
                ],
            )


def delete_text(cursor, page_ids: list[int]) -> None:
    if not page_ids:
        return
    column = "page_id" if connection.vendor == "postgresql" else "rowid"
    placeholders = ", ".join(["%s"] * len(page_ids))
    cursor.execute(f"DELETE FROM rhinocc_search_fts WHERE {column} IN ({placeholders})", page_ids)


def visible_entries(search_query: SearchQuery) -> QuerySet:
    """Entries of the wanted kinds that this visitor may open."""
    return SearchEntry.objects.filter(kind__in=search_query.kinds).visible_to(
        search_query.visibility
    )


def filter_entries(entries: QuerySet, filters: dict[str, list[str]], but: str = "") -> QuerySet:
    """Values of one facet combine with OR, facets with AND."""
    for facet, values in filters.items():
        if facet != but and values:
            entries = entries.filter(
                pk__in=SearchEntryTerm.objects.filter(facet=facet, value__in=values).values(
                    "entry_id"
                )
            )
    return entries


def count_facets(entries: QuerySet, search_query: SearchQuery) -> dict[str, list[FacetValue]]:
    """Counts for each facet value among the results, the facet's own choice set aside.

    Set aside so that a visitor who ticked "Seniors" still sees how many results
    "Jeunes" would add: one query for the facets without a choice, one per facet with one.
    """
    filters = search_query.filters
    chosen = [facet for facet in search_query.facets if filters.get(facet)]
    free = [facet for facet in search_query.facets if facet not in chosen]
    rows = []
    if free:
        rows += facet_rows(filter_entries(entries, filters), free)
    for facet in chosen:
        rows += facet_rows(filter_entries(entries, filters, but=facet), [facet])
    facets = {facet: [] for facet in search_query.facets}
    for row in rows:
        facets[row["facet"]].append(FacetValue(row["value"], row["label"], row["count"]))
    for values in facets.values():
        values.sort(key=lambda value: (-value.count, fold(value.label)))
    return facets


def facet_rows(entries: QuerySet, facets: list[str]) -> list[dict]:
    return list(
        SearchEntryTerm.objects.filter(facet__in=facets, entry_id__in=entries.values("pk"))
        .values("facet", "value")
        .annotate(count=Count("entry_id"), label=Min("label"))
    )


def text_match(query: ParsedQuery) -> tuple[str, list]:
    """SQL selecting the ids of the entries whose text matches the query."""
    if connection.vendor == "postgresql":
        tsquery, params = postgresql_tsquery(query)
        return f"SELECT page_id FROM rhinocc_search_fts WHERE document @@ ({tsquery})", params
    return (
        "SELECT rowid FROM rhinocc_search_fts WHERE rhinocc_search_fts MATCH %s",
        [fts5_expression(query)],
    )


def is_over(now) -> Case:
    """1 for a dated entry whose date is past (an event that took place), else 0."""
    return Case(
        When(ends_at__lt=now, then=Value(1)), default=Value(0), output_field=IntegerField()
    )


def with_date_rank(entries: QuerySet, now) -> QuerySet:
    """The "date" sort's keys: upcoming (0), past (1), undated (2); then the start, soonest
    first for the upcoming, latest first for the past."""
    return entries.annotate(
        date_rank=Case(
            When(ends_at__isnull=True, then=Value(2)),
            When(ends_at__lt=now, then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        ),
        upcoming_start=Case(When(Q(ends_at__gte=now), then=F("starts_at"))),
        past_start=Case(When(Q(ends_at__lt=now), then=F("starts_at"))),
    )


def ranked_ids(
    entries: QuerySet, query: ParsedQuery, limit: int, offset: int, now=None
) -> list[int]:
    """The ids of one page of entries, best match first (title above body); past events
    after every other match, as on the other engines."""
    entries_sql, entries_params = entries.values("pk").query.sql_with_params()
    table = SearchEntry._meta.db_table
    over = connection.ops.adapt_datetimefield_value(now or timezone.now())
    past_last = "(CASE WHEN e.ends_at IS NOT NULL AND e.ends_at < %s THEN 1 ELSE 0 END)"
    if connection.vendor == "postgresql":
        tsquery, params = postgresql_tsquery(query)
        sql = (
            f"SELECT f.page_id FROM rhinocc_search_fts f JOIN {table} e ON e.page_id = f.page_id "
            f"WHERE f.document @@ ({tsquery}) AND f.page_id IN ({entries_sql}) "
            f"ORDER BY {past_last}, ts_rank(f.document, ({tsquery})) DESC, f.page_id DESC "
            "LIMIT %s OFFSET %s"
        )
        params = [*params, *entries_params, over, *params, limit, offset]
    else:
        # Materialised first: with the entries' filter beside MATCH, SQLite would run the
        # full-text query once per candidate row.
        sql = (
            "WITH matches AS MATERIALIZED (SELECT rowid AS id, "
            f"bm25(rhinocc_search_fts, {SQLITE_WEIGHTS}) AS score FROM rhinocc_search_fts "
            "WHERE rhinocc_search_fts MATCH %s) "
            f"SELECT m.id FROM matches m JOIN {table} e ON e.page_id = m.id "
            f"WHERE m.id IN ({entries_sql}) "
            f"ORDER BY {past_last}, m.score, m.id DESC LIMIT %s OFFSET %s"
        )
        params = [fts5_expression(query), *entries_params, over, limit, offset]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def prefix_match(prefix_words: list[str], begun: bool = True) -> tuple[str, list]:
    """SQL selecting entries whose title has these words, the last one begun."""
    *complete, last = prefix_words
    if connection.vendor == "postgresql":
        tsquery = " & ".join([*complete, f"{last}:*" if begun else last])
        return (
            "SELECT page_id FROM rhinocc_search_fts WHERE title_words @@ to_tsquery('simple', %s)",
            [tsquery],
        )
    expression = " ".join(
        [*(f'"{word}"' for word in complete), f'"{last}"*' if begun else f'"{last}"']
    )
    return (
        "SELECT rowid FROM rhinocc_search_fts WHERE rhinocc_search_fts MATCH %s",
        [f"title_words : ({expression})"],
    )


def fts5_expression(query: ParsedQuery) -> str:
    """Stems quoted as FTS5 strings: nothing the visitor typed is read as FTS5 syntax.

    Every slot must match, through one of its alternatives (a word or a phrase)."""
    parts = []
    for slot in query.slots:
        options = dict.fromkeys(
            '"' + " ".join(stems) + '"'
            for alternative in slot
            if (stems := alternative_stems(alternative))
        )
        if options:
            parts.append("(" + " OR ".join(options) + ")")
    return "{title body} : (" + " AND ".join(parts) + ")"


def postgresql_tsquery(query: ParsedQuery) -> tuple[str, list]:
    parts, params = [], []
    for slot in query.slots:
        options = []
        for alternative in slot:
            function = "phraseto_tsquery" if len(alternative) > 1 else "plainto_tsquery"
            options.append(f"{function}('french', %s)")
            params.append(singular_text(" ".join(alternative)))
        parts.append("(" + " || ".join(options) + ")")
    return " && ".join(parts), params
