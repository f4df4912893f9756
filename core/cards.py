"""Loading what content cards show, for listings that mix page types."""

from collections.abc import Iterable

from wagtail.models import Page

from core.pagination import paginate
from images.models import CustomImage
from taxonomy.models import SupportType


def prefetch_card_relations(pages: Iterable[Page]) -> list[Page]:
    """Attach each card's image (with its renditions) and support type, in three queries.

    Querysets of one page type use select_related; a list mixing types (search
    results, term listings) cannot, so this fills the same caches by hand
    instead of letting each card query on its own.
    """
    pages = list(pages)
    image_ids = {getattr(page, "image_id", None) for page in pages} - {None}
    images = CustomImage.objects.prefetch_related("renditions").in_bulk(image_ids)
    support_type_ids = {getattr(page, "support_type_id", None) for page in pages} - {None}
    support_types = SupportType.objects.in_bulk(support_type_ids)
    for page in pages:
        if getattr(page, "image_id", None):
            page.image = images[page.image_id]
        if getattr(page, "support_type_id", None):
            page.support_type = support_types[page.support_type_id]
    return pages


def paginate_cards(request, pages, per_page: int | None = None):
    """A page of a mixed listing, its cards' relations loaded in bulk."""
    page_of_cards = paginate(request, pages, per_page)
    page_of_cards.object_list = prefetch_card_relations(page_of_cards.object_list)
    return page_of_cards
