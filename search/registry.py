"""What a page type contributes to the search catalogue.

A content app makes its page type searchable by mixing in `Searchable` (before
`Page`) and saying what it contributes: its kind, its facet values, its texts and
its publication date (the "newest" sort). The search finds those page types by this
interface alone: it imports no content app and names none.
"""

from collections.abc import Iterable
from datetime import datetime
from functools import cache
from typing import ClassVar

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.search import index

from .facets import Facet, Kind

FacetValues = Iterable[tuple[Facet, str, str]]  # (facet, value, label)


class Searchable:
    """A page type listed by the search (modules, kits, contents, resources, communities)."""

    search_kind: ClassVar[Kind]
    # Relations that facet values and texts read, prefetched for a batch of pages.
    search_prefetch: ClassVar[tuple[str, ...]] = ()
    # A page type whose pages give their descendants a facet value of their own: the
    # contents under a community space are that community's (`communaute`).
    search_scope_facet: ClassVar[Facet | None] = None
    # A page type whose card every visitor finds, even where the page itself is
    # restricted (a private community space: its card is public, its page and what is
    # below are its members'). Such an entry then holds the card's texts only.
    search_card_public: ClassVar[bool] = False

    def search_facet_values(self) -> FacetValues:
        """The page's values of each facet, `type` aside (the kind gives it)."""
        return ()

    def choice_facet_value(self, facet: Facet, field_name: str) -> FacetValues:
        """A choice field's value as a facet value, labelled as the field displays it."""
        if value := getattr(self, field_name):
            yield facet, value, getattr(self, f"get_{field_name}_display")()

    def search_scope_value(self) -> tuple[str, str]:
        """(value, label) that the pages below carry for `search_scope_facet`."""
        return self.slug, self.title

    def search_texts(self) -> tuple[str, str]:
        """The title, ranked first, and the rest of the text: every `search_fields` field."""
        return self.title, searchable_text(self)

    def search_card_texts(self) -> tuple[str, str]:
        """What the page's card shows (`search_card_public`): its title and summary."""
        return self.title, getattr(self, "summary", "")

    def search_dates(self) -> tuple[datetime, datetime] | None:
        """(start, end) of the page's next date, aware: an event, a module's next session.
        The "date" sort orders by it; past ones rank after the others."""
        return None

    def search_published_at(self) -> datetime:
        """When the page first appeared: what the "newest" sort orders by."""
        # Pages created live (add_child) were never "published": they date from now.
        return self.first_published_at or self.last_published_at or timezone.now()

    @classmethod
    def search_related(cls) -> list[str]:
        related = [f.field_name for f in cls.search_fields if isinstance(f, index.RelatedFields)]
        return list(dict.fromkeys([*related, *cls.search_prefetch]))


class ClassifiedSearchable(Searchable):
    """For page types classified by the shared vocabularies (taxonomy.ClassifiedMixin)."""

    search_prefetch = ("competencies", "publics", "themes", "tags")

    def search_facet_values(self) -> FacetValues:
        yield from ((Facet.COMPETENCY, c.code, str(c)) for c in self.competencies.all())
        yield from ((Facet.PUBLIC, p.slug, p.name) for p in self.publics.all())
        yield from ((Facet.THEME, t.slug, t.name) for t in self.themes.all())
        yield from ((Facet.TAG, t.slug, t.name) for t in self.tags.all())


@cache
def searched_models() -> list[type]:
    """The concrete page types that implement `Searchable`, one per kind (models are
    registered once, at start-up)."""
    models = [m for m in apps.get_models() if issubclass(m, Searchable)]
    kinds = [model.search_kind for model in models]
    if len(kinds) != len(set(kinds)):
        raise ImproperlyConfigured(f"One searchable page type per search kind: {kinds}")
    return models


def scoping_models() -> list[type]:
    return [model for model in searched_models() if model.search_scope_facet]


def searchable_text(page) -> str:
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
    except FieldDoesNotExist:  # a method or a property
        model_field = None
    if hasattr(model_field, "get_searchable_content"):
        texts = model_field.get_searchable_content(value)
    else:
        texts = [str(value)]
    return [" ".join(strip_tags(str(text)).split()) for text in texts]
