"""The head of every public page: link previews, canonical address, feeds, indexing."""

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from core.content import ContentPage
from core.generations import per_generation
from core.restrictions import is_restricted
from core.sections import SectionPage
from images.privacy import may_see
from search.facets import Facet
from taxonomy.models import Competency, Theme

from ..feeds import community_pages, feed_title, site_root
from ..structured_data import graph, script

register = template.Library()

PREVIEW_RENDITION = "fill-1200x630"
DEFAULT_CARD = "syndication/carte-rhinocc.png"
DESCRIPTION_LENGTH = 300


def page_description(page) -> str:
    """What a page says of itself: its search description, its summary or its intro."""
    text = (
        page.search_description
        or getattr(page, "summary", "")
        or strip_tags(str(getattr(page, "intro", "") or ""))
    )
    return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)


def page_preview_image(request, page) -> dict | None:
    """The page's image as a 1200×630 rendition, if it has one this visitor may see (not a
    private collection's) and whose file is there; read once per request (the link
    preview and the structured data both show it)."""
    image = getattr(page, "image", None)
    if image is None:
        return None
    shown = request.__dict__.setdefault("_preview_images", {})
    if image.pk not in shown:
        shown[image.pk] = None
        if may_see(request, image):
            try:
                rendition = image.get_rendition(PREVIEW_RENDITION)
            except SourceImageIOError:  # the original is missing: the page still renders
                return None
            shown[image.pk] = {
                "url": request.build_absolute_uri(rendition.url),
                "width": rendition.width,
                "height": rendition.height,
                "alt": image.default_alt_text,
            }
    return shown[image.pk]


def preview_image(request, page) -> dict:
    """The page's image (`page_preview_image`), or the hub's card."""
    return page_preview_image(request, page) or default_card(request)


def default_card(request) -> dict:
    return {
        "url": request.build_absolute_uri(static(DEFAULT_CARD)),
        "width": 1200,
        "height": 630,
        "alt": _("RhinOcc, Network and Hub for digital inclusion in Occitanie"),
    }


@register.simple_tag(takes_context=True)
def structured_data(context, *subjects):
    """The JSON-LD of what is shown: the page, or the objects a view that is no page
    names (`{% structured_data place %}`); see syndication.structured_data."""
    request = context.get("request")
    if request is None:
        return ""
    if (
        not subjects
        and isinstance(context.get("page"), Page)
        and not getattr(request, "is_preview", False)
    ):
        # A page's description is the same for every visitor (a restricted one has none):
        # built once per generation of published content and address.
        return per_generation(
            f"structured-data:{request.get_host()}:{request.get_full_path()}",
            lambda: script(graph(request, context, [context["page"]])),
        )
    if not subjects and isinstance(context.get("page"), Page):
        subjects = (context["page"],)
    flat = []
    for subject in subjects:
        flat += subject if isinstance(subject, list | tuple) else [subject]
    return script(graph(request, context, flat))


@register.inclusion_tag("syndication/link_preview.html", takes_context=True)
def link_preview(context, title="", description=""):
    """Open Graph and Twitter card tags and the canonical address of the page shown.

    A view that is not a Wagtail page may give its own `title` and `description`.
    """
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page):
        url = page.get_full_url(request)
        title = title or page.seo_title or page.title
        description = description or page_description(page)
        kind = "article" if isinstance(page, ContentPage) else "website"
    else:
        url = site_root(request).root_url + request.path
        title = title or "RhinOcc"
        kind = "website"
    return {
        "allow_indexing": settings.RHINOCC_ALLOW_INDEXING,
        "url": url,
        "title": title,
        "description": description or _("Network and Hub for digital inclusion in Occitanie"),
        "kind": kind,
        "image": preview_image(request, page),
    }


def page_feeds(page, request) -> list[tuple[str, str]]:
    if isinstance(page, SectionPage) and page.depth == 3:
        return [(feed_title(page.title), reverse("syndication:section_feed", args=[page.slug]))]
    is_community = isinstance(page, tuple(community_pages()))
    if is_community and not is_restricted(page, request):
        return [(feed_title(page.title), reverse("syndication:community_feed", args=[page.slug]))]
    return []


def search_theme_feeds(request) -> list[tuple[str, str]]:
    """The search filtered by one theme (where a theme's page leads) offers its feed."""
    match = request.resolver_match
    slugs = request.GET.getlist(Facet.THEME.value)
    if match is None or match.view_name != "search" or len(slugs) != 1:
        return []
    theme = Theme.objects.filter(slug=slugs[0]).first()
    if theme is None:
        return []
    return [(feed_title(theme.name), reverse("syndication:theme_feed", args=[theme.slug]))]


@register.inclusion_tag("syndication/feed_links.html", takes_context=True)
def feed_links(context):
    """`<link rel="alternate">` to the site's feed and to the one of what is shown."""
    request = context["request"]
    feeds = [(feed_title(), reverse("syndication:feed"))]
    page = context.get("page")
    if isinstance(page, Page):
        feeds += page_feeds(page, request)
    competency = context.get("competency")
    if isinstance(competency, Competency):
        feeds.append(
            (
                feed_title(str(competency)),
                reverse("syndication:competency_feed", args=[competency.code]),
            )
        )
    feeds += search_theme_feeds(request)
    return {"feeds": feeds}
