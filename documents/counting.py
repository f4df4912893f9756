"""Counting downloads without tracking anyone."""

import re

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import CharField, F, Func, IntegerField, OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.module_loading import import_string

from .models import DownloadCount, page_document_references

# Crawlers, link checkers and scripts announce themselves; an empty agent is a script too.
BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|preview|monitor|"
    r"curl|wget|python|java/|go-http|okhttp|httpclient|libwww|scrapy|headless|lighthouse",
    re.IGNORECASE,
)


# A client counts at most this many downloads of one file (or bundle) a day: enough
# for a training room behind one address, too few for a script to inflate a count.
COUNTS_PER_CLIENT_PER_DAY = 10


def is_bot(request) -> bool:
    user_agent = request.headers.get("user-agent", "").strip()
    return not user_agent or bool(BOT_USER_AGENT.search(user_agent))


def count_download(request, *, document_id=None, bundle_page_id=None) -> None:
    """Adds one to today's counter of a document or a page's bundle, unless a bot asked
    or this client already counted its allowance of it today."""
    if is_bot(request):
        return
    lookup = {
        "day": timezone.localdate(),
        "document_id": document_id,
        "bundle_page_id": bundle_page_id,
    }
    if not within_client_allowance(request, **lookup):
        return
    updated = DownloadCount.objects.filter(**lookup).update(count=F("count") + 1)
    if updated:
        return
    try:
        with transaction.atomic():
            DownloadCount.objects.create(count=1, **lookup)
    except IntegrityError:
        # Another request created today's row between our update and insert.
        DownloadCount.objects.filter(**lookup).update(count=F("count") + 1)


def within_client_allowance(request, *, day, document_id, bundle_page_id) -> bool:
    """Counts this client's download in the cache (shared in production), under a keyed
    hash that no one can turn back into the address and that is gone after a day.

    The client is the one every limit counts (settings.RHINOCC_COUNTED_CLIENT_CALLABLE:
    through the trusted proxies' header, an IPv6 /64 as one client); documents may not
    import accounts, where it is worked out.
    """
    counted_client = import_string(settings.RHINOCC_COUNTED_CLIENT_CALLABLE)
    counted = f"{day}:{document_id}:{bundle_page_id}:{counted_client(request)}"
    key = (
        "downloads:"
        + salted_hmac("documents.counting", counted, algorithm="sha256").hexdigest()[:32]
    )
    if cache.add(key, 1, timeout=24 * 3600):
        return True
    try:
        return cache.incr(key) <= COUNTS_PER_CLIENT_PER_DAY
    except ValueError:  # expired between add() and incr()
        return cache.add(key, 1, timeout=24 * 3600)


def with_download_totals(pages):
    """Annotates pages with `download_total`: their bundle and the files they offer.

    Which files a page offers is read from Wagtail's reference index, so files in
    inline panels and in StreamField blocks both count.
    """
    offered_documents = (
        page_document_references()
        .filter(
            object_id=Cast(OuterRef(OuterRef("pk")), output_field=CharField()),
        )
        .values(document_id=Cast("to_object_id", output_field=IntegerField()))
    )
    # SUM as a plain function keeps each sub-query a single row, without a GROUP BY.
    file_downloads = DownloadCount.objects.filter(
        document_id__in=Subquery(offered_documents)
    ).values(total=Func(F("count"), function="SUM"))
    bundle_downloads = DownloadCount.objects.filter(bundle_page_id=OuterRef("pk")).values(
        total=Func(F("count"), function="SUM")
    )
    return pages.annotate(
        download_total=Coalesce(Subquery(file_downloads), 0)
        + Coalesce(Subquery(bundle_downloads), 0)
    )
