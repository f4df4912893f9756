"""What the API may show: what anybody may open, whoever asks.

The API answers every client as an anonymous visitor (no authentication is read), and
more strictly than a page view: a page or collection under any view restriction (a
private community space, a password, "logged-in visitors") is left out for everyone,
even a browser that unlocked it or is logged in, so that no answer depends on a cookie.
"""

from django.db.models import Q
from wagtail.models import Collection, CollectionViewRestriction, Page, Site


def public_pages(request):
    """Live pages of the request's site under no view restriction (`Page.public()`)."""
    site = Site.find_for_request(request)
    if site is None:
        return Page.objects.none()
    return Page.objects.live().public().descendant_of(site.root_page, inclusive=True)


def restricted_collection_ids() -> frozenset[int]:
    """The collections under a view restriction, and their descendants."""
    paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    if not paths:
        return frozenset()
    subtrees = Q()
    for path in paths:
        subtrees |= Q(path__startswith=path)
    return frozenset(Collection.objects.filter(subtrees).values_list("pk", flat=True))


def as_anonymous(request) -> None:
    """Make `images.privacy.may_see` answer for anybody on this request: every restricted
    collection hidden (computed once per request, as that module does)."""
    hidden = restricted_collection_ids()
    request._hidden_collection_ids = hidden
    if hasattr(request, "_request"):
        request._request._hidden_collection_ids = hidden
