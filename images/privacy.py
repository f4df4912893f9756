"""Private collections: those under a view restriction (a private community's, see
communities/access.py). Their images' renditions are stored outside the public media
folder and served by a view that checks the visitor's rights (images/views.py)."""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

RESTRICTIONS_KEY = "images:collection-view-restrictions"


def restricted_subtree(collection: Collection):
    """The collection and its descendants: where a restriction set on it applies."""
    return Collection.objects.filter(path__startswith=collection.path)


def is_private_collection(collection_id: int) -> bool:
    """Whether a view restriction applies to the collection (its own or an ancestor's)."""
    collection = Collection.objects.filter(pk=collection_id).only("path").first()
    return collection is not None and collection.get_view_restrictions().exists()


def accepts(restriction: BaseViewRestriction, request, group_ids: set[int]) -> bool:
    """`restriction.accept_request(request)`, for a page's or a collection's restriction,
    with the user's groups read once (`group_ids`) rather than once per restriction."""
    if restriction.restriction_type == BaseViewRestriction.GROUPS:
        return request.user.is_superuser or any(
            group.pk in group_ids for group in restriction.groups.all()
        )
    return restriction.accept_request(request)


def user_group_ids(request) -> set[int]:
    user = request.user
    return set(user.groups.values_list("pk", flat=True)) if user.is_authenticated else set()


def hidden_collection_ids(request) -> frozenset[int]:
    """The collections whose files and images this visitor may not see.

    Computed once per request from Wagtail's own restriction checks, so that a page
    listing many files or images does not ask again for each one: the restrictions come
    from the shared cache, the collections below the refused ones from one query.
    """
    hidden = getattr(request, "_hidden_collection_ids", None)
    if hidden is None:
        group_ids = user_group_ids(request)
        refused = [
            restriction.collection_id
            for restriction in collection_restrictions()
            if not accepts(restriction, request, group_ids)
        ]
        hidden = frozenset()
        if refused:
            # A collection is hidden when a refused one begins its path (itself or an
            # ancestor): read from the tree as it is now, even after a move.
            refused_above = Collection.objects.filter(
                pk__in=refused, path=Substr(OuterRef("path"), 1, Length("path"))
            )
            hidden = frozenset(
                Collection.objects.filter(Exists(refused_above)).values_list("pk", flat=True)
            )
        request._hidden_collection_ids = hidden
    return hidden


def collection_restrictions() -> list[CollectionViewRestriction]:
    """Every collection view restriction with its groups. They change seldom; their
    signals clear the copy (`forget_collection_restrictions`, images.signal_handlers)."""

    def read():
        return list(CollectionViewRestriction.objects.prefetch_related("groups"))

    # Only in a cache every process shares (see core.generations.per_generation).
    seconds = settings.RHINOCC_GENERATION_CACHE_SECONDS
    return cache.get_or_set(RESTRICTIONS_KEY, read, seconds) if seconds > 0 else read()


def forget_collection_restrictions(**kwargs) -> None:
    # Again once the change commits: a request may have read the old ones meanwhile.
    cache.delete(RESTRICTIONS_KEY)
    transaction.on_commit(lambda: cache.delete(RESTRICTIONS_KEY))


def open_collection(request, collection: Collection) -> None:
    """For this request only, the files and images of `collection` (and below) are
    visible: a share link (communities.sharing) shows those of its private space."""
    opened = set(restricted_subtree(collection).values_list("pk", flat=True))
    request._hidden_collection_ids = hidden_collection_ids(request) - opened


def may_see(request, item) -> bool:
    """Whether the visitor may see this document or image (anything with a collection)."""
    return item is not None and item.collection_id not in hidden_collection_ids(request)
