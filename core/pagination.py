from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator


def page_number(request) -> int:
    """`?page=` as the visitor meant it: not a number or below 1 is the first page
    (Django's paginator would read -1 as out of range, and show the last)."""
    try:
        return max(1, int(request.GET.get("page", 1)))
    except ValueError:
        return 1


def paginate(request, items, per_page: int | None = None) -> PaginatorPage:
    """The requested page of a listing; a bad or out-of-range `?page=` falls back gently.

    Paginator.get_page answers "abc" with the first page and "99999" with the last,
    which is what a visitor following a stale link expects, rather than an error.
    """
    paginator = Paginator(items, per_page or settings.RHINOCC_PAGE_SIZE)
    return paginator.get_page(page_number(request))
