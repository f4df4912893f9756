from django import template

register = template.Library()


@register.filter
def content_type_label(page) -> str:
    """What kind of page this is, in the visitor's language: "Kit", "Module de formation"…"""
    return page.specific_class._meta.verbose_name.capitalize()
