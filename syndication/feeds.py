"""Atom feeds of the newest public contents: all, per section, per public community,
per theme and per competency.

Entries come from the search catalogue (`search.models.SearchEntry`), which already
holds one row per live content page with its restriction and its terms: a feed is a
filter on it, the same whatever the content type. Only unrestricted entries are read,
and the pages are looked up again as live and public, so that an index lagging behind a
change of privacy still never lets a private content out.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from core.sections import SectionPage
from search.facets import CONTENT_KINDS, Facet
from search.models import Restriction, SearchEntry, SearchEntryTerm
from search.registry import scoping_models
from taxonomy.models import Competency, Theme

from .cache import cached_until_publish
from .sitemaps import updated_on

# Bounded: a feed says what is new, the search and the sections list the rest.
FEED_SIZE = 50
HUB_NAME = "RhinOcc"
# The terms an entry lists as its categories.
CATEGORY_FACETS = (Facet.THEME, Facet.PUBLIC, Facet.COMPETENCY)
# The date part of the entries' tag URIs (RFC 4151): when the hub's feeds began.
TAG_DATE = "2026"


@dataclass(frozen=True)
class Selection:
    """What one feed lists, and the page of the site that it follows."""

    request: object
    title: str
    subtitle: str
    link: str
    entries: Q


def feed_title(subject: str = "") -> str:
    """« RhinOcc — nouveaux contenus », or « RhinOcc — Kits » for one selection."""
    if not subject:
        return _("%(hub)s — new contents") % {"hub": HUB_NAME}
    return _("%(hub)s — %(subject)s") % {"hub": HUB_NAME, "subject": subject}


def under(page) -> Q:
    return Q(page__path__startswith=page.path) & ~Q(page_id=page.pk)


def with_term(facet: Facet, value: str) -> Q:
    return Q(pk__in=SearchEntryTerm.objects.filter(facet=facet, value=value).values("entry_id"))


def site_root(request) -> Site:
    return Site.find_for_request(request) or Site.objects.get(is_default_site=True)


def public_pages(request, entries: Q) -> list[Page]:
    """The newest public live contents matching `entries`, as their specific pages,
    each with its `categories`, in three queries plus one per content type."""
    selected = list(
        SearchEntry.objects.filter(entries, kind__in=CONTENT_KINDS, restriction=Restriction.NONE)
        .prefetch_related(
            Prefetch(
                "terms",
                queryset=SearchEntryTerm.objects.filter(facet__in=CATEGORY_FACETS).order_by(
                    "facet", "label"
                ),
            )
        )
        .order_by("-published_at", "page_id")[:FEED_SIZE]
    )
    pages = (
        Page.objects.live()
        .public()
        .filter(pk__in=[entry.page_id for entry in selected])
        .defer_streamfields()
        .specific()
        .in_bulk()
    )
    hostname = site_root(request).hostname
    items = []
    for entry in selected:
        if page := pages.get(entry.page_id):
            page.feed_id = f"tag:{hostname},{TAG_DATE}:page-{page.pk}"
            page.feed_published_at = entry.published_at
            page.feed_categories = [term.label for term in entry.terms.all()]
            page.feed_link = page.get_full_url(request)
            items.append(page)
    return items


class ContentFeed(Feed):
    """The newest contents of a selection, as Atom entries written by the hub."""

    feed_type = Atom1Feed
    author_name = HUB_NAME

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        response["X-Content-Type-Options"] = "nosniff"
        return response

    def get_object(self, request, *args, **kwargs) -> Selection:
        raise NotImplementedError

    def title(self, selection):
        return selection.title

    def subtitle(self, selection):
        return selection.subtitle

    def link(self, selection):
        return selection.link

    def feed_url(self, selection):
        return selection.request.build_absolute_uri(selection.request.path)

    def author_link(self, selection):
        return site_root(selection.request).root_url + "/"

    def items(self, selection):
        return public_pages(selection.request, selection.entries)

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return getattr(page, "summary", "") or page.search_description

    def item_link(self, page):
        return page.feed_link

    def item_guid(self, page):
        # Stable when the page is renamed or moved: its id, not its address.
        return page.feed_id

    item_guid_is_permalink = False

    def item_pubdate(self, page):
        return page.feed_published_at

    def item_updateddate(self, page):
        return updated_on(page) or page.feed_published_at

    def item_categories(self, page):
        return page.feed_categories

    def item_author_name(self, page):
        return HUB_NAME


class AllContentsFeed(ContentFeed):
    def get_object(self, request):
        return Selection(
            request,
            feed_title(),
            _("The newest training modules, kits, workshop contents and resources."),
            site_root(request).root_url + "/",
            Q(),
        )


class SectionFeed(ContentFeed):
    def get_object(self, request, slug):
        root = site_root(request).root_page
        page = root.get_children().live().public().filter(slug=slug).specific().first()
        if not isinstance(page, SectionPage):
            raise Http404
        return Selection(
            request,
            feed_title(page.title),
            _("The newest contents of the section “%(title)s”.") % {"title": page.title},
            page.get_full_url(request),
            under(page),
        )


def community_pages():
    """The page types whose pages scope their descendants as a community's."""
    return [model for model in scoping_models() if model.search_scope_facet == Facet.COMMUNITY]


class CommunityFeed(ContentFeed):
    def get_object(self, request, slug):
        # A private space is under a view restriction: `public()` leaves it out, a 404.
        page = Page.objects.live().public().type(*community_pages()).filter(slug=slug).first()
        if page is None:
            raise Http404
        return Selection(
            request,
            feed_title(page.title),
            _("The newest contents contributed by the community “%(title)s”.")
            % {"title": page.title},
            page.get_full_url(request),
            under(page),
        )


class ThemeFeed(ContentFeed):
    def get_object(self, request, slug):
        theme = get_object_or_404(Theme, slug=slug)
        return Selection(
            request,
            feed_title(theme.name),
            _("The newest contents on the theme “%(name)s”.") % {"name": theme.name},
            request.build_absolute_uri(reverse("terms:theme", args=[theme.slug])),
            with_term(Facet.THEME, theme.slug),
        )


class CompetencyFeed(ContentFeed):
    def get_object(self, request, code):
        competency = get_object_or_404(Competency, code=code)
        return Selection(
            request,
            feed_title(str(competency)),
            _("The newest contents that develop the competency “%(name)s”.")
            % {"name": str(competency)},
            request.build_absolute_uri(reverse("terms:competency", args=[competency.code])),
            with_term(Facet.COMPETENCY, competency.code),
        )


all_contents = cached_until_publish(AllContentsFeed())
section = cached_until_publish(SectionFeed())
community = cached_until_publish(CommunityFeed())
theme = cached_until_publish(ThemeFeed())
competency = cached_until_publish(CompetencyFeed())
