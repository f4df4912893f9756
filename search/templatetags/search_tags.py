"""Links into the search, filtered by one term: every term chip of the site uses them."""

from django import template
from django.urls import reverse
from django.utils.http import urlencode

from search.facets import Facet

register = template.Library()


@register.simple_tag
def search_filter_url(facet_name: str, value, tab: str = "search") -> str:
    """The search filtered by one facet value: `{% search_filter_url "PUBLIC" public.slug %}`.

    `facet_name` names a member of `search.facets.Facet` (THEME, PUBLIC, COMPETENCY, TAG,
    DEPARTMENT…), so that a misspelt facet fails where it is written; `tab` is the URL
    name of the tab ("search", or "search_communities").
    """
    return f"{reverse(tab)}?{urlencode({Facet[facet_name]: value})}"
