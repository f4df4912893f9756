"""Queries and render time of one page of each type, on the local demo site.

Run with `make bench` (after `make run` has loaded the demo). Times are medians
of warm requests through Django's test client: no network, no static files.
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
    "/publics/seniors/",
    "/etiquettes/atelier/",
    "/departements/31/",
]


def representative_urls() -> list[tuple[str, str]]:
    seen = {}
    for page in Page.objects.live().filter(depth__gt=1).order_by("path").specific():
        seen.setdefault(type(page).__name__, page.url)
    return [*seen.items(), *((url, url) for url in EXTRA_URLS)]


def measure(client: Client, url: str) -> tuple[int, int, float]:
    response = client.get(url)  # warm: renditions, caches
    # DEBUG keeps a bounded log of every query; once full, a capture would see none.
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    return response.status_code, len(queries), statistics.median(timings)


def main() -> None:
    # As Django's test runner does: keep one connection, so its query log survives.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    client = Client(HTTP_HOST="localhost")
    print(f"{'page':<28} {'status':>6} {'queries':>8} {'median ms':>10}  url")
    for name, url in representative_urls():
        status, queries, median = measure(client, url)
        print(f"{name:<28} {status:>6} {queries:>8} {median:>10.1f}  {url}")


if __name__ == "__main__":
    main()
