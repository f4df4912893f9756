"""Sitemap and feeds, cached until the next publication.

Their answers change only when published content does: a generation of their own
(bumped by `syndication.signals`) is part of every stored answer's key, so a
publication makes all of them stale at once, whatever the number of feeds.
"""

from functools import wraps

from django.core.cache import cache
from django.http import HttpResponse

from core.generations import CacheGeneration

GENERATION = CacheGeneration("syndication:generation")
# A bound even without publications: a lost invalidation heals within the day.
TIMEOUT = 24 * 3600


def published_content_changed(**kwargs) -> None:
    GENERATION.bump()


def cached_until_publish(view):
    """Stores the view's successful answers per address (host, path and query)."""

    @wraps(view)
    def cached_view(request, *args, **kwargs):
        key = f"syndication:{GENERATION.current()}:{request.get_host()}:{request.get_full_path()}"
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            return HttpResponse(content, headers=headers)
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if response.status_code == 200 and not response.streaming:
            headers = {name: value for name, value in response.items() if name != "Vary"}
            cache.set(key, (response.content, headers), TIMEOUT)
        return response

    return cached_view
