"""Who sees and who curates a collection, and what of its items each visitor sees.

- A private collection exists for its curators only: its owner, or for a community's
  collection the community's administrators (communities.membership); anyone else gets
  a 404, as for a page that does not exist.
- A public collection is open to all, unless it belongs to a private community the
  visitor may not open.
- Inside a collection, an item is shown only when the visitor may open it: a live page
  outside the view restrictions they do not pass (core.restrictions), a published place.
  Any other item stays in its place as « Contenu privé » (or « Contenu retiré »), with no
  title, link or note.
"""

from dataclasses import dataclass

from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from communities.membership import managed_communities
from communities.models import CommunityPage
from core.cards import prefetch_card_relations
from core.content import ContentPage
from core.restrictions import visible_to
from places.models import Place

from .models import CollectionItem, MemberCollection


def favourites_of(user) -> MemberCollection:
    """The member's « Favoris », created the first time it is needed."""
    favourites, _created = MemberCollection.objects.get_or_create(
        owner=user, is_favourites=True, defaults={"title": str(_("Favourites"))}
    )
    return favourites


def curated_by(user):
    """The collections this member curates: their own and their communities'."""
    if not user.is_authenticated:
        return MemberCollection.objects.none()
    return MemberCollection.objects.filter(
        Q(owner=user) | Q(community__in=managed_communities(user).values("pk"))
    )


def can_curate(user, collection: MemberCollection) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if collection.owner_id is not None:
        return collection.owner_id == user.pk
    if collection.community_id is not None:
        return managed_communities(user).filter(pk=collection.community_id).exists()
    return False


def open_communities(request):
    """The live communities this visitor may open (a private one only to its members)."""
    return visible_to(CommunityPage.objects.live(), request)


def public_collections(request):
    """The public collections anyone finds: members', former members', and those of the
    communities this visitor may open."""
    return MemberCollection.objects.filter(is_public=True).filter(
        Q(community__isnull=True) | Q(community__in=open_communities(request).values("pk"))
    )


def collection_for(request, pk: int) -> MemberCollection:
    """The collection `pk` if this visitor may see it, else 404."""
    collection = (
        MemberCollection.objects.select_related("owner", "community").filter(pk=pk).first()
    )
    if collection is None:
        raise Http404
    if can_curate(request.user, collection):
        collection.curated = True
        return collection
    collection.curated = False
    if not collection.is_public:
        raise Http404
    if collection.community_id is not None and not (
        open_communities(request).filter(pk=collection.community_id).exists()
    ):
        raise Http404
    return collection


def curated_collection(request, pk: int) -> MemberCollection:
    """The collection `pk` if this visitor curates it, else 404 (no hint that it exists)."""
    collection = collection_for(request, pk)
    if not collection.curated:
        raise Http404
    return collection


def is_saveable(page) -> bool:
    """The pages a member saves: the contents (modules, kits, workshop contents, resources,
    events). Sections and communities are not."""
    return isinstance(page, ContentPage)


@dataclass
class ShownItem:
    """An item as this visitor sees it: `content` (a specific page) or `place`, or
    neither and `unavailable` says why."""

    item: CollectionItem
    content: Page | None = None
    place: Place | None = None
    unavailable: str = ""

    @property
    def pk(self) -> int:
        return self.item.pk

    @property
    def title(self) -> str:
        if self.content is not None:
            return self.content.title
        return self.place.nom if self.place is not None else ""


PRIVATE = _("Private content")
WITHDRAWN = _("Content no longer available")


def shown_items(request, items) -> list[ShownItem]:
    """`items` as this visitor may see them, in a fixed number of queries: the pages'
    state, the visible ones as specific pages (one query per page type) and their card
    relations."""
    items = list(items)
    page_ids = [item.page_id for item in items if item.page_id is not None]
    live_ids = set(Page.objects.filter(pk__in=page_ids, live=True).values_list("pk", flat=True))
    visible = visible_to(Page.objects.filter(pk__in=live_ids), request).specific().in_bulk()
    prefetch_card_relations(list(visible.values()))
    shown = []
    for item in items:
        if item.page_id is not None:
            page = visible.get(item.page_id)
            if page is not None:
                shown.append(ShownItem(item, content=page))
            else:
                reason = PRIVATE if item.page_id in live_ids else WITHDRAWN
                shown.append(ShownItem(item, unavailable=reason))
        elif item.place.status == Place.Status.PUBLISHED:
            shown.append(ShownItem(item, place=item.place))
        else:
            shown.append(ShownItem(item, unavailable=WITHDRAWN))
    return shown


def counted_saves():
    """The saves that count in « Les plus enregistrés »: those of public collections and
    of favourites (private lists, but each is one member's choice, counted without saying
    whose). A private named collection is a member's working list and does not count.
    Only the matches a visitor may see are ordered, so a private content's count shows
    only to those who may open it."""
    return CollectionItem.objects.filter(
        Q(collection__is_public=True) | Q(collection__is_favourites=True)
    )


def with_save_totals(pages):
    """Annotates pages with `save_total`, one sub-query without a GROUP BY on pages."""
    saves = (
        counted_saves()
        .filter(page=OuterRef("pk"))
        .order_by()
        .values("page")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return pages.annotate(save_total=Coalesce(Subquery(saves), 0))


def order_by_saves(pages):
    return with_save_totals(pages).order_by("-save_total", "title", "pk")


def with_item_counts(collections):
    return collections.annotate(item_count=Count("items")).select_related("owner", "community")
