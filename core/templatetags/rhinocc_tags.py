from django import template

from core.lifecycle import status_label

register = template.Library()


@register.filter
def content_type_label(page) -> str:
    """What kind of page this is, in the visitor's language: "Kit", "Module de formation"…"""
    return page.specific_class._meta.verbose_name.capitalize()


@register.filter
def page_status(page) -> str:
    """Brouillon, en relecture, publié, programmé or expiré: shown on previews."""
    return status_label(page)
