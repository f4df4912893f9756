"""What the search sorts and filters by, defined once for the engines, views, templates
and tests. The values are those of the URL parameters (`type=kit`, `thematique=…`,
`tri=recent`): visitors' links depend on them, so they never change."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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
