"""What content cards show: their kicker, and their relations loaded for mixed listings."""

from collections.abc import Iterable

from django.utils.translation import gettext as _
from wagtail.models import Page

from core.generations import per_generation
from core.pagination import paginate
from images.models import CustomImage
from taxonomy.models import SupportType


def kicker(page: Page) -> str:
    """The line above a title, the same on a page's card and on the page itself.

    The rule: the kind of page ("Kit", "Module de formation", "Ressource"), then one
    detail only when it tells more than the kind. The detail is the page type's
    `kicker_detail` when it declares one: a resource's own kind ("Service public"), or
    "" for types whose pages all share one support type (every module is a "Ressource
    pédagogique", every kit a "Boîte à outils"), which would say nothing. Otherwise it
    is the page's support type ("Déroulé d'atelier"), unless that repeats the kind.
    A private community space says so ("Communauté · Espace privé").
    """
    page = page.specific
    kind = page.specific_class._meta.verbose_name.capitalize()
    if getattr(page, "is_private", False):
        detail = _("Private space")
    elif hasattr(page, "kicker_detail"):
        detail = page.kicker_detail
    else:
        detail = getattr(page, "support_type", None) or ""
    detail = str(detail)
    if not detail or detail.casefold() in kind.casefold():
        return kind
    return f"{kind} · {detail}"


def prefetch_card_relations(pages: Iterable[Page]) -> list[Page]:
    """Attach each card's image (with its renditions) and support type, in two queries.

    Querysets of one page type use select_related; a list mixing types (search
    results, term listings) cannot, so this fills the same caches by hand
    instead of letting each card query on its own.
    """
    pages = list(pages)
    image_ids = {getattr(page, "image_id", None) for page in pages} - {None}
    images = CustomImage.objects.prefetch_related("renditions").in_bulk(image_ids)
    # A vocabulary of a dozen terms, which bumps the generation when it changes.
    support_types = per_generation("support-types", SupportType.objects.in_bulk)
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
