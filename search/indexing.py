"""Writing the search index: entries from live pages, then the engine's copy.

`index_pages` is the one way in: signals call it on publish, unpublish, move,
delete and privacy changes (see `search.signals`), `manage.py rebuild_search`
for everything. A page that is not live, has expired or is not a searched type
loses its entry. The entries are written in the caller's transaction; the engine
writes its own copy (see `SearchEngine.write`).
"""

from collections.abc import Iterable

from django.db import transaction
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from search.analysis import WORD, fold
from search.models import Restriction, SearchEntry, SearchEntryTerm, SearchWord, index_changed

from .backends import get_engine
from .facets import GROUP_FACET, Facet, Kind
from .registry import Searchable, scoping_models, searched_models

BATCH_SIZE = 200
# Three letters: "mot" of "motdepasse", a split word's shortest part (search.expansion).
MIN_VOCABULARY_WORD_LENGTH = 3


def index_pages(pages: Iterable[Page]) -> None:
    """Bring the entries of these pages up to date with what is live now."""
    page_ids = [page.pk for page in pages]
    for start in range(0, len(page_ids), BATCH_SIZE):
        _index_batch(page_ids[start : start + BATCH_SIZE])


def index_subtree(page: Page) -> None:
    """A page and everything under it: after a move or a privacy change."""
    index_pages(Page.objects.descendant_of(page, inclusive=True).only("pk"))


def remove_pages(page_ids: list[int]) -> None:
    SearchEntry.objects.filter(pk__in=page_ids).delete()
    get_engine().write([], page_ids)
    index_changed()


def rebuild() -> int:
    """Every entry again, from the live pages; returns how many pages were indexed.

    The entries are rewritten in one transaction, then the engine rebuilds its
    copy from them (an external engine into a new index, switched when complete).
    """
    engine = get_engine()
    count = 0
    with transaction.atomic():
        empty_the_index()
        engine.clear()
        for model in searched_models():
            ids = list(model.objects.live().values_list("pk", flat=True))
            for start in range(0, len(ids), BATCH_SIZE):
                _index_batch(ids[start : start + BATCH_SIZE], rebuilding=True)
            count += len(ids)
    engine.rebuild()
    return count


def empty_the_index() -> None:
    """Terms and words go in one statement each; entries are read as ids only (their
    terms' cascade needs them), never with their texts."""
    SearchEntryTerm.objects.all().delete()
    SearchEntry.objects.only("pk").delete()
    SearchWord.objects.all().delete()


def _index_batch(page_ids: list[int], rebuilding: bool = False) -> None:
    context = IndexContext()
    entries, terms = [], []
    live_pages = []
    for model in searched_models():
        live_pages += (
            model.objects.live()
            .filter(pk__in=page_ids, expired=False)
            .prefetch_related(*model.search_related())
        )
    with translation.override("fr"):
        for page in live_pages:
            entry, entry_terms = build_entry(page, context)
            if entry.restriction != Restriction.PASSWORD:
                entries.append(entry)
                terms += entry_terms
    kept = {entry.pk for entry in entries}
    gone = [pk for pk in page_ids if pk not in kept]
    with transaction.atomic():
        SearchEntry.objects.filter(pk__in=page_ids).delete()
        SearchEntry.objects.bulk_create(entries)
        SearchEntryTerm.objects.bulk_create(terms)
        SearchWord.objects.bulk_create(
            [
                SearchWord(word=word, spelling=spelling)
                for word, spelling in vocabulary(entries).items()
            ],
            ignore_conflicts=True,
        )
        # While rebuilding, an external engine is filled from the entries afterwards.
        get_engine().write(entries, gone, rebuilding=rebuilding)
    index_changed()


class IndexContext:
    """The scoping pages (communities) and view restrictions, read once for a batch."""

    def __init__(self):
        self.scopes = [
            (page.path, model.search_scope_facet, *page.search_scope_value())
            for model in scoping_models()
            for page in model.objects.only("path", "slug", "title")
        ]
        self.restrictions = [
            (restriction.page.path, restriction)
            for restriction in PageViewRestriction.objects.select_related("page").prefetch_related(
                "groups"
            )
        ]

    def scope_values(self, page: Page) -> list[tuple[Facet, str, str]]:
        return [
            (facet, value, label)
            for path, facet, value, label in self.scopes
            if page.path.startswith(path) and page.path != path
        ]

    def restriction_of(self, page: Page, inclusive: bool = True) -> tuple[str, list[int]]:
        """The strictest view restriction on the page (unless not `inclusive`) or its
        ancestors."""
        found = [
            r
            for path, r in self.restrictions
            if page.path.startswith(path) and (inclusive or path != page.path)
        ]
        kinds = {restriction.restriction_type for restriction in found}
        if PageViewRestriction.PASSWORD in kinds:
            return Restriction.PASSWORD, []
        if PageViewRestriction.GROUPS in kinds:
            groups = [
                {group.pk for group in r.groups.all()}
                for r in found
                if r.restriction_type == PageViewRestriction.GROUPS
            ]
            return Restriction.GROUPS, sorted(set.intersection(*groups))
        if kinds:
            return Restriction.LOGIN, []
        return Restriction.NONE, []

    def is_restricted_itself(self, page: Page) -> bool:
        return any(path == page.path for path, _restriction in self.restrictions)


def build_entry(
    page: Searchable, context: IndexContext
) -> tuple[SearchEntry, list[SearchEntryTerm]]:
    kind = Kind(page.search_kind)
    card_only = page.search_card_public and context.is_restricted_itself(page)
    restriction, group_ids = context.restriction_of(page, inclusive=not card_only)
    title, body = page.search_card_texts() if card_only else page.search_texts()
    starts_at, ends_at = page.search_dates() or (None, None)
    entry = SearchEntry(
        page_id=page.pk,
        kind=kind,
        title=title,
        sort_title=fold(title)[:255],
        body=body,
        published_at=page.search_published_at(),
        starts_at=starts_at,
        ends_at=ends_at,
        restriction=restriction,
    )
    values = [(Facet.TYPE, kind, kind.label)]
    values += [(GROUP_FACET, str(pk), str(pk)) for pk in group_ids]
    values += page.search_facet_values()
    values += context.scope_values(page)
    terms = [
        SearchEntryTerm(entry=entry, facet=facet, value=str(value)[:255], label=str(label)[:255])
        for facet, value, label in dict.fromkeys(values)
    ]
    return entry, terms


def vocabulary(entries: list[SearchEntry]) -> dict[str, str]:
    """Folded word → its spelling, for the words of the titles and the start of the texts."""
    found = {}
    for entry in entries:
        for spelling in WORD.findall((entry.title + " " + entry.body[:2000]).lower()):
            word = fold(spelling)
            if MIN_VOCABULARY_WORD_LENGTH <= len(word) <= 60 and word.isalpha():
                found.setdefault(word, spelling)
    return found


def rename_term(facet: Facet, value: str, label: str) -> None:
    """A vocabulary term renamed: its facet label follows, in the engine's copy too."""
    terms = SearchEntryTerm.objects.filter(facet=facet, value=value)
    page_ids = list(terms.values_list("entry_id", flat=True))
    terms.update(label=label)
    index_changed()
    get_engine().refresh(page_ids)


def forget_term(facet: Facet, value: str) -> None:
    """A vocabulary term deleted: no facet offers it any more."""
    terms = SearchEntryTerm.objects.filter(facet=facet, value=value)
    page_ids = list(terms.values_list("entry_id", flat=True))
    terms.delete()
    index_changed()
    get_engine().refresh(page_ids)
