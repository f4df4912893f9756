"""The daily figures, built from the raw tables of every app (`aggregate_statistics`).

Each run replaces the figures of the days it covers, from the first day of its first
month (the monthly rankings are rebuilt whole): it is idempotent, and a day can be
rebuilt after a correction. Every flow is one grouped query over the whole range,
whatever its length. Snapshots (what exists: places, members…) cannot be rebuilt for a
past day, so they are written for the range's last day only.
"""

import datetime
from collections import Counter, defaultdict

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from catalogue.models import Registration, TrainingSession
from communities.models import CommunityPage
from documents.models import DownloadCount, page_document_references
from places.models import Place
from search.facets import CONTENT_KINDS, Facet
from search.models import Restriction, SearchEntry, SearchEntryTerm, UnansweredSearch
from social.models import CollectionItem, Recommendation

from .models import MONTHLY, SNAPSHOTS, DailyFigure, Metric, PageView

# "Recommandé" and "Très recommandé" make a content recommended.
RECOMMENDED_LEVEL = Recommendation.Level.RECOMMENDED


def aggregate(first: datetime.date, last: datetime.date) -> int:
    """Rebuilds the figures from `first`'s month to `last` (included); returns their number."""
    first = first.replace(day=1)
    figures = Counter()
    for collect in (
        page_views,
        downloads,
        unanswered_searches,
        saves,
        ratings,
        publications,
        new_members,
        training,
    ):
        figures.update(collect(first, last))
    figures.update(snapshots(last))
    figures = by_month(figures)
    with transaction.atomic():
        DailyFigure.objects.filter(day__range=(first, last)).exclude(metric__in=SNAPSHOTS).delete()
        DailyFigure.objects.filter(day=last, metric__in=SNAPSHOTS).delete()
        DailyFigure.objects.bulk_create(
            DailyFigure(day=day, metric=metric, dimension=dimension, value=value)
            for (day, metric, dimension), value in figures.items()
            if value
        )
    return sum(1 for value in figures.values() if value)


def by_month(figures: Counter) -> Counter:
    """The monthly metrics' days moved to their month's first day, values summed."""
    moved = Counter()
    for (day, metric, dimension), value in figures.items():
        moved[day.replace(day=1) if metric in MONTHLY else day, metric, dimension] += value
    return moved


def moments(first: datetime.date, last: datetime.date) -> tuple[datetime.datetime, ...]:
    """The first instant of `first` and of the day after `last`, in local time."""
    start = datetime.datetime.combine(first, datetime.time.min)
    end = datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time.min)
    return timezone.make_aware(start), timezone.make_aware(end)


def restricted_page_ids(page_ids) -> set[int]:
    """Which of these pages lie under a view restriction (a private space, a group)."""
    restricted = Q()
    for path in PageViewRestriction.objects.values_list("page__path", flat=True):
        restricted |= Q(path__startswith=path)
    if not restricted:
        return set()
    return set(Page.objects.filter(restricted, pk__in=page_ids).values_list("pk", flat=True))


def page_views(first, last) -> Counter:
    rows = list(
        PageView.objects.filter(day__range=(first, last)).values_list("day", "page_id", "count")
    )
    restricted = restricted_page_ids({page_id for _day, page_id, _count in rows})
    figures = Counter()
    for day, page_id, count in rows:
        figures[day, Metric.PAGE_VIEWS, str(page_id)] += count
        figures[day, Metric.VIEWS, ""] += count
        if page_id not in restricted:
            figures[day, Metric.PUBLIC_VIEWS, ""] += count
    return figures


def downloads(first, last) -> Counter:
    """A file's downloads count for every content that offers it; a bundle's for its page.
    The public total counts what a public page offers, each download once."""
    rows = list(
        DownloadCount.objects.filter(day__range=(first, last)).values_list(
            "day", "document_id", "bundle_page_id", "count"
        )
    )
    offering = defaultdict(set)
    document_ids = {str(document_id) for _day, document_id, _page, _c in rows if document_id}
    for page_id, document_id in (
        page_document_references()
        .filter(to_object_id__in=document_ids)
        .values_list("object_id", "to_object_id")
    ):
        offering[int(document_id)].add(int(page_id))
    pages = {page_id for ids in offering.values() for page_id in ids}
    pages |= {page_id for _day, _document, page_id, _c in rows if page_id}
    restricted = restricted_page_ids(pages)
    figures = Counter()
    for day, document_id, bundle_page_id, count in rows:
        offered_on = offering[document_id] if document_id else {bundle_page_id}
        for page_id in offered_on:
            figures[day, Metric.PAGE_DOWNLOADS, str(page_id)] += count
        figures[day, Metric.DOWNLOADS, ""] += count
        if offered_on - restricted:
            figures[day, Metric.PUBLIC_DOWNLOADS, ""] += count
    return figures


def unanswered_searches(first, last) -> Counter:
    return Counter(
        {
            (day, Metric.UNANSWERED_SEARCHES, query): count
            for day, query, count in UnansweredSearch.objects.filter(
                day__range=(first, last)
            ).values_list("day", "query", "count")
        }
    )


def per_page_and_day(queryset, moment_field: str, metric: Metric, first, last) -> Counter:
    start, end = moments(first, last)
    rows = (
        queryset.filter(**{f"{moment_field}__gte": start, f"{moment_field}__lt": end})
        .annotate(day=TruncDate(moment_field))
        .values("day", "page_id")
        .annotate(total=Count("pk"))
        .values_list("day", "page_id", "total")
    )
    return Counter({(day, metric, str(page_id)): total for day, page_id, total in rows})


def saves(first, last) -> Counter:
    items = CollectionItem.objects.filter(page__isnull=False)
    return per_page_and_day(items, "added_at", Metric.SAVES, first, last)


def ratings(first, last) -> Counter:
    figures = per_page_and_day(
        Recommendation.objects.all(), "created_at", Metric.RATINGS, first, last
    )
    recommended = Recommendation.objects.filter(level__gte=RECOMMENDED_LEVEL)
    figures.update(per_page_and_day(recommended, "created_at", Metric.RECOMMENDED, first, last))
    return figures


def publications(first, last) -> Counter:
    """Contents still online, by the day they were first published: in all, public ones,
    per community (the contents under its page) and per département (its communities'
    départements, and an event's own)."""
    start, end = moments(first, last)
    entries = list(
        SearchEntry.objects.filter(
            kind__in=CONTENT_KINDS, published_at__gte=start, published_at__lt=end
        )
        .annotate(day=TruncDate("published_at"))
        .values_list("page_id", "day", "restriction", "page__path")
    )
    communities = list(CommunityPage.objects.values_list("pk", "path"))
    departments = defaultdict(set)
    for community_id, code in CommunityPage.departments.through.objects.values_list(
        "communitypage_id", "department__code"
    ):
        departments[community_id].add(code)
    entry_departments = defaultdict(set)
    for page_id, code in SearchEntryTerm.objects.filter(
        facet=Facet.DEPARTMENT, entry_id__in=[entry[0] for entry in entries]
    ).values_list("entry_id", "value"):
        entry_departments[page_id].add(code)
    figures = Counter()
    for page_id, day, restriction, path in entries:
        figures[day, Metric.PUBLISHED, ""] += 1
        if restriction == Restriction.NONE:
            figures[day, Metric.PUBLIC_PUBLISHED, ""] += 1
        codes = set(entry_departments[page_id])
        for community_id, community_path in communities:
            if path.startswith(community_path):
                figures[day, Metric.COMMUNITY_PUBLISHED, str(community_id)] += 1
                codes |= departments[community_id]
        for code in codes:
            figures[day, Metric.DEPARTMENT_PUBLISHED, code] += 1
    return figures


def new_members(first, last) -> Counter:
    start, end = moments(first, last)
    rows = (
        get_user_model()
        .objects.filter(date_joined__gte=start, date_joined__lt=end)
        .annotate(day=TruncDate("date_joined"))
        .values("day")
        .annotate(total=Count("pk"))
        .values_list("day", "total")
    )
    return Counter({(day, Metric.NEW_MEMBERS, ""): total for day, total in rows})


def training(first, last) -> Counter:
    """Sessions of published modules by their first day, and the people marked present
    at least once in them."""
    sessions = TrainingSession.objects.filter(
        start_date__range=(first, last), is_cancelled=False, module__live=True
    )
    figures = Counter(
        {
            (day, Metric.SESSIONS, ""): total
            for day, total in sessions.values("start_date")
            .annotate(total=Count("pk"))
            .values_list("start_date", "total")
        }
    )
    trained = (
        Registration.objects.filter(session__in=sessions, attendances__present=True)
        .values("session__start_date")
        .annotate(total=Count("pk", distinct=True))
        .values_list("session__start_date", "total")
    )
    figures.update({(day, Metric.TRAINED, ""): total for day, total in trained})
    return figures


def snapshots(day) -> Counter:
    figures = Counter()
    figures[day, Metric.CONTENTS, ""] = SearchEntry.objects.filter(
        kind__in=CONTENT_KINDS, restriction=Restriction.NONE
    ).count()
    places = Place.objects.published().values("department_code").annotate(total=Count("pk"))
    for code, total in places.values_list("department_code", "total"):
        figures[day, Metric.PLACES, ""] += total
        if code:
            figures[day, Metric.PLACES, code] += total
    figures[day, Metric.COMMUNITIES, ""] = CommunityPage.objects.live().count()
    figures[day, Metric.MEMBERS, ""] = get_user_model().objects.filter(is_active=True).count()
    return figures
