"""Whole-page cache of public pages for anonymous visitors.

wagtail-cache does this for Wagtail up to 7, not 8, so this is the same idea
kept small: Django's cache framework (Redis in production, local memory in
development) holds the HTML of public pages served to visitors without a
session; a generation number, bumped whenever published content changes,
invalidates every cached page at once, so an editor's publish shows at once.

Never cached: anyone with a session cookie (logged in, or past a password),
pages under a view restriction, non-GET requests, anything but a plain 200
HTML response, responses that set cookies.

A stored copy is served only while its page is still live, at the same address and
under no view restriction, checked on every hit (two indexed queries): the generation
makes copies fresh, this makes them safe even when a change reached the database
without the signals that bump it (a bulk update, a Redis write lost in an outage).
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from wagtail.models import Page

from analytics.counting import count_page_view
from core.generations import PUBLISHED
from core.restrictions import is_served_restricted

CACHED_FLAG = "_rhinocc_page_cacheable"
# What a page told the Cache-Control of its response (rhinocc/http_cache.py), whether
# this cache is on or not: a public page, or one under a view restriction.
PUBLIC_PAGE_FLAG = "_rhinocc_public_page"
RESTRICTED_PAGE_FLAG = "_rhinocc_restricted_page"
PAGES = PUBLISHED


@dataclass(frozen=True)
class CachedPage:
    content: bytes
    headers: dict
    page_id: int
    url_path: str

    def still_public(self) -> bool:
        """The page is live, at the address it had, and nothing restricts it."""
        page = (
            Page.objects.filter(pk=self.page_id, live=True, expired=False)
            .only("path", "url_path")
            .first()
        )
        if page is None or page.url_path != self.url_path:
            return False
        return not page.get_view_restrictions().exists()


def invalidate_all_pages(**kwargs) -> None:
    """Every cached page is stale once any published content changes."""
    PAGES.bump()


def cache_key(request) -> str:
    return f"page-cache:page:{PAGES.current()}:{request.get_host()}:{request.get_full_path()}"


def is_cacheable_request(request) -> bool:
    return (
        settings.RHINOCC_PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def mark_public_pages_cacheable(page, request, serve_args, serve_kwargs):
    """Wagtail hook (see wagtail_hooks.py): only pages anyone may see are stored.

    It runs before Wagtail's own check of view restrictions (the project's hooks come
    first), so a restricted page is flagged even when the check answers instead of it.
    """
    if is_served_restricted(page, request):
        setattr(request, RESTRICTED_PAGE_FLAG, True)
        return
    setattr(request, PUBLIC_PAGE_FLAG, True)
    if is_cacheable_request(request):
        setattr(request, CACHED_FLAG, page)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = cache_key(request)
        cached = cache.get(key)
        if isinstance(cached, CachedPage) and cached.still_public():
            content = b"" if request.method == "HEAD" else cached.content
            response = HttpResponse(content, headers=cached.headers)
            response["X-Page-Cache"] = "hit"
            # Stored only while public (still_public): the same headers as on a miss.
            setattr(request, PUBLIC_PAGE_FLAG, True)
            # The page's serve does not run: its view is counted here (one UPDATE).
            count_page_view(request, cached.page_id)
            return response
        response = self.get_response(request)
        if self.should_store(request, response):
            page = getattr(request, CACHED_FLAG)
            headers = {name: value for name, value in response.items() if name != "Vary"}
            stored = CachedPage(response.content, headers, page.pk, page.url_path)
            cache.set(key, stored, settings.RHINOCC_PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def should_store(request, response) -> bool:
        return (
            getattr(request, CACHED_FLAG, None) is not None
            and request.method == "GET"
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and response.get("Content-Type", "").startswith("text/html")
        )
