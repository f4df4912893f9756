"""ETag and Last-Modified on every answer of the API, and 304 when nothing changed.

Both come from one generation kept in the shared cache and renewed whenever anything the
API shows changes (a page published, moved or restricted, a file, a place, a session, a
vocabulary term: `changed`, connected in api/apps.py), so that a client asking again is
answered before any query of its lists, list or detail alike. The day is part of the tag
and of the date: "upcoming" sessions and events move at midnight without any change.
"""

import hashlib
import time
from datetime import datetime
from datetime import time as day_time
from uuid import uuid4

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag

KEY = "api:generation"
# The apps whose objects the API shows (wagtailcore: pages, their restrictions and
# collections; taggit: tags).
WATCHED_APPS = frozenset(
    {
        "wagtailcore",
        "taggit",
        "home",
        "catalogue",
        "kits",
        "communities",
        "places",
        "events",
        "taxonomy",
        "documents",
        "images",
    }
)


def current() -> tuple[str, float]:
    """(tag, time of the change) of the current generation."""
    value = cache.get(KEY)
    if value is None:
        value = new_value()
        cache.add(KEY, value, timeout=None)
        value = cache.get(KEY, value)
    tag, _, stamp = value.partition("@")
    return tag, float(stamp)


def new_value() -> str:
    return f"{uuid4().hex}@{time.time():.0f}"


def renew() -> None:
    cache.set(KEY, new_value(), timeout=None)


def bump() -> None:
    """At once (the transaction reads fresh values) and again after the commit."""
    renew()
    transaction.on_commit(renew)


def changed(sender, **kwargs) -> None:
    if getattr(sender, "_meta", None) is not None and sender._meta.app_label in WATCHED_APPS:
        bump()


def validators(request) -> tuple[str, float]:
    """The ETag and Last-Modified (a timestamp) of this request's answer."""
    tag, stamp = current()
    today = timezone.localdate()
    midnight = timezone.make_aware(datetime.combine(today, day_time.min)).timestamp()
    digest = hashlib.sha256(
        f"{tag}|{today.isoformat()}|{request.get_full_path()}".encode()
    ).hexdigest()[:32]
    return quote_etag(digest), max(stamp, midnight)


class NotModified(Exception):
    def __init__(self, response):
        self.response = response


class ConditionalMixin:
    """For API views: validators on every 200, and a 304 answered before the work."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD"):
            return
        etag, last_modified = validators(request._request)
        self._validators = (etag, last_modified)
        response = get_conditional_response(
            request._request, etag=etag, last_modified=int(last_modified)
        )
        if response is not None:
            raise NotModified(self.with_validators(response))

    def with_validators(self, response):
        etag, last_modified = self._validators
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        response["Cache-Control"] = "public, max-age=0, must-revalidate"
        return response

    def handle_exception(self, exc):
        if isinstance(exc, NotModified):
            return exc.response
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200 and hasattr(self, "_validators"):
            self.with_validators(response)
        return response
