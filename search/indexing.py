"""Writing the search index: entries from live pages, then the engine's copy.

`index_pages` is the one way in: signals call it on publish, unpublish, move,
delete and privacy changes (see `search.signals`), `manage.py rebuild_search`
for everything. A page that is not live, has expired or is not a searched type
loses its entry.
"""

import logging
from collections.abc import Iterable

from django.apps import apps
from django.db import transaction
from django.utils import timezone, translation
from django.utils.html import strip_tags
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from search.analysis import WORD, fold
from search.models import (
    Kind,
    Restriction,
    SearchEntry,
    SearchEntryTerm,
    SearchWord,
    index_changed,
)

from .backends import GROUP_FACET, get_engine
from .backends.database import DatabaseEngine
from .engine import SEARCH_ENGINE_ERRORS

logger = logging.getLogger(__name__)

KIND_OF_MODEL = {
    "catalogue.trainingmodulepage": Kind.MODULE,
    "kits.kitpage": Kind.KIT,
    "kits.workshopcontentpage": Kind.CONTENT,
    "kits.resourcepage": Kind.RESOURCE,
    "communities.communitypage": Kind.COMMUNITY,
}
BATCH_SIZE = 200
MIN_SUGGESTED_WORD_LENGTH = 4


def searched_models() -> list[type[Page]]:
    return [apps.get_model(label) for label in KIND_OF_MODEL]


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
    DatabaseEngine.delete_text(page_ids)
    index_changed()
    _tell_engine("delete_entries", page_ids)


def rebuild() -> int:
    """Every entry again, from the live pages; returns how many pages were indexed."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        SearchWord.objects.all().delete()
        DatabaseEngine.clear_text()
    count = 0
    for model in searched_models():
        ids = list(model.objects.live().values_list("pk", flat=True))
        for start in range(0, len(ids), BATCH_SIZE):
            _index_batch(ids[start : start + BATCH_SIZE], tell_engine=False)
        count += len(ids)
    get_engine().rebuild()
    return count


def _index_batch(page_ids: list[int], tell_engine: bool = True) -> None:
    context = IndexContext()
    entries, terms = [], []
    live_pages = []
    for model in searched_models():
        live_pages += (
            model.objects.live()
            .filter(pk__in=page_ids, expired=False)
            .prefetch_related(*related_fields(model))
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
        DatabaseEngine.delete_text(gone)
        DatabaseEngine.write_text(entries)
    index_changed()
    if tell_engine:
        _tell_engine("index_entries", sorted(kept))
        _tell_engine("delete_entries", gone)


def _tell_engine(method: str, page_ids: list[int]) -> None:
    """The external engine's copy; publishing never fails because the engine is down."""
    if not page_ids:
        return
    try:
        getattr(get_engine(), method)(page_ids)
    except SEARCH_ENGINE_ERRORS:
        logger.exception("Search engine: %s failed for pages %s", method, page_ids[:20])


class IndexContext:
    """The communities and view restrictions, read once for a batch of pages."""

    def __init__(self):
        community_model = apps.get_model("communities.communitypage")
        self.communities = list(community_model.objects.values_list("path", "slug", "title"))
        self.restrictions = [
            (restriction.page.path, restriction)
            for restriction in PageViewRestriction.objects.select_related("page").prefetch_related(
                "groups"
            )
        ]

    def community_of(self, page: Page):
        for path, slug, title in self.communities:
            if page.path.startswith(path) and page.path != path:
                return slug, title
        return None

    def restriction_of(self, page: Page) -> tuple[str, list[int]]:
        """The strictest view restriction on the page or its ancestors."""
        found = [r for path, r in self.restrictions if page.path.startswith(path)]
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


def build_entry(page: Page, context: IndexContext) -> tuple[SearchEntry, list[SearchEntryTerm]]:
    kind = KIND_OF_MODEL[page._meta.label_lower]
    restriction, group_ids = context.restriction_of(page)
    entry = SearchEntry(
        page_id=page.pk,
        kind=kind,
        title=page.title,
        sort_title=fold(page.title)[:255],
        body=searchable_text(page),
        # Pages created live (add_child) were never "published": they date from now.
        published_at=page.first_published_at or page.last_published_at or timezone.now(),
        restriction=restriction,
    )
    values = [("type", kind, Kind(kind).label)]
    values += [(GROUP_FACET, str(pk), str(pk)) for pk in group_ids]
    values += facet_values(page, context)
    terms = [
        SearchEntryTerm(entry=entry, facet=facet, value=str(value)[:255], label=str(label)[:255])
        for facet, value, label in dict.fromkeys(values)
    ]
    return entry, terms


def facet_values(page: Page, context: IndexContext) -> list[tuple[str, str, str]]:
    values = []
    if hasattr(page, "competencies"):
        values += [("competence", c.code, str(c)) for c in page.competencies.all()]
        values += [("public", p.slug, p.name) for p in page.publics.all()]
        values += [("etiquette", t.slug, t.name) for t in page.tags.all()]
    if hasattr(page, "themes"):
        values += [("thematique", t.slug, t.name) for t in page.themes.all()]
    if hasattr(page, "departments"):
        values += [("departement", d.code, str(d)) for d in page.departments.all()]
    if community := context.community_of(page):
        values.append(("communaute", *community))
    if modality := getattr(page, "modality", ""):
        values.append(("modalite", modality, page.get_modality_display()))
    if level := getattr(page, "level", ""):
        values.append(("niveau", level, page.get_level_display()))
    return values


def related_fields(model) -> list[str]:
    names = [
        field.field_name for field in model.search_fields if isinstance(field, index.RelatedFields)
    ]
    return [*names, *(name for name in ("publics", "themes") if hasattr(model, name))]


def searchable_text(page: Page) -> str:
    """Everything the page's `search_fields` declare, title excepted, as plain text."""
    parts = []
    for field in page.search_fields:
        if isinstance(field, index.SearchField) and field.field_name != "title":
            parts += field_text(page, field.field_name)
        elif isinstance(field, index.RelatedFields):
            related = getattr(page, field.field_name)
            for obj in related.all() if hasattr(related, "all") else [related]:
                for subfield in field.fields:
                    if isinstance(subfield, index.SearchField):
                        parts += field_text(obj, subfield.field_name)
    return "\n".join(part for part in parts if part)


def field_text(obj, name: str) -> list[str]:
    value = getattr(obj, name, None)
    if value is None:
        return []
    try:
        model_field = obj._meta.get_field(name)
    except Exception:  # noqa: BLE001 - a method or property, not a model field
        model_field = None
    if hasattr(model_field, "get_searchable_content"):
        texts = model_field.get_searchable_content(value)
    else:
        texts = [str(value)]
    return [" ".join(strip_tags(str(text)).split()) for text in texts]


def vocabulary(entries: list[SearchEntry]) -> dict[str, str]:
    """Folded word → its spelling, for the words of the titles and the start of the texts."""
    found = {}
    for entry in entries:
        for spelling in WORD.findall((entry.title + " " + entry.body[:2000]).lower()):
            word = fold(spelling)
            if MIN_SUGGESTED_WORD_LENGTH <= len(word) <= 60 and word.isalpha():
                found.setdefault(word, spelling)
    return found


def rename_term(facet: str, value: str, label: str) -> None:
    """A vocabulary term renamed: its facet label follows, in the engine's copy too."""
    terms = SearchEntryTerm.objects.filter(facet=facet, value=value)
    page_ids = list(terms.values_list("entry_id", flat=True))
    terms.update(label=label)
    index_changed()
    _tell_engine("index_entries", page_ids)


def forget_term(facet: str, value: str) -> None:
    """A vocabulary term deleted: no facet offers it any more."""
    terms = SearchEntryTerm.objects.filter(facet=facet, value=value)
    page_ids = list(terms.values_list("entry_id", flat=True))
    terms.delete()
    index_changed()
    _tell_engine("index_entries", page_ids)
