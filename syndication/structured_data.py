"""Structured data: what a page describes, as schema.org JSON-LD in its head.

This app knows no content type. The app that owns a type registers a builder for it
with a Wagtail hook, in its wagtail_hooks.py:

    @hooks.register("register_structured_data")
    def register_course():
        return TrainingModulePage, course

A builder is called with the object shown (the page, or what a view that is no page
names in `{% structured_data place %}`) and a `StructuredData`: the request, the template's
context (a builder reads what the view already loaded, so that the JSON-LD asks no query
per item) and the helpers below. It returns the object's schema.org node, or a list whose
first node is the object's. `data.describe(other)` asks the registered builder of another
app's object (a session's place) without importing that app.

Every page also gets its `BreadcrumbList` (its ancestors, as the visible breadcrumb); a
page without a builder is described as a `WebPage` (a `CollectionPage` for a section).
Pages under a view restriction get none: structured data is for crawlers, which never
see them.
"""

import json
import re
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from wagtail import hooks
from wagtail.models import Page

from core.breadcrumbs import breadcrumb_ancestors
from core.restrictions import is_restricted
from core.sections import SectionPage

from .feeds import site_root
from .sitemaps import updated_on

HOOK = "register_structured_data"
CONTEXT = "https://schema.org"
HUB_NAME = "RhinOcc"
HUB_LEGAL_NAME = "Réseau et Hub pour l'inclusion numérique en Occitanie"
LANGUAGE = "fr"
# What a JSON script must not contain as such (django.utils.html.json_script's escapes):
# no "</script>" nor "<!--" can end or change the script, whatever a title says.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
# A price as editors type it: "120 €", "1 200,50 € TTC", "Gratuit", "Nous consulter".
PRICE = re.compile(r"(\d{1,3}(?:[\s\u00a0\u202f.]\d{3})+|\d+)(?:[,.](\d{1,2}))?\s*(€|euros?|EUR)")
FREE = re.compile(r"\bgratuit", re.IGNORECASE)


@cache
def registered_builders() -> tuple[tuple[type, object], ...]:
    """(type, builder) pairs that apps register, read once (hooks are set at start-up)."""
    return tuple(hook() for hook in hooks.get_hooks(HOOK))


def builder_for(obj):
    """The builder of the most specific registered type of `obj`, if any."""
    for cls in type(obj).__mro__:
        for registered, builder in registered_builders():
            if registered is cls:
                return builder
    return None


class StructuredData:
    """What a builder is given: the request, the template's context and helpers."""

    def __init__(self, request, context, subject):
        self.request = request
        self.context = context
        self.subject = subject
        self.root_url = site_root(request).root_url

    # Addresses ---------------------------------------------------------------------------

    def url(self, path_or_object) -> str:
        """An absolute address on the site, of a path, a page or an object with a URL."""
        if isinstance(path_or_object, Page):
            return path_or_object.get_full_url(self.request)
        path = path_or_object
        if hasattr(path_or_object, "get_absolute_url"):
            path = path_or_object.get_absolute_url()
        if path.startswith(("http://", "https://")):
            return path
        return self.root_url + path

    def image(self, page) -> str | None:
        """The page's image as the link preview shows it (1200×630), if it has one that
        anybody may see."""
        from .templatetags.syndication_tags import page_preview_image

        image = page_preview_image(self.request, page)
        return image["url"] if image else None

    # Shared nodes ------------------------------------------------------------------------

    def hub(self) -> dict:
        """The hub as the provider, publisher or organizer of what it publishes; its full
        description is on the home page (home.structured_data)."""
        return {
            "@type": "Organization",
            "@id": self.root_url + "/#organisation",
            "name": HUB_NAME,
            "url": self.root_url + "/",
        }

    def website(self) -> dict:
        return {
            "@type": "WebSite",
            "@id": self.root_url + "/#site",
            "name": HUB_NAME,
            "url": self.root_url + "/",
            "inLanguage": LANGUAGE,
            "publisher": {"@id": self.root_url + "/#organisation"},
        }

    def breadcrumb(self, crumbs) -> dict:
        """A `BreadcrumbList` of (name, address) pairs, the current page last."""
        return {
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": position, "name": name, "item": self.url(url)}
                for position, (name, url) in enumerate(crumbs, start=1)
            ],
        }

    def describe(self, obj) -> dict | None:
        """The node of another app's object (a session's place), by its registered builder."""
        builder = builder_for(obj)
        if builder is None:
            return None
        nodes = builder(obj, self)
        return nodes[0] if isinstance(nodes, list) else nodes

    # Values ------------------------------------------------------------------------------

    @staticmethod
    def datetime(value) -> str:
        """An ISO 8601 date and time with its offset (a naive one is in the site's zone);
        a date stays a date."""
        if isinstance(value, datetime):
            if timezone.is_naive(value):
                value = timezone.make_aware(value)
            return timezone.localtime(value).isoformat(timespec="seconds")
        if isinstance(value, date):
            return value.isoformat()
        raise TypeError(value)

    @staticmethod
    def duration(hours=None, minutes=None) -> str | None:
        """An ISO 8601 duration: 3.5 hours is "PT3H30M", 90 minutes "PT1H30M"."""
        if hours is None and minutes is None:
            return None
        total = round(Decimal(hours or 0) * 60 + Decimal(minutes or 0))
        if total <= 0:
            return None
        whole, rest = divmod(int(total), 60)
        return "PT" + (f"{whole}H" if whole else "") + (f"{rest}M" if rest else "")

    @staticmethod
    def offer(price_text: str, url: str) -> dict:
        """An `Offer` from a price as typed: a number in euros gives price and currency,
        "gratuit" (or 0 €) a free offer, anything else stays a description."""
        text = " ".join((price_text or "").split())
        offer = {"@type": "Offer", "url": url, "category": "Paid"}
        if match := PRICE.search(text):
            price = Decimal(f"{re.sub(r'[^0-9]', '', match[1])}.{match[2] or '0'}")
            offer["price"] = str(price.normalize()) if price % 1 else str(int(price))
            offer["priceCurrency"] = "EUR"
        elif FREE.search(text):
            offer.update(price="0", priceCurrency="EUR")
        if offer.get("price") == "0":
            offer["category"] = "Free"
        if text and (match is None or text != match[0]):
            offer["description"] = text
        return offer


def page_crumbs(page, data: StructuredData) -> list[tuple[str, str]]:
    """The page's breadcrumb: its ancestors below the root, then itself."""
    return [(ancestor.title, ancestor) for ancestor in breadcrumb_ancestors(page)] + [
        (page.title, page)
    ]


def default_page_node(page, data: StructuredData) -> dict:
    """A page no app describes: a `WebPage`, or a `CollectionPage` for a section."""
    from .templatetags.syndication_tags import page_description

    node = {
        "@type": "CollectionPage" if isinstance(page, SectionPage) else "WebPage",
        "@id": data.url(page),
        "url": data.url(page),
        "name": page.seo_title or page.title,
        "inLanguage": LANGUAGE,
        "isPartOf": {"@id": data.root_url + "/#site"},
    }
    if description := page_description(page):
        node["description"] = description
    if modified := updated_on(page):
        node["dateModified"] = data.datetime(modified)
    return node


def graph(request, context, subjects) -> list[dict]:
    """Every node of what the page shows: the subjects' and, for a page, its breadcrumb."""
    nodes = []
    for subject in subjects:
        data = StructuredData(request, context, subject)
        builder = builder_for(subject)
        if isinstance(subject, Page):
            if is_restricted(subject, request):
                continue
            built = builder(subject, data) if builder else default_page_node(subject, data)
            nodes += built if isinstance(built, list) else [built]
            if subject.depth > 2:  # the home page has no breadcrumb, as on screen
                nodes.append(data.breadcrumb(page_crumbs(subject, data)))
        elif builder is not None:
            built = builder(subject, data)
            nodes += built if isinstance(built, list) else [built]
    return [node for node in nodes if node]


def script(nodes: list[dict]) -> SafeString:
    """The nodes as one JSON-LD script, escaped so that no text can close it."""
    if not nodes:
        return SafeString("")
    document = {"@context": CONTEXT, "@graph": nodes}
    text = json.dumps(document, ensure_ascii=False, indent=1, default=str)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(JSON_ESCAPES)),  # noqa: S308 — escaped above
    )


def content_properties(page, data: StructuredData, competencies=None) -> dict:
    """What every content page (core.content.ContentPage) says of itself, as a schema.org
    `LearningResource` (or its `Course` subtype) does: its classification (competencies
    taught as defined terms of their referential, publics as audiences, support type,
    licence), its dates and its publisher. `competencies` saves a query to a caller whose
    page already loaded them; the other terms are loaded here once for the page, and the
    page's own template then reads them from there."""
    from taxonomy.structured_data import audiences, defined_terms

    prefetch_related_objects([page], "publics")
    if competencies is None:
        prefetch_related_objects([page], "competencies")
        competencies = page.competencies.all()
    node = {
        "@id": data.url(page),
        "url": data.url(page),
        "name": page.title,
        "description": page.search_description or page.summary,
        "inLanguage": LANGUAGE,
        "publisher": data.hub(),
        "isPartOf": {"@id": data.root_url + "/#site"},
    }
    if image := data.image(page):
        node["image"] = image
    if page.first_published_at:
        node["datePublished"] = data.datetime(page.first_published_at)
    if modified := updated_on(page):
        node["dateModified"] = data.datetime(modified)
    if terms := defined_terms(competencies, data):
        node["teaches"] = terms
    if publics := audiences(page.publics.all()):
        node["audience"] = publics
    if page.support_type:
        node["learningResourceType"] = page.support_type.name
    if page.licence:
        node["license"] = page.licence.url or data.url(page.licence)
    return node
