from django import template
from django.urls import reverse
from wagtail.models import Page

from communities.membership import managed_communities
from places.models import Place
from social.collections.access import curated_by, is_saveable, with_item_counts
from social.collections.models import MemberCollection

register = template.Library()


@register.filter
def saveable(page) -> bool:
    return isinstance(page, Page) and is_saveable(page)


@register.simple_tag
def save_url(page) -> str:
    """The page « Enregistrer » leads to: the card knows nothing but the page's id, so that
    a listing (cached for anonymous visitors) costs no query per card."""
    return f"{reverse('collections:save')}?page={page.pk}"


@register.simple_tag(takes_context=True)
def save_action(context) -> dict | None:
    """« Enregistrer » on a content page (`page`) or a place's page (`place`); for a
    logged-in member, the collections it is already in (members bypass the page cache)."""
    request, page, place = context.get("request"), context.get("page"), context.get("place")
    if isinstance(page, Page) and page.pk is not None and is_saveable(page):
        url, lookup = save_url(page), {"items__page": page}
        title = page.title
    elif isinstance(place, Place) and place.pk is not None:
        url, lookup = f"{reverse('collections:save')}?lieu={place.pk}", {"items__place": place}
        title = place.nom
    else:
        return None
    saved_in = []
    if request is not None and request.user.is_authenticated:
        saved_in = list(
            curated_by(request.user).filter(**lookup).order_by("-is_favourites", "title")
        )
    return {"url": url, "title": title, "saved_in": saved_in}


COMMUNITY_COLLECTIONS_SHOWN = 6


@register.inclusion_tag("social/collections/community.html", takes_context=True)
def community_collections(context):
    """A community page's public collections (two queries); its administrators also get
    the link to curate them (members bypass the page cache)."""
    request, community = context.get("request"), context.get("page")
    if community is None or community.pk is None:
        return {"collections": []}
    collections = list(
        with_item_counts(
            MemberCollection.objects.filter(community=community, is_public=True)
        ).order_by("-updated_at", "pk")[: COMMUNITY_COLLECTIONS_SHOWN + 1]
    )
    curates = bool(
        request is not None
        and request.user.is_authenticated
        and managed_communities(request.user).filter(pk=community.pk).exists()
    )
    return {
        "collections": collections[:COMMUNITY_COLLECTIONS_SHOWN],
        "more": len(collections) > COMMUNITY_COLLECTIONS_SHOWN,
        "curates": curates,
        "community": community,
    }
