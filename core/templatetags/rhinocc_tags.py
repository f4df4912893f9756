from django import template
from django.utils.safestring import mark_safe
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.templatetags.wagtailcore_tags import richtext

from core import typography
from core.breadcrumbs import breadcrumb_ancestors as page_breadcrumb_ancestors
from core.cards import kicker as page_kicker
from core.lifecycle import status_label
from core.rich_text import linked_document_ids, without_entities
from images.privacy import is_private_collection, may_see

register = template.Library()


@register.filter
def breadcrumb_ancestors(page) -> list:
    """The pages of the breadcrumb above `page` (core.breadcrumbs), read once."""
    return page_breadcrumb_ancestors(page)


@register.filter
def content_type_label(page) -> str:
    """What kind of page this is, in the visitor's language: "Kit", "Module de formation"…"""
    return page.specific_class._meta.verbose_name.capitalize()


@register.filter
def kicker(page) -> str:
    """The line above a page's title, the same on its card and on the page (core.cards)."""
    return page_kicker(page)


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
def any_card_image(items, request) -> bool:
    """Whether a card of this list shows an image: then every card keeps its area.

    `items` are pages, or a selection's entries, each holding its page in `page`.
    """
    pages = (item if isinstance(item, Page) else item.page for item in items)
    return any(visible_to(getattr(page, "image", None), request) for page in pages)


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


# French typography (core.typography): one filter for each kind of value.


@register.filter(expects_localtime=True)
def french_date(value) -> str:
    """ "1er décembre 2026": in place of `date:"j F Y"`, which says "1 décembre".
    An aware datetime is read in the site's time zone (an event at 0 h 30 in Paris)."""
    return typography.french_date(value)


@register.filter
def french_number(value) -> str:
    """ "1 000", "2,5": thousands apart by a narrow no-break space, decimal comma."""
    return typography.french_number(value)


@register.filter
def file_size(value) -> str:
    """ "1,2 Mo", "850 Ko": in place of `filesizeformat`, which says "Kio"."""
    return typography.human_file_size(value)


@register.filter
def in_parentheses(value) -> str:
    """ "(CRCN, Pix)": a label that has its own parentheses is not nested in others."""
    return typography.in_parentheses(value)


@register.simple_tag
def with_kind(kind, name, separator=" ") -> str:
    """`{% with_kind _("licence") licence as named %}`: "licence CC BY-SA 4.0", but
    "Licence Ouverte / Etalab 2.0" alone, never "licence Licence Ouverte"."""
    return typography.with_kind(kind, name, separator)


class TypesetNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        # The block's output is already escaped HTML; typesetting only changes spaces in
        # its text, never its tags or attributes, so it stays as safe as it was.
        return mark_safe(typography.typeset_html(self.nodelist.render(context)))  # noqa: S308


@register.tag
def typeset(parser, token):
    """`{% typeset %}…{% endtypeset %}`: French no-break spaces in the text of the block
    (before ; : ! ?, inside « »), rich text included; tags and attributes untouched."""
    nodelist = parser.parse(("endtypeset",))
    parser.delete_first_token()
    return TypesetNode(nodelist)
