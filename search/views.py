from django.shortcuts import render
from wagtail.models import Page

from home.cards import prefetch_card_relations
from home.pagination import paginate

MAX_QUERY_LENGTH = 200


def search(request):
    """Search every public page; with no query, the newest pages first.

    The faceted search of the hub replaces this view (see the search issue).
    """
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    pages = Page.objects.live().public().filter(depth__gt=2)
    results = pages.search(query) if query else pages.order_by("-first_published_at")
    results_page = paginate(request, results)
    # One query per page type for the listed results, in their ranked order.
    ids = [page.pk for page in results_page.object_list]
    specific_pages = Page.objects.filter(pk__in=ids).specific().in_bulk()
    results_page.object_list = prefetch_card_relations(
        specific_pages[pk] for pk in ids if pk in specific_pages
    )
    return render(request, "search/search.html", {"query": query, "results": results_page})
