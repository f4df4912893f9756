"""What the search sorts and filters by, defined once for the engines, views, templates
and tests. The values are those of the URL parameters (`type=kit`, `thematique=…`,
`tri=recent`): visitors' links depend on them, so they never change."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail import hooks


class Kind(models.TextChoices):
    """What a search result is: the values of the `type` parameter."""

    MODULE = "module", _("Training module")
    KIT = "kit", _("Kit")
    CONTENT = "contenu", _("Workshop content")
    RESOURCE = "ressource", _("Resource")
    COMMUNITY = "communaute", _("Community")
    EVENT = "evenement", _("Event")


CONTENT_KINDS = (Kind.MODULE, Kind.KIT, Kind.CONTENT, Kind.RESOURCE, Kind.EVENT)


class Facet(models.TextChoices):
    """A filter with counts; its label is the legend of its box of choices."""

    TYPE = "type", _("Type")
    THEME = "thematique", _("Theme")
    PUBLIC = "public", _("Public")
    COMPETENCY = "competence", _("Digital competency (CRCN)")
    COMMUNITY = "communaute", _("Community")
    TAG = "etiquette", _("Tag")
    MODALITY = "modalite", _("Modality (training modules)")
    LEVEL = "niveau", _("Level (workshop contents)")
    DEPARTMENT = "departement", _("Department")
    ATTENDANCE = "participation", _("Online or in person (events)")


# The boxes of each tab, in the order they are shown.
CONTENT_FACETS = (
    Facet.TYPE,
    Facet.THEME,
    Facet.PUBLIC,
    Facet.COMPETENCY,
    Facet.COMMUNITY,
    Facet.TAG,
    Facet.MODALITY,
    Facet.LEVEL,
    Facet.ATTENDANCE,
    Facet.DEPARTMENT,
)
COMMUNITY_FACETS = (Facet.DEPARTMENT, Facet.THEME)

# Who may read an entry restricted to groups: stored beside the facets, never offered.
GROUP_FACET = "_groupe"


class Sort(models.TextChoices):
    RELEVANCE = "pertinence", _("Relevance")
    RECENT = "recent", _("Newest")
    AZ = "az", _("A to Z")
    DOWNLOADS = "telechargements", _("Most downloaded")
    # Upcoming dates first, soonest first (events, modules by their next session), then
    # past events, latest first, then what has no date.
    DATE = "date", _("Next dates")


@dataclass(frozen=True)
class ExtraSort:
    """A sort of the content search that an app above search adds through the Wagtail
    hook "register_search_sorts" (each hook function returns a list of them), as
    « Les plus téléchargés » is done: the engine's best matches, ordered in the database.

    `order` receives the matches as a queryset of `wagtailcore.Page` and returns it
    ordered, ties included (the title, for example): the view pages through it. Its
    value is the `tri` parameter's and must differ from `Sort`'s.
    """

    value: str
    label: str
    order: Callable[[QuerySet], QuerySet]


def extra_sorts() -> list[ExtraSort]:
    """The sorts registered through "register_search_sorts", in the hooks' order."""
    taken = set(Sort.values)
    sorts = []
    for hook in hooks.get_hooks("register_search_sorts"):
        for sort in hook():
            if sort.value not in taken:
                taken.add(sort.value)
                sorts.append(sort)
    return sorts
