"""Queries and render time of one page of each type, on the local demo site.

Run with `make bench` (after `make run` has loaded the demo). Times are medians
of warm requests through Django's test client (no network, no static files): the
page as built (page cache off, as every logged-in visitor gets it), then as an anonymous
visitor gets it from the page cache.
"""

import os
import statistics
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rhinocc.settings.dev")
django.setup()

from django.conf import settings  # noqa: E402
from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import close_old_connections, connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Page  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "20"))
EXTRA_URLS = [
    "/recherche/",
    "/recherche/?q=atelier",
    "/competences/",
    "/competences/CRCN-4.1/",
    "/recherche/?public=seniors",
    "/recherche/?q=atelier&competence=CRCN-1.1",
    "/recherche/communautes/",
    "/departements/31/",
]


def representative_urls() -> list[tuple[str, str]]:
    seen = {}
    for page in Page.objects.live().filter(depth__gt=1).order_by("path").specific():
        seen.setdefault(type(page).__name__, page.url)
    return [*seen.items(), *((url, url) for url in EXTRA_URLS)]


def median_ms(client: Client, url: str) -> float:
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def measure(client: Client, url: str) -> tuple[int, int, float, float]:
    """Status, queries and time of the page as built, then its time from the page cache."""
    settings.RHINOCC_PAGE_CACHE_SECONDS = 0
    response = client.get(url)  # warm: renditions, caches
    # DEBUG keeps a bounded log of every query; once full, a capture would see none.
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    built = median_ms(client, url)
    settings.RHINOCC_PAGE_CACHE_SECONDS = 600
    client.get(url)
    return response.status_code, len(queries), built, median_ms(client, url)


def main() -> None:
    # As Django's test runner does: keep one connection, so its query log survives.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    client = Client(HTTP_HOST="localhost")
    print(f"{'page':<22} {'status':>6} {'queries':>7} {'built ms':>9} {'cached ms':>9}  url")
    for name, url in representative_urls():
        status, queries, built, cached = measure(client, url)
        print(f"{name:<22} {status:>6} {queries:>7} {built:>9.1f} {cached:>9.1f}  {url}")


if __name__ == "__main__":
    main()
