"""Counting page views without tracking anyone, as downloads are counted
(`documents.counting`): bots left out, each client once per page per day under a keyed
hash that lives a day in the cache, and a table of (day, page, count) only.

Pages are counted where they are served: by Wagtail (the `on_serve_page` hook, for
members and anonymous visitors) and by the page cache, which answers anonymous
visitors without running the page's `serve` (`rhinocc.page_cache`). Previews and the
admin never pass through either.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.module_loading import import_string

from documents.counting import is_bot

from .models import PageView

ONE_DAY = 24 * 3600


def count_page_view(request, page_id: int) -> None:
    """Adds one to today's views of the page, unless a bot asked or this client was
    already counted on it today. One UPDATE, or an INSERT on the day's first view."""
    if request.method != "GET" or getattr(request, "is_preview", False) or is_bot(request):
        return
    day = timezone.localdate()
    if not first_view_today(request, day, page_id):
        return
    rows = PageView.objects.filter(day=day, page_id=page_id)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            PageView.objects.create(day=day, page_id=page_id, count=1)
    except IntegrityError:
        # Another request created today's row between our update and insert.
        rows.update(count=F("count") + 1)


def first_view_today(request, day, page_id: int) -> bool:
    counted_client = import_string(settings.RHINOCC_COUNTED_CLIENT_CALLABLE)
    counted = f"{day}:{page_id}:{counted_client(request)}"
    digest = salted_hmac("analytics.counting", counted, algorithm="sha256").hexdigest()[:32]
    return cache.add(f"page-views:{digest}", 1, timeout=ONE_DAY)


def counting_page_views(serve):
    """Wagtail's `on_serve_page` hook: the page counts once it is really shown (a 200),
    after the view restrictions had their say."""

    def serve_and_count(page, request, args, kwargs):
        response = serve(page, request, args, kwargs)
        if response.status_code == 200:
            count_page_view(request, page.pk)
        return response

    return serve_and_count
