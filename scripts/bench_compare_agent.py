"""One side's measuring process for bench_compare.py (runs in that side's tree).

Reads a JSON request per line on stdin: {"urls": true} answers the pages to measure (one
live page of each type, then the search and vocabulary pages); {"url": …} renders that
page once through Django's test client and answers its time, queries and status.
"""

import json
import os
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rhinocc.settings.production")
django.setup()

from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import close_old_connections, connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Page  # noqa: E402

EXTRA_URLS = [
    "/recherche/",
    "/recherche/?q=atelier",
    "/recherche/?public=seniors",
    "/recherche/?q=atelier&competence=CRCN-1.1",
    "/recherche/communautes/",
    "/competences/",
    "/competences/CRCN-4.1/",
    "/departements/31/",
]


def representative_urls() -> list[tuple[str, str]]:
    seen = {}
    for page in Page.objects.live().public().filter(depth__gt=1).order_by("path").specific():
        seen.setdefault(type(page).__name__, page.url)
    return [*seen.items(), *((url, url) for url in EXTRA_URLS)]


def main() -> None:
    # One connection for the whole run, as Django's test runner keeps it.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    # A page that fails answers its status (500) in the table rather than stopping the run.
    client = Client(HTTP_HOST="localhost", raise_request_exception=False)
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("urls"):
            answer = {"urls": representative_urls()}
        else:
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(request["url"])
                elapsed = (time.perf_counter() - started) * 1000
            answer = {"ms": elapsed, "queries": len(queries), "status": response.status_code}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
