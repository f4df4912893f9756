"""A year of the demo's activity: page views, downloads and searches without results,
written as the daily counters the site keeps, then aggregated for the dashboards.

Drawn from a seeded random generator, so that every load gives the same figures: each
public page has a popularity, weekdays are busier than weekends, and the hub's two
busy seasons (autumn, and spring's training sessions) show. Written once: a site that
already counts page views keeps its own. A few seconds at most (bulk inserts).
"""

import datetime
import random

from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from analytics.aggregation import aggregate
from analytics.models import PageView
from documents.models import DownloadCount, page_document_references
from search.models import UnansweredSearch

DAYS = 365
SEED = 17
# What visitors look for and the demo does not have (folded, as search stores them).
UNANSWERED_QUERIES = [
    "france connect",
    "ameli compte",
    "caf simulation",
    "impots en ligne",
    "permis de conduire antai",
    "pass numerique",
    "tablette senior",
    "whatsapp",
    "doctolib",
    "cv en ligne",
    "parcoursup",
    "arnaque sms",
]
# Busier months: the autumn's start and the spring's sessions.
SEASON = {
    1: 0.9,
    2: 1.0,
    3: 1.2,
    4: 1.1,
    5: 1.0,
    6: 0.9,
    7: 0.5,
    8: 0.3,
    9: 1.3,
    10: 1.4,
    11: 1.2,
    12: 0.7,
}


def daily_rate(day: datetime.date) -> float:
    weekend = 0.35 if day.weekday() >= 5 else 1.0
    return SEASON[day.month] * weekend


def load_statistics() -> int:
    """Writes the year's counters unless the site already counts views; then aggregates
    the year. Returns the number of page view rows written."""
    today = timezone.localdate()
    first = today - datetime.timedelta(days=DAYS - 1)
    written = 0
    if not PageView.objects.exists():
        # The files a page offers are read from Wagtail's reference index, which a task
        # updates after each save: with a real queue (production settings) the worker
        # has not caught up with the pages just loaded.
        call_command("rebuild_references_index", verbosity=0)
        with transaction.atomic():
            written = write_counters(first, today)
    aggregate(first, today)
    return written


def write_counters(first: datetime.date, last: datetime.date) -> int:
    generator = random.Random(SEED)  # noqa: S311 - reproducible demo figures
    pages = list(Page.objects.live().public().filter(depth__gte=2).values_list("pk", flat=True))
    # A few pages draw most of the visits.
    popularity = {pk: generator.paretovariate(1.5) for pk in pages}
    documents = sorted(
        {int(pk) for pk in page_document_references().values_list("to_object_id", flat=True)}
    )
    days = [first + datetime.timedelta(days=offset) for offset in range((last - first).days + 1)]
    views, downloads, searches = [], [], []
    for day in days:
        rate = daily_rate(day)
        for pk, weight in popularity.items():
            count = int(generator.expovariate(1 / (weight * 3 * rate)))
            if count:
                views.append(PageView(day=day, page_id=pk, count=count))
        for pk in generator.sample(documents, k=min(len(documents), 8)):
            count = int(generator.expovariate(1 / (2 * rate)))
            if count:
                downloads.append(DownloadCount(day=day, document_id=pk, count=count))
        for query in generator.sample(UNANSWERED_QUERIES, k=2):
            if generator.random() < rate / 2:
                searches.append(
                    UnansweredSearch(day=day, query=query, count=generator.randint(1, 4))
                )
    PageView.objects.bulk_create(views, batch_size=2000)
    DownloadCount.objects.bulk_create(downloads, batch_size=2000, ignore_conflicts=True)
    UnansweredSearch.objects.bulk_create(searches, batch_size=2000, ignore_conflicts=True)
    return len(views)
