"""Cache-Control for the HTTP cache in front of the site (Varnish, deploy/varnish.vcl)
and for browsers.

The site says explicitly what a shared cache may keep, and the proxy keeps nothing
else (the VCL refuses a response without Cache-Control): so a view that forgets to
say is safe, merely not cached.

- a public page served to an anonymous visitor (the pages the page cache would store:
  page_cache.mark_public_pages_cacheable) and the search results of an anonymous visitor
  are public, briefly for browsers (max-age), longer for the proxy (s-maxage), which
  Wagtail's frontend cache purges on publish (rhinocc/frontend_cache.py); search results
  cannot be purged by query, so they keep a short s-maxage;
- anything personal (a session or messages cookie, a logged-in user, an Authorization
  header, a response that sets a cookie) and every page under a view restriction, even
  for an anonymous visitor (the login redirect, the password form), are
  `private, no-store`;
- a view that set its own Cache-Control (documents, images, places, the API, exports,
  the member area's never_cache…) keeps it.
"""

from django.conf import settings
from django.utils.cache import patch_vary_headers

from .page_cache import PUBLIC_PAGE_FLAG, RESTRICTED_PAGE_FLAG

PERSONAL = "private, no-store"
SEARCH_VIEWS = {"search", "search_communities"}


def public(max_age: int, shared_max_age: int, stale: int) -> str:
    directives = ["public", f"max-age={max_age}", f"s-maxage={shared_max_age}"]
    if stale:
        directives.append(f"stale-while-revalidate={stale}")
    return ", ".join(directives)


def is_personal(request, response) -> bool:
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return True
    if "Authorization" in request.headers or response.cookies:
        return True
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def is_search(request) -> bool:
    match = request.resolver_match
    return match is not None and not match.namespace and match.url_name in SEARCH_VIEWS


def cache_control(request, response) -> str | None:
    """What the response's Cache-Control should be, or None to leave it unset."""
    if is_personal(request, response) or getattr(request, RESTRICTED_PAGE_FLAG, False):
        return PERSONAL
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return None
    if getattr(request, PUBLIC_PAGE_FLAG, False):
        return public(
            settings.RHINOCC_HTTP_CACHE_SECONDS,
            settings.RHINOCC_HTTP_SHARED_CACHE_SECONDS,
            settings.RHINOCC_HTTP_STALE_SECONDS,
        )
    if is_search(request):
        seconds = settings.RHINOCC_HTTP_SEARCH_CACHE_SECONDS
        return public(seconds, seconds, 0)
    return None


class CacheControlMiddleware:
    """Before the page cache in MIDDLEWARE: it sees the page cache's hits too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" in response:
            return response
        value = cache_control(request, response)
        if value is None:
            return response
        response["Cache-Control"] = value
        if value != PERSONAL:
            # The copy is the anonymous one: a cache must not give it to a visitor
            # who arrives with a session.
            patch_vary_headers(response, ["Cookie"])
        return response
