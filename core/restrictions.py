"""Which pages a visitor may open, as Wagtail's view restrictions decide, for listings.

`Page.objects.public()` lists what anybody may open; a listing that members also read
(a private space's page) shows what this visitor may open, and nothing more.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from images.privacy import accepts, user_group_ids

from .breadcrumbs import breadcrumb_ancestors
from .generations import per_generation


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
    """Every page view restriction with its page and groups, read once per generation of
    published content."""
    if not hasattr(request, "_view_restrictions"):
        request._view_restrictions = every_restriction()
    return request._view_restrictions


def every_restriction() -> list[PageViewRestriction]:
    # Shared between requests: the restrictions, their pages and groups change only
    # with a bump of the generation (rhinocc.signals: restrictions, moves, deletions).
    return per_generation(
        "page-view-restrictions",
        lambda: list(
            PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        ),
    )


def is_restricted(page, request) -> bool:
    """Whether a view restriction applies to the page (its own or an ancestor's), for
    anyone: what `page.get_view_restrictions().exists()` says, without a query of its own."""
    return any(page.path.startswith(r.page.path) for r in view_restrictions(request))


def is_served_restricted(page, request) -> bool:
    """Whether Wagtail's check when serving the page will meet a view restriction:
    `page.get_view_restrictions().exists()`, from this request's restrictions, unless
    an alias is on the way (its source's restrictions apply: Wagtail's own query)."""
    if page.alias_of_id or any(ancestor.alias_of_id for ancestor in breadcrumb_ancestors(page)):
        return page.get_view_restrictions().exists()
    return is_restricted(page, request)


def restricted_q(request) -> Q:
    """The pages under any view restriction, for anyone: `Page.objects.private_q()` from
    this request's one read of the restrictions."""
    return paths_under(view_restrictions(request))


def private_q() -> Q:
    """`Page.objects.private_q()` without its query: from the restrictions read once
    per generation of published content (`.exclude(private_q())` for `.public()`)."""
    return paths_under(every_restriction())


def paths_under(restrictions: list[PageViewRestriction]) -> Q:
    restricted = Q()
    for restriction in restrictions:
        restricted |= Q(path__startswith=restriction.page.path)
    return restricted or Q(pk__in=[])


def open_subtree(request, root) -> None:
    """For this request only, the pages under `root` pass the restrictions above it, and
    nothing else does: a share link (communities.sharing) opens one content or one private
    space to a visitor without an account, its siblings and the rest stay hidden."""
    request._hidden_pages = _hidden_pages(request, opened=root)


def _hidden_pages(request, opened=None) -> Q:
    group_ids = user_group_ids(request)
    hidden = Q()
    for restriction in view_restrictions(request):
        if not accepts(restriction, request, group_ids):
            subtree = Q(path__startswith=restriction.page.path)
            if opened is not None and opened.path.startswith(restriction.page.path):
                subtree &= ~Q(path__startswith=opened.path)
            hidden |= subtree
    return hidden


def visible_to(pages, request):
    """The pages of a queryset that this request may open."""
    return pages.exclude(hidden_from(request))
