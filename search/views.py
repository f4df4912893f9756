from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from documents.counting import with_download_totals
from home.cards import prefetch_card_relations
from home.pagination import paginate

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
    return render(
        request,
        "search/search.html",
        {"query": query, "results": results_page, "sort": sort, "sorts": SORTS},
    )
