"""Links into the search, filtered by one term: every term chip of the site uses them."""

from django import template
from django.urls import reverse
from django.utils.http import urlencode

register = template.Library()


@register.simple_tag
def search_filter_url(facet: str, value) -> str:
    """The content search filtered by one facet value, e.g. ("public", "seniors").

    Facets are the URL parameters of /recherche/: type, thematique, public,
    competence, communaute, etiquette, modalite, niveau.
    """
    return f"{reverse('search')}?{urlencode({facet: value})}"
