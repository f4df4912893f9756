"""Which pages a visitor may open, as Wagtail's view restrictions decide, for listings.

`Page.objects.public()` lists what anybody may open; a listing that members also read
(a private space's page) shows what this visitor may open, and nothing more.
"""

from django.db.models import Q, prefetch_related_objects
from wagtail.models import PageViewRestriction

from images.privacy import accepts, user_group_ids


def hidden_from(request) -> Q:
    """The pages under a view restriction that this request does not pass.

    The same test as `PageViewRestriction.accept_request`, which Wagtail runs when
    a page is served, in three queries whatever the number of restrictions, once per
    request (the menu and the page's own listing both ask).
    """
    if not hasattr(request, "_hidden_pages"):
        request._hidden_pages = _hidden_pages(request)
    return request._hidden_pages


def view_restrictions(request) -> list[PageViewRestriction]:
    """Every page view restriction with its page, read once per request (their groups are
    read when a visitor's access is judged: `_hidden_pages`)."""
    if not hasattr(request, "_view_restrictions"):
        request._view_restrictions = list(PageViewRestriction.objects.select_related("page"))
    return request._view_restrictions


def is_restricted(page, request) -> bool:
    """Whether a view restriction applies to the page (its own or an ancestor's), for
    anyone: what `page.get_view_restrictions().exists()` says, without a query of its own."""
    return any(page.path.startswith(r.page.path) for r in view_restrictions(request))


def restricted_q(request) -> Q:
    """The pages under any view restriction, for anyone: `Page.objects.private_q()` from
    this request's one read of the restrictions."""
    restricted = Q()
    for restriction in view_restrictions(request):
        restricted |= Q(path__startswith=restriction.page.path)
    return restricted or Q(pk__in=[])


def open_subtree(request, root) -> None:
    """For this request only, the pages under `root` pass the restrictions above it, and
    nothing else does: a share link (communities.sharing) opens one content or one private
    space to a visitor without an account, its siblings and the rest stay hidden."""
    request._hidden_pages = _hidden_pages(request, opened=root)


def _hidden_pages(request, opened=None) -> Q:
    group_ids = user_group_ids(request)
    restrictions = view_restrictions(request)
    prefetch_related_objects(restrictions, "groups")
    hidden = Q()
    for restriction in restrictions:
        if not accepts(restriction, request, group_ids):
            subtree = Q(path__startswith=restriction.page.path)
            if opened is not None and opened.path.startswith(restriction.page.path):
                subtree &= ~Q(path__startswith=opened.path)
            hidden |= subtree
    return hidden


def visible_to(pages, request):
    """The pages of a queryset that this request may open."""
    return pages.exclude(hidden_from(request))
