"""Places benchmark: `make bench-places` (import of 100,000 lines, export of 20,000 places).

On a database of its own (BENCH_DATABASE_URL, SQLite by default, emptied of places first):
writes a file of N lines in the standard (distinct ids and addresses), times
`import_places` on it (check of every line, then the bulk writes), then times the
streamed CSV export of E published places through Django's test client, with the SQL
queries it makes and the peak of memory it allocates (tracemalloc), cold then from cache.
"""

import argparse
import csv
import io
import os
import sys
import time
import tracemalloc
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rhinocc.settings.dev")
django.setup()

from django.conf import settings  # noqa: E402

settings.DEBUG = False

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from places.importing import import_places  # noqa: E402
from places.models import Place  # noqa: E402
from places.standard import VALID_EXAMPLE_PATH  # noqa: E402


def standard_file(count: int) -> bytes:
    row = next(csv.DictReader(io.StringIO(VALID_EXAMPLE_PATH.read_text(encoding="utf-8"))))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(row), quoting=csv.QUOTE_ALL)
    writer.writeheader()
    for number in range(count):
        writer.writerow(
            {**row, "id": f"bench-{number}", "adresse": f"{number} rue de la République"}
        )
    return out.getvalue().encode("utf-8")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--export", type=int, default=20_000)
    options = parser.parse_args()
    call_command("migrate", verbosity=0)
    Place.objects.all().delete()

    data = standard_file(options.lines)
    started = time.perf_counter()
    report = import_places(data, "bench.csv")
    elapsed = time.perf_counter() - started
    print(
        f"import: {options.lines} lines ({len(data) / 1e6:.1f} MB) in {elapsed:.1f} s "
        f"({options.lines / elapsed:,.0f} lines/s) — {report.summary()}"
    )

    keep = Place.objects.order_by("pk").values_list("pk", flat=True)[: options.export]
    Place.objects.exclude(pk__in=list(keep)).delete()
    Place.objects.update(status=Place.Status.PUBLISHED)
    cache.clear()
    # The dev settings allow this host, not the test client's default "testserver".
    client = Client(HTTP_HOST="127.0.0.1")
    for label in ("cold", "cached"):
        tracemalloc.start()
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/lieux/export.csv")
            size = sum(len(chunk) for chunk in response.streaming_content)
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"export ({label}): {Place.objects.count()} places, {size / 1e6:.1f} MB in "
            f"{elapsed:.2f} s, {len(queries)} queries, peak {peak / 1e6:.1f} MB allocated"
        )


if __name__ == "__main__":
    main()
