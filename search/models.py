"""The search index kept in the database: one entry per live content page or community.

Entries are the single source for filters, facet counts and sorting on every
engine; the text itself is matched by the engine (see `search.backends`). They
are written from live pages only, so drafts never reach them.
"""

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.generations import CacheGeneration

from .analysis import words
from .facets import GROUP_FACET, Kind

if TYPE_CHECKING:
    from .backends import Visibility


class Restriction(models.TextChoices):
    NONE = "", _("Public")
    LOGIN = "login", _("Logged-in visitors")
    GROUPS = "groups", _("Some groups")
    PASSWORD = "password", _("Password")


class SearchEntryQuerySet(models.QuerySet):
    def visible_to(self, visibility: "Visibility") -> "SearchEntryQuerySet":
        """The entries this visitor may open, as Wagtail's view restrictions say.

        Results, facet counts, filter labels and suggestions all start from here.
        """
        if visibility.superuser:
            return self.exclude(restriction=Restriction.PASSWORD)
        allowed = models.Q(restriction=Restriction.NONE)
        if visibility.authenticated:
            allowed |= models.Q(restriction=Restriction.LOGIN)
            if visibility.group_ids:
                allowed |= models.Q(
                    restriction=Restriction.GROUPS,
                    pk__in=SearchEntryTerm.objects.filter(
                        facet=GROUP_FACET, value__in=[str(pk) for pk in visibility.group_ids]
                    ).values("entry_id"),
                )
        return self.filter(allowed)


class SearchEntry(models.Model):
    page = models.OneToOneField(
        Page,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="search_entry",
        verbose_name=_("page"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    title = models.CharField(_("title"), max_length=255)
    # The title folded (no accents, no case): what A–Z sorts on.
    sort_title = models.CharField(_("sort title"), max_length=255)
    body = models.TextField(_("text"), blank=True)
    published_at = models.DateTimeField(_("first published at"))
    # A dated page's next date (an event, a module's next session): the "date" sort, and
    # what ranks a past event after the upcoming ones (`ends_at` before now, at query time).
    starts_at = models.DateTimeField(_("starts at"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    restriction = models.CharField(
        _("restriction"), max_length=10, choices=Restriction, blank=True, default=Restriction.NONE
    )

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(fields=["kind", "restriction", "-published_at"]),
            models.Index(fields=["sort_title"]),
            models.Index(fields=["ends_at", "starts_at"]),
        ]

    def __str__(self):
        return self.title


class SearchEntryTerm(models.Model):
    """One facet value of an entry: (thematique, inclusion-numerique), (type, kit)…

    The label is copied so that facets are listed without reading the vocabularies;
    renaming a term updates it (see `search.indexing`).
    """

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="terms")
    facet = models.CharField(_("facet"), max_length=20)
    value = models.CharField(_("value"), max_length=255)
    label = models.CharField(_("label"), max_length=255)

    class Meta:
        verbose_name = _("search entry term")
        verbose_name_plural = _("search entry terms")
        constraints = [
            models.UniqueConstraint(fields=["entry", "facet", "value"], name="unique_entry_term")
        ]
        # Covering: facet counts read the index only, never the table.
        indexes = [models.Index(fields=["facet", "value", "entry", "label"])]

    def __str__(self):
        return f"{self.facet}={self.value}"


class SearchWord(models.Model):
    """A word of the indexed titles and summaries: what a typo is corrected to, and what a
    glued or split word is checked against (`search.suggestions`, `search.expansion`)."""

    word = models.CharField(_("word"), max_length=60, primary_key=True)
    # As first met in a text, accents kept: what the suggestion shows.
    spelling = models.CharField(_("spelling"), max_length=60)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")

    def __str__(self):
        return self.word


INDEX_GENERATION = CacheGeneration("search-index:generation")


def index_generation() -> str:
    """Changes whenever the index does: what cached search work is keyed on."""
    return INDEX_GENERATION.current()


def index_changed() -> None:
    INDEX_GENERATION.bump()


class UnansweredSearch(models.Model):
    """How many visitors searched for a text that found nothing, per day: what the hub's
    editors should write or tag next.

    Anonymous by construction: the folded query and a count, no visitor, address or time
    of day (see `search.unanswered`).
    """

    query = models.CharField(_("query"), max_length=200)
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(fields=["query", "day"], name="one_unanswered_count_per_day")
        ]
        indexes = [models.Index(fields=["day"])]

    def __str__(self):
        return f"{self.day} {self.query} ({self.count})"


class Synonym(models.Model):
    """Words mediators use for the same thing, or a word that should also find others.

    Written by the hub's editors (a snippet); every engine applies them (see
    `search.expansion`, and the synonym filter of the OpenSearch index).
    """

    class Kind(models.TextChoices):
        EQUIVALENT = "equivalent", _("Equivalent words")
        ONE_WAY = "one_way", _("One-way expansion")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind, default=Kind.EQUIVALENT)
    searched = models.CharField(
        _("searched word"),
        max_length=100,
        blank=True,
        help_text=_("One-way expansion only: what a visitor types, for example “impôts”."),
    )
    terms = models.TextField(
        _("words"),
        help_text=_(
            "Separated by commas, for example “téléphone, smartphone, mobile”. "
            "A one-way expansion lists what the searched word should also find."
        ),
    )

    class Meta:
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")
        ordering = ["searched", "terms"]

    def __str__(self):
        if self.kind == self.Kind.ONE_WAY:
            return f"{self.searched} → {self.terms}"
        return self.terms

    @property
    def term_list(self) -> list[str]:
        return [term.strip() for term in self.terms.split(",") if term.strip()]

    def clean(self):
        terms = self.term_list
        unreadable = [term for term in [*terms, self.searched] if term and not words(term)]
        if unreadable:
            raise ValidationError(
                {"terms": _("“%(term)s” has no letter nor digit.") % {"term": unreadable[0]}}
            )
        if self.kind == self.Kind.ONE_WAY:
            if not self.searched.strip():
                raise ValidationError(
                    {"searched": _("A one-way expansion needs the word visitors type.")}
                )
            if not terms:
                raise ValidationError({"terms": _("Give at least one word to find as well.")})
        elif len(terms) < 2:
            raise ValidationError(
                {"terms": _("Give at least two equivalent words, separated by commas.")}
            )
        self.terms = ", ".join(terms)
        self.searched = self.searched.strip()


SYNONYMS_GENERATION = CacheGeneration("search-synonyms:generation")
