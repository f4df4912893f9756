"""Private collections: those under a view restriction (a private community's, see
communities/access.py). Their images' renditions are stored outside the public media
folder and served by a view that checks the visitor's rights (images/views.py)."""

from django.db.models import Q
from wagtail.models import Collection, CollectionViewRestriction


def restricted_subtree(collection: Collection):
    """The collection and its descendants: where a restriction set on it applies."""
    return Collection.objects.filter(path__startswith=collection.path)


def is_private_collection(collection_id: int) -> bool:
    """Whether a view restriction applies to the collection (its own or an ancestor's)."""
    collection = Collection.objects.filter(pk=collection_id).only("path").first()
    if collection is None:
        return False
    ancestor_paths = [
        collection.path[:end]
        for end in range(Collection.steplen, len(collection.path) + 1, Collection.steplen)
    ]
    return CollectionViewRestriction.objects.filter(collection__path__in=ancestor_paths).exists()


def hidden_collection_ids(request) -> frozenset[int]:
    """The collections whose files and images this visitor may not see.

    Computed once per request from Wagtail's own restriction checks, so that a page
    listing many files or images does not ask again for each one.
    """
    hidden = getattr(request, "_hidden_collection_ids", None)
    if hidden is None:
        refused = [
            restriction.collection.path
            for restriction in CollectionViewRestriction.objects.select_related(
                "collection"
            ).prefetch_related("groups")
            if not restriction.accept_request(request)
        ]
        hidden = frozenset()
        if refused:
            subtrees = Q()
            for path in refused:
                subtrees |= Q(path__startswith=path)
            hidden = frozenset(Collection.objects.filter(subtrees).values_list("pk", flat=True))
        request._hidden_collection_ids = hidden
    return hidden


def may_see(request, item) -> bool:
    """Whether the visitor may see this document or image (anything with a collection)."""
    return item is not None and item.collection_id not in hidden_collection_ids(request)
