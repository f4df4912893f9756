import logging

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from documents.counting import with_download_totals
from home.cards import prefetch_card_relations
from home.pagination import paginate

from .engine import SEARCH_ENGINE_ERRORS

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
# Beyond this many matches, "most downloaded" orders the best-ranked ones only.
MAX_SORTED_MATCHES = 1000
SORTS = {
    "pertinence": _("Relevance"),
    "recent": _("Newest"),
    "az": _("A to Z"),
    "telechargements": _("Most downloaded"),
}


def search(request):
    """Search every public page; with no query, the newest pages first.

    The faceted search of the hub replaces this view (see the search issue).
    """
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    default_sort = "pertinence" if query else "recent"
    sort = request.GET.get("tri", default_sort)
    if sort not in SORTS or (sort == "pertinence" and not query):
        sort = default_sort

    try:
        results_page = find_results(request, query, sort)
    except SEARCH_ENGINE_ERRORS:
        # The rest of the site does not need the engine: say so, keep the query.
        logger.exception("Search engine unavailable")
        return render(
            request,
            "search/search.html",
            {"query": query, "sort": sort, "sorts": SORTS, "search_unavailable": True},
            status=503,
        )
    return render(
        request,
        "search/search.html",
        {
            "query": query,
            "promotions": get_promotions(query) if results_page.number == 1 else [],
            "results": results_page,
            "sort": sort,
            "sorts": SORTS,
        },
    )


def find_results(request, query: str, sort: str):
    """The requested page of results, as specific pages with their card relations."""
    pages = Page.objects.live().public().filter(depth__gt=2)
    if sort == "pertinence":
        results = pages.search(query)
    else:
        if query:
            matches = [page.pk for page in pages.search(query)[:MAX_SORTED_MATCHES]]
            pages = pages.filter(pk__in=matches)
        results = {
            "recent": lambda: pages.order_by("-first_published_at", "pk"),
            "az": lambda: pages.order_by("title", "pk"),
            "telechargements": lambda: with_download_totals(pages).order_by(
                "-download_total", "title"
            ),
        }[sort]()

    results_page = paginate(request, results)
    # One query per page type for the listed results, in their order.
    ids = [page.pk for page in results_page.object_list]
    specific_pages = Page.objects.filter(pk__in=ids).specific().in_bulk()
    results_page.object_list = prefetch_card_relations(
        specific_pages[pk] for pk in ids if pk in specific_pages
    )
    return results_page


def get_promotions(query: str) -> list[SearchPromotion]:
    """What the hub's editors promoted for this query (Wagtail's search promotions).

    Read-only: no Query row is created for queries nobody promoted anything for.
    A promoted page shows only while it is live and public.
    """
    if not query:
        return []
    promotions = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query)
        ).select_related("page")
    )
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    visible = set(
        Page.objects.live().public().filter(pk__in=page_ids).values_list("pk", flat=True)
    )
    return [
        promotion
        for promotion in promotions
        if promotion.page_id is None or promotion.page_id in visible
    ]
