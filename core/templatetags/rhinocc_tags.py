from django import template
from wagtail.documents import get_document_model
from wagtail.templatetags.wagtailcore_tags import richtext

from core.lifecycle import status_label
from core.rich_text import linked_document_ids, without_entities
from images.privacy import is_private_collection, may_see

register = template.Library()


@register.filter
def content_type_label(page) -> str:
    """What kind of page this is, in the visitor's language: "Kit", "Module de formation"…"""
    return page.specific_class._meta.verbose_name.capitalize()


@register.filter
def page_status(page) -> str:
    """Brouillon, en relecture, publié, programmé or expiré: shown on previews."""
    return status_label(page)


@register.filter
def visible_to(item, request):
    """The document or image if this visitor may see it, else None.

    `{% with image=page.image|visible_to:request %}`: a file or an image of a private
    collection is shown only to those who pass its restriction.
    """
    if not hasattr(item, "collection_id"):
        return None  # no image, or a page type without one
    if request is None:
        return None if is_private_collection(item.collection_id) else item
    return item if may_see(request, item) else None


@register.filter
def richtext_for(value, request):
    """`richtext`, with links to documents this visitor may not open left as plain text."""
    source = getattr(value, "source", value) or ""
    linked = [int(pk) for pk in linked_document_ids(source) if pk.isdigit()]
    hidden = {
        str(pk)
        for pk, document in get_document_model().objects.in_bulk(linked).items()
        if visible_to(document, request) is None
    }
    return richtext(without_entities(source, hidden) if hidden else source)
