"""Statistics benchmark: `make bench-statistics` (STATISTICS_DATABASE_URL=postgres://… for
PostgreSQL).

On a database of its own: the demo, with its year of activity (demo/statistics.py: daily
page views of every public page, downloads, searches without results), aggregated by
`aggregate_statistics` over the year (timed). Then, through Django's test client (no
network), the editors' dashboard (as a hub editor), one of its CSV exports and the public
/statistiques/: a first request, then `--repeat` requests: median, p95 and the queries
of one request.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

import django

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rhinocc.settings.dev")
django.setup()

from django.conf import settings  # noqa: E402

settings.DEBUG = False

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.roles import HUB_EDITORS  # noqa: E402
from analytics.models import DailyFigure, PageView  # noqa: E402

URLS = [
    ("dashboard", "/admin/statistiques/", True),
    ("dashboard, 2nd page of contents", "/admin/statistiques/?page-contenus=2", True),
    ("dashboard CSV, every content", "/admin/statistiques/?export=contenus", True),
    ("public /statistiques/", "/statistiques/", False),
]


def get(client: Client, url: str):
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise SystemExit(f"{url}: {response.status_code}")
    return elapsed, len(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=30)
    options = parser.parse_args()
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    today = timezone.localdate()
    started = time.perf_counter()
    call_command(
        "aggregate_statistics", "--from", str(today - datetime.timedelta(days=364)), verbosity=0
    )
    aggregated = time.perf_counter() - started
    started = time.perf_counter()
    call_command("aggregate_statistics", verbosity=0)
    daily = time.perf_counter() - started
    editor, _created = get_user_model().objects.get_or_create(username="bench-statistiques")
    editor.groups.add(Group.objects.get(name=HUB_EDITORS))
    cache.clear()
    editors, visitors = Client(HTTP_HOST="localhost"), Client(HTTP_HOST="localhost")
    editors.force_login(editor)
    print(
        f"\n{PageView.objects.count():,} daily page view counters, "
        f"{DailyFigure.objects.count():,} daily figures, {connection.vendor}; "
        f"aggregating the year: {aggregated:.1f} s, the daily run (yesterday and today): "
        f"{daily:.2f} s\n"
    )
    header = ["request", "first", "median", "p95", "queries"]
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for name, url, as_editor in URLS:
        client = editors if as_editor else visitors
        first, queries = get(client, url)
        times = [get(client, url)[0] for _ in range(options.repeat)]
        row = [
            f"{name} `{url}`",
            f"{first * 1000:.0f} ms",
            f"{statistics.median(times) * 1000:.0f} ms",
            f"{statistics.quantiles(times, n=20)[-1] * 1000:.0f} ms",
            queries,
        ]
        print(" | ".join(str(cell) for cell in row), flush=True)


if __name__ == "__main__":
    main()
