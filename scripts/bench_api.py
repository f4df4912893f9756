"""API benchmark: `make bench-api` (API_DATABASE_URL=postgres://… for PostgreSQL).

On a database of its own: the demo, workshop contents generated up to `--contents`
(demo's `generate_contents`) and published places up to `--places` (generated from the
demo's as `make bench-places` does). Then, through Django's test client (no network),
each list of 100 items: a first request, then `--repeat` requests, each one new to the
API (its ETag generation renewed, so that no 304 and no cache helps): median, p95 and
the queries of one request.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import django

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS.parent))
sys.path.insert(0, str(SCRIPTS))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rhinocc.settings.dev")
django.setup()

from django.conf import settings  # noqa: E402

settings.DEBUG = False
# The benchmark's own requests are not to be throttled.
settings.RHINOCC_API_RATE = "100000000/min"

import tempfile  # noqa: E402

from bench_places import ensure_places  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from api import conditional  # noqa: E402
from kits.models import WorkshopContentPage  # noqa: E402

CONTENTS = "/api/v1/pages/?type=kits.WorkshopContentPage&limit=100"
URLS = [
    ("contents, typed", CONTENTS),
    ("contents, typed, all fields", CONTENTS + "&fields=*"),
    ("contents, deep page", CONTENTS + "&offset=9000"),
    ("contents, theme filter", CONTENTS + "&theme=numerique-securise"),
    ("pages, untyped", "/api/v1/pages/?limit=100"),
    ("places", "/api/v1/places/?limit=100"),
    ("places, deep page", "/api/v1/places/?limit=100&offset=19000"),
    ("places, département 31", "/api/v1/places/?limit=100&departement=31"),
    ("sessions", "/api/v1/sessions/?limit=100"),
]  # fmt: skip


def get(client: Client, url: str):
    conditional.renew()
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise SystemExit(f"{url}: {response.status_code} {response.content[:300]!r}")
    return elapsed, len(queries), len(response.json()["items"])


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contents", type=int, default=10_000)
    parser.add_argument("--places", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=30)
    options = parser.parse_args()
    database = connection.vendor
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    missing = options.contents - WorkshopContentPage.objects.count()
    if missing > 0:
        print(f"Generating {missing:,} workshop contents…", flush=True)
        call_command("generate_contents", count=missing, verbosity=0)
    with tempfile.TemporaryDirectory() as folder:
        print(f"Ensuring {options.places:,} published places…", flush=True)
        ensure_places(options.places, Path(folder))
    cache.clear()
    client = Client(HTTP_HOST="localhost")
    contents = WorkshopContentPage.objects.live().count()
    print(f"\n{contents:,} workshop contents, {options.places:,} places, {database}\n")
    header = ["list", "items", "first", "median", "p95", "queries"]
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for name, url in URLS:
        first, queries, items = get(client, url)
        times = [get(client, url)[0] for _ in range(options.repeat)]
        row = [
            f"{name} `{url}`",
            items,
            f"{first * 1000:.0f} ms",
            f"{statistics.median(times) * 1000:.0f} ms",
            f"{statistics.quantiles(times, n=20)[-1] * 1000:.0f} ms",
            queries,
        ]
        print(" | ".join(str(cell) for cell in row), flush=True)


if __name__ == "__main__":
    main()
