"""The hub's editors and the searches that found nothing (« Recherches sans résultat »):
the folded queries of a period, most searched first, each with what answers it next time,
in one click: a synonym (the synonym form filled with the query), or a promoted result
(Wagtail's promoted results of that query).

Who: those who may change synonyms (the hub's editors, the superusers). The counts
hold no personal data (see `search.unanswered`).
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.contrib.search_promotions.models import Query

from core.pagination import paginate

from .models import UnansweredSearch

PERIODS = {"30": _("Last 30 days"), "90": _("Last 90 days"), "365": _("Last 12 months")}
DEFAULT_PERIOD = "90"
PER_PAGE = 50


def may_curate(user) -> bool:
    return user.has_perm("rhinocc_search.add_synonym")


def may_promote(user) -> bool:
    return user.has_perm("wagtailsearchpromotions.add_searchpromotion")


class UnansweredSearchesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/unanswered.html"
    page_title = _("Searches without results")
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        if not may_curate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period = self.request.GET.get("jours")
        period = period if period in PERIODS else DEFAULT_PERIOD
        since = timezone.localdate() - timedelta(days=int(period) - 1)
        searches = (
            UnansweredSearch.objects.filter(day__gte=since)
            .values("query")
            .annotate(total=Sum("count"), last_day=Max("day"))
            .order_by("-total", "query")
        )
        page = paginate(self.request, searches, PER_PAGE)
        queries = [row["query"] for row in page.object_list]
        promoted = set(
            Query.objects.filter(query_string__in=queries, editors_picks__isnull=False)
            .values_list("query_string", flat=True)
            .distinct()
        )
        synonym_url = reverse("wagtailsnippets_rhinocc_search_synonym:add")
        for row in page.object_list:
            row["synonym_url"] = f"{synonym_url}?{urlencode({'termes': row['query']})}"
            row["promoted"] = row["query"] in promoted
        context.update(
            page=page,
            periods=PERIODS,
            period=period,
            may_promote=may_promote(self.request.user),
        )
        return context


class PromoteView(View):
    """A promoted result for the query: its (possibly new) promoted results' form."""

    def post(self, request):
        if not (may_curate(request.user) and may_promote(request.user)):
            raise PermissionDenied
        text = request.POST.get("query", "").strip()[:255]
        if not text:
            return HttpResponseRedirect(reverse("search_admin:unanswered"))
        query = Query.get(text)
        return HttpResponseRedirect(reverse("wagtailsearchpromotions:edit", args=[query.pk]))
