"""The filters of the pages endpoint by the shared vocabularies, from the search catalogue.

The search catalogue (search.models) already holds, for every live content page, its
values of each facet (themes, publics, competencies, community, tags) under the same
identifiers as the site's filters: a filter is one indexed subquery on it, whatever the
page type, and `?type=` may be given or not. A value that names no term is refused
(400) with a French message, rather than answering an empty list a typo would explain.
"""

from datetime import datetime, time

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework.filters import BaseFilterBackend
from taggit.models import Tag

from communities.models import CommunityPage
from search.facets import Facet
from search.models import SearchEntryTerm
from taxonomy.models import Competency, Public, Theme

from .errors import BadFilter

# parameter: (facet, does the value exist?, message when it does not, example)
CLASSIFICATION_FILTERS = {
    "theme": (
        Facet.THEME,
        lambda value: Theme.objects.filter(slug=value).exists(),
        gettext_lazy("Unknown theme: “%(value)s”."),
        "numerique-securise",
    ),
    "public": (
        Facet.PUBLIC,
        lambda value: Public.objects.filter(slug=value).exists(),
        gettext_lazy("Unknown public: “%(value)s”."),
        "seniors",
    ),
    "competency": (
        Facet.COMPETENCY,
        lambda value: Competency.objects.filter(code=value).exists(),
        gettext_lazy("Unknown competency: “%(value)s”."),
        "CRCN-1.1",
    ),
    "community": (
        Facet.COMMUNITY,
        lambda value: CommunityPage.objects.live().public().filter(slug=value).exists(),
        gettext_lazy("Unknown community: “%(value)s”."),
        "sicoval",
    ),
    "tag": (
        Facet.TAG,
        lambda value: Tag.objects.filter(slug=value).exists(),
        gettext_lazy("Unknown tag: “%(value)s”."),
        "atelier",
    ),
}
PAGE_FILTER_PARAMETERS = frozenset([*CLASSIFICATION_FILTERS, "updated_since"])
MAX_VALUE_LENGTH = 255


def since(text: str) -> datetime:
    """`2026-01-31` (that day's midnight, Paris time) or an ISO 8601 date and time."""
    try:
        moment = parse_datetime(text)
        if moment is None and (day := parse_date(text)) is not None:
            moment = datetime.combine(day, time.min)
    except ValueError:
        moment = None
    if moment is None:
        raise BadFilter(
            _(
                "updated_since must be a date (2026-01-31) or a date and time "
                "(2026-01-31T08:00:00+01:00): “%(value)s” is neither."
            )
            % {"value": text[:40]}
        )
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


class ClassificationFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        params = request.query_params
        for name, (facet, exists, unknown, _example) in CLASSIFICATION_FILTERS.items():
            if name not in params:
                continue
            value = params[name].strip()
            if not value or len(value) > MAX_VALUE_LENGTH or not exists(value):
                raise BadFilter(unknown % {"value": value[:60]})
            queryset = queryset.filter(
                pk__in=SearchEntryTerm.objects.filter(facet=facet, value=value).values("entry_id")
            )
        if "updated_since" in params:
            queryset = queryset.filter(last_published_at__gte=since(params["updated_since"]))
        return queryset
