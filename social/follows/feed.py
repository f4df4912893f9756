"""The contents of what a member follows, as the search catalogue knows them.

The search catalogue (search.models.SearchEntry) already holds, per live content page,
its themes, competencies and community (the `communaute` facet that pages below a space
carry) and who may open it (`visible_to`): the feed is one query on it, whatever the
number of follows, and never lists what the member may not open (a private space's
contents, a restricted page, a draft: drafts have no entry).
"""

from django.db.models import Q, QuerySet

from catalogue.models import TrainingModulePage
from search.backends import Visibility
from search.facets import CONTENT_KINDS, Facet
from search.models import SearchEntry, SearchEntryTerm

from .models import Follow


def followed_terms(user) -> QuerySet:
    """The catalogue terms of what `user` follows, as subqueries (no query of their own)."""
    follows = Follow.objects.filter(user=user)
    return SearchEntryTerm.objects.filter(
        Q(
            facet=Facet.COMMUNITY,
            value__in=follows.filter(community__isnull=False).values("community__slug"),
        )
        | Q(facet=Facet.THEME, value__in=follows.filter(theme__isnull=False).values("theme__slug"))
        | Q(
            facet=Facet.COMPETENCY,
            value__in=follows.filter(competency__isnull=False).values("competency__code"),
        )
    ).values("entry_id")


def followed_trainers_modules(user) -> QuerySet:
    return TrainingModulePage.objects.filter(
        trainers__user__in=Follow.objects.filter(user=user, trainer__isnull=False).values(
            "trainer_id"
        )
    ).values("pk")


def feed_entries(user, visibility: Visibility | None = None, since=None) -> QuerySet:
    """The entries of the contents `user` follows and may open, last published first.

    `since`: only those published (first or again) after it, for the digest.
    """
    visibility = visibility or Visibility.of(user)
    entries = (
        SearchEntry.objects.visible_to(visibility)
        .filter(kind__in=CONTENT_KINDS)
        .filter(Q(pk__in=followed_terms(user)) | Q(pk__in=followed_trainers_modules(user)))
        .select_related("page")
        # The text is the engine's: long, and never shown here.
        .defer("body")
        .order_by("-page__last_published_at", "-pk")
    )
    if since is not None:
        entries = entries.filter(page__last_published_at__gt=since)
    return entries


def is_update(entry: SearchEntry) -> bool:
    """A content published again after its first publication (a day's grace: a page
    published twice while it is written is still new)."""
    first, last = entry.page.first_published_at, entry.page.last_published_at
    return bool(first and last and (last - first).days >= 1)
