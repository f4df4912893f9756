"""Which pages a visitor may open, as Wagtail's view restrictions decide, for listings.

`Page.objects.public()` lists what anybody may open; a listing that members also read
(a private space's page) shows what this visitor may open, and nothing more.
"""

from django.db.models import Q
from wagtail.models import BaseViewRestriction, PageViewRestriction


def hidden_from(request) -> Q:
    """The pages under a view restriction that this request does not pass.

    The same test as `PageViewRestriction.accept_request`, which Wagtail runs when
    a page is served, in three queries whatever the number of restrictions, once per
    request (the menu and the page's own listing both ask).
    """
    if not hasattr(request, "_hidden_pages"):
        request._hidden_pages = _hidden_pages(request)
    return request._hidden_pages


def _hidden_pages(request) -> Q:
    user = request.user
    group_ids = set(user.groups.values_list("pk", flat=True)) if user.is_authenticated else set()
    hidden = Q()
    for restriction in PageViewRestriction.objects.select_related("page").prefetch_related(
        "groups"
    ):
        if restriction.restriction_type == BaseViewRestriction.GROUPS:
            passed = user.is_superuser or any(
                group.pk in group_ids for group in restriction.groups.all()
            )
        else:
            passed = restriction.accept_request(request)
        if not passed:
            hidden |= Q(path__startswith=restriction.page.path)
    return hidden


def visible_to(pages, request):
    """The pages of a queryset that this request may open."""
    return pages.exclude(hidden_from(request))
