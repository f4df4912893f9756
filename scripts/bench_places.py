"""Places benchmark: `make bench-places` (PLACES_DATABASE_URL=postgres://… for PostgreSQL).

On a database of its own (emptied of places first), with places generated from the
demo's 474 (their communes over the 13 départements, services, hours; each copy with
its own id, name and address):

- import: a file of N lines in the standard written to disk, imported through
  `import_places` as the command does (read by chunks), then imported again (every line
  an update); lines per second and the peak of the process's memory (RSS);
- exports: CSV, JSON and data·inclusion's structures and services of E published places
  through Django's test client, streamed to the end: time, size, queries, peak RSS;
- the list page /lieux/ (and its markers JSON) at P places: median and p95 of 30
  requests, and the queries of one.

The peak RSS is the process's high-water mark, reset before each step (Linux
/proc/self/clear_refs), minus the memory in use before it: what that step added.
"""

import argparse
import contextlib
import csv
import datetime
import os
import statistics
import sys
import tempfile
import time
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

from demo.places import build_places  # noqa: E402
from places.exporting import generation  # noqa: E402
from places.importing import import_places  # noqa: E402
from places.models import Place  # noqa: E402
from places.rows import to_row  # noqa: E402
from places.standard import field_names  # noqa: E402

EXPORTS = {
    "CSV": "/lieux/export.csv",
    "JSON": "/lieux/export.json",
    "data·inclusion structures": "/lieux/export-data-inclusion/structures.json",
    "data·inclusion services": "/lieux/export-data-inclusion/services.json",
}
PAGES = {
    "/lieux/": "/lieux/",
    "/lieux/ filtered": "/lieux/?departement=31&service=aide-aux-demarches-administratives",
    "/lieux/ open now near Albi": "/lieux/?ouvert=on&pres_de=Albi",
    "/lieux/ page 10": "/lieux/?page=10",
    "/lieux/marqueurs.json": "/lieux/marqueurs.json",
}


def memory(field: str) -> int:
    """VmRSS or VmHWM of this process, in bytes (0 where /proc is not there)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class Peak:
    """The memory a step added at its peak (RSS high-water mark, reset at the start)."""

    def __enter__(self):
        with contextlib.suppress(OSError):
            Path("/proc/self/clear_refs").write_text("5")
        self.before = memory("VmRSS")
        return self

    def __exit__(self, *exc):
        self.added = max(memory("VmHWM") - self.before, 0)


def write_file(path: Path, count: int, start: int = 0) -> None:
    """`count` lines in the standard, copies of the demo's places, written as they go."""
    templates = [to_row(place) for place, _ in build_places(datetime.date(2026, 1, 1))]
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=field_names(), quoting=csv.QUOTE_ALL)
        writer.writeheader()
        for number in range(start, start + count):
            row = dict(templates[number % len(templates)])
            copy = number // len(templates)
            row["id"] = f"bench-{number}"
            row["nom"] = f"{row['nom']} {copy}" if copy else row["nom"]
            row["adresse"] = f"{number} {row['adresse'].split(' ', 1)[1]}"
            writer.writerow(row)


def import_file(path: Path):
    with path.open("rb") as source, Peak() as peak:
        started = time.perf_counter()
        report = import_places(source, path.name)
        elapsed = time.perf_counter() - started
    return report, elapsed, peak.added


def ensure_places(count: int, folder: Path) -> None:
    """Exactly `count` published places (generated ones added or the last ones removed)."""
    existing = Place.objects.count()
    if existing < count:
        path = folder / "more.csv"
        write_file(path, count - existing, start=10_000_000 + existing)
        import_file(path)
        path.unlink()
    elif existing > count:
        keep = list(Place.objects.order_by("pk").values_list("pk", flat=True)[:count])
        Place.objects.exclude(pk__in=keep).delete()
    Place.objects.update(status=Place.Status.PUBLISHED)
    generation.bump()
    cache.clear()


def get(client: Client, url: str):
    """Time, bytes, queries of one request read to its end."""
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        content = response.streaming_content if response.streaming else [response.content]
        size = sum(len(chunk) for chunk in content)
        elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise SystemExit(f"{url}: {response.status_code}")
    return elapsed, size, len(queries)


def table(title: str, header: list[str], rows: list[list]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    print(f"\n{title}")
    for cells in [header, ["-" * width for width in widths], *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(cells, widths, strict=True)))


def numbers(text: str) -> list[int]:
    return [int(item) for item in text.split(",") if item]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=numbers, default=[10_000, 100_000])
    parser.add_argument("--exports", type=numbers, default=[20_000, 100_000])
    parser.add_argument("--pages", type=numbers, default=[474, 20_000])
    parser.add_argument("--repeat", type=int, default=30)
    options = parser.parse_args()
    call_command("migrate", verbosity=0)
    database = connection.vendor
    client = Client(HTTP_HOST="127.0.0.1")  # a host the dev settings allow
    folder = Path(tempfile.mkdtemp(prefix="bench-places-"))

    rows = []
    for count in options.lines:
        Place.objects.all().delete()
        path = folder / f"lieux-{count}.csv"
        write_file(path, count)
        size = path.stat().st_size / 1e6
        for label in ("created", "updated"):
            report, elapsed, peak = import_file(path)
            done = report.created if label == "created" else report.updated
            if done != count or report.invalid:
                raise SystemExit(report.as_text()[:2000])
            rows.append(
                [f"{count:,}", f"{size:.0f} MB", label, f"{elapsed:.1f} s",
                 f"{count / elapsed:,.0f}", f"{peak / 1e6:.0f} MB"]
            )  # fmt: skip
        path.unlink()
    table(
        f"Import ({database})",
        ["lines", "file", "places", "time", "lines/s", "peak RSS added"],
        rows,
    )

    rows = []
    for count in sorted(options.exports, reverse=True):
        ensure_places(count, folder)
        for name, url in EXPORTS.items():
            generation.bump()
            with Peak() as peak:
                elapsed, size, queries = get(client, url)
            rows.append(
                [f"{count:,}", name, f"{elapsed:.1f} s", f"{size / 1e6:.0f} MB", queries,
                 f"{peak.added / 1e6:.0f} MB"]
            )  # fmt: skip
    table(
        f"Exports, streamed ({database})",
        ["places", "export", "time", "size", "queries", "peak RSS added"],
        rows,
    )

    rows = []
    for count in sorted(options.pages):
        ensure_places(count, folder)
        for name, url in PAGES.items():
            generation.bump()
            first, size, queries = get(client, url)
            times = [get(client, url)[0] for _ in range(options.repeat)]
            rows.append(
                [f"{count:,}", name, f"{first * 1000:.0f} ms",
                 f"{statistics.median(times) * 1000:.0f} ms",
                 f"{statistics.quantiles(times, n=20)[-1] * 1000:.0f} ms",
                 f"{size / 1000:.0f} KB", queries]
            )  # fmt: skip
    table(
        f"Pages, {options.repeat} requests after a first one ({database})",
        ["places", "page", "first", "median", "p95", "size", "queries"],
        rows,
    )
    folder.rmdir()


if __name__ == "__main__":
    main()
