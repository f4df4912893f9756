"""Search benchmark: `make bench-search` (10 000 contents) or `make bench-search N=100000`.

On a database of its own (BENCH_DATABASE_URL, SQLite by default), with the engine of
SEARCH_URL (the database by default): generates N realistic French workshop contents
with tags, competencies, publics and communities, rebuilds the search index (pages/s),
then times the search page server-side through Django's test client for a fixed mix
(plain, filtered, faceted, forgiving, autocomplete, empty) and counts its SQL queries;
then the close words of a typo alone, over the index's whole vocabulary. Templates
are compiled once, as in production (DEBUG off); the page cache is off.
"""

import argparse
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

# As in production, before any template is loaded: compiled templates kept, no query log.
settings.DEBUG = False

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from kits.models import WorkshopContentPage  # noqa: E402
from search import indexing  # noqa: E402
from search.backends import get_engine  # noqa: E402
from search.models import SearchEntry, SearchWord  # noqa: E402
from search.suggestions import closest_words  # noqa: E402

TYPOS = ["visioconferance", "smarphone", "arnaqe", "formalitees", "ordinatuer", "tabelte"]

MIX = {
    "plain": [
        "/recherche/?q=atelier+numerique+seniors",
        "/recherche/?q=securite+mots+de+passe",
        "/recherche/?q=demarches+en+ligne",
        "/recherche/?q=%22reseaux+sociaux%22",
    ],
    "filtered": [
        "/recherche/?q=atelier&public=seniors&competence=CRCN-1.1",
        "/recherche/?q=smartphone&type=contenu&niveau=beginner",
        "/recherche/?thematique=numerique-securise&tri=az",
    ],
    "faceted": [
        "/recherche/?q=visioconference&public=seniors&public=jeunes&etiquette=tablette",
        "/recherche/?competence=CRCN-2.1&competence=CRCN-1.1&page=3",
    ],
    # Corrected (a typo: the search, the close words, the search again), glued, synonyms.
    "forgiving": [
        "/recherche/?q=visioconferance",
        "/recherche/?q=motdepasse",
        "/recherche/?q=securiser+telephone",
        "/recherche/?q=smarphone+arnaque",
    ],
    "autocomplete": [
        "/recherche/suggestions/?q=mess",
        "/recherche/suggestions/?q=arnaq",
        "/recherche/suggestions/?q=coffre+fo",
    ],
    "empty": ["/recherche/", "/recherche/?page=5"],
}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--contents", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20, help="timed requests per URL")
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    missing = (
        args.contents - WorkshopContentPage.objects.filter(slug__startswith="genere-").count()
    )
    if missing > 0:
        print(f"Génération de {missing} contenus…", flush=True)
        started = time.monotonic()
        call_command("generate_contents", count=missing, verbosity=0)
        print(f"  {missing / (time.monotonic() - started):.0f} pages créées/s")

    engine = get_engine()
    started = time.monotonic()
    if engine.name != "database" and SearchEntry.objects.count() >= args.contents:
        # The database entries are there (a previous run): time the engine's own indexing.
        engine.rebuild()
        count, what = SearchEntry.objects.count(), f"index {engine.name} seul"
    else:
        count, what = indexing.rebuild(), "entrées en base + moteur"
    elapsed = time.monotonic() - started
    print(f"Moteur : {engine.name} — base : {connection.vendor} — {count} entrées")
    print(
        f"Indexation complète ({what}) : {count} pages en {elapsed:.1f} s "
        f"({count / elapsed:.0f} pages/s)"
    )

    # Every search built by the engine: the anonymous page cache would answer repeats.
    settings.RHINOCC_PAGE_CACHE_SECONDS = 0
    client = Client(HTTP_HOST="localhost")
    all_times, rows = [], []
    for kind, urls in MIX.items():
        times, queries = [], set()
        for url in urls:
            client.get(url)  # warm
            for _ in range(args.runs):
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    response = client.get(url)
                    times.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    sys.exit(f"{url} : HTTP {response.status_code}")
                queries.add(len(captured))
        all_times += times
        rows.append((kind, statistics.median(times), percentile(times, 0.95), queries))
    print(f"{'mix':<14}{'p50 ms':>8}{'p95 ms':>8}  requêtes SQL")
    for kind, p50, p95, queries in rows:
        print(f"{kind:<14}{p50:>8.1f}{p95:>8.1f}  {min(queries)}–{max(queries)}")
    print(
        f"{'ensemble':<14}{statistics.median(all_times):>8.1f}"
        f"{percentile(all_times, 0.95):>8.1f}  ({len(all_times)} requêtes)"
    )

    times = []
    for word in TYPOS * args.runs:
        started = time.perf_counter()
        closest_words(word)
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"Mots proches d'une faute ({connection.vendor}, {SearchWord.objects.count()} mots "
        f"indexés) : p50 {statistics.median(times):.2f} ms, p95 {percentile(times, 0.95):.2f} ms"
    )


if __name__ == "__main__":
    main()
