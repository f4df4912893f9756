"""« Ouvert maintenant »: which published places are open at a moment, fast at 20,000 places.

Parsing every place's `horaires` per request is too slow, so each place's hours are read
once, when it is saved (a post_save receiver) or imported (the importer calls
`refresh_openings` on what it wrote), into PlaceOpening rows: for each day of the week, the
intervals it opens on an ordinary day and on a public holiday falling on that day (`PH off`
and the like). A query is then one EXISTS on that table. The few places whose rules depend
on months, dates or « the first Monday » get a single CHECK row instead and are evaluated
exactly, by the parser, at query time.

Times are those of Europe/Paris (settings.TIME_ZONE): a UTC moment is converted first.
"""

import datetime
import zoneinfo
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from .models.opening import PlaceOpening
from .models.place import Place
from .opening_hours import OpeningHours, OpeningHoursError, french_public_holidays, parse

DAY = 24 * 60
# A week without public holidays (Monday 6 to Sunday 12 January 2025): an ordinary day of
# each weekday, for rules that name no month nor date.
ORDINARY_WEEK = [datetime.date(2025, 1, 6) + datetime.timedelta(days=n) for n in range(7)]
Kind = PlaceOpening.Kind


def holiday_on(weekday: int) -> datetime.date:
    """A French public holiday that falls on `weekday`, whichever: without dates in the
    rules, every holiday on the same weekday opens the same way."""
    for year in range(2024, 2040):
        for day in sorted(french_public_holidays(year)):
            if day.weekday() == weekday:
                return day
    raise LookupError(weekday)


HOLIDAYS_BY_WEEKDAY = [holiday_on(weekday) for weekday in range(7)]


def is_weekly(hours: OpeningHours) -> bool:
    """True when the hours repeat every week: no months, dates nor nth weekday."""
    return all(
        not rule.dates and not any(weekdays.nth for weekdays in rule.weekdays)
        for rule in hours.rules
    )


def intervals(horaires: str) -> list[tuple[int, int, int, int]]:
    """(kind, weekday, opens, closes) rows for `horaires`; none when it is empty or not
    understood (such a place is never « open now »)."""
    if not horaires.strip():
        return []
    try:
        hours = parse(horaires)
    except OpeningHoursError:
        return []
    if not is_weekly(hours):
        return [(Kind.CHECK, 0, 0, 0)]
    rows = []
    for kind, days in ((Kind.WEEK, ORDINARY_WEEK), (Kind.HOLIDAY, HOLIDAYS_BY_WEEKDAY)):
        for day in days:
            rows.extend(
                (kind, day.weekday(), start, end)
                for start, end in hours.day_spans(day)
                if end > start
            )
    return rows


def refresh_openings(places: Iterable) -> None:
    """Rewrites the intervals of `places` (saved Place objects) from their `horaires`: call it
    after anything that writes hours without Place.save (bulk_create, bulk_update)."""
    places = [place for place in places if place.pk]
    if not places:
        return
    with transaction.atomic():
        PlaceOpening.objects.filter(place_id__in=[place.pk for place in places]).delete()
        PlaceOpening.objects.bulk_create(
            [
                PlaceOpening(
                    place_id=place.pk, kind=kind, weekday=weekday, opens=opens, closes=closes
                )
                for place in places
                for kind, weekday, opens, closes in intervals(place.horaires)
            ],
            batch_size=2000,
        )


def local_moment(moment: datetime.datetime) -> datetime.datetime:
    """`moment` in Europe/Paris; a naive moment is taken as already there."""
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    if timezone.is_naive(moment):
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def day_kind(day: datetime.date) -> int:
    return Kind.HOLIDAY if day in french_public_holidays(day.year) else Kind.WEEK


def open_at(queryset: QuerySet, moment: datetime.datetime) -> QuerySet:
    """The published places of `queryset` open at `moment` (aware, any zone; or naive, Paris).

    One query runs now (the few places to check exactly), the rest stays a lazy queryset."""
    moment = local_moment(moment)
    today, minute = moment.date(), moment.hour * 60 + moment.minute
    yesterday = today - datetime.timedelta(days=1)
    openings = PlaceOpening.objects.filter(place=OuterRef("pk"))
    open_today = openings.filter(
        kind=day_kind(today), weekday=today.weekday(), opens__lte=minute, closes__gt=minute
    )
    # Fr 20:00-02:00 keeps Saturday 01:00 open: yesterday's intervals past midnight.
    open_since_yesterday = openings.filter(
        kind=day_kind(yesterday), weekday=yesterday.weekday(), closes__gt=minute + DAY
    )
    queryset = queryset.filter(status=Place.Status.PUBLISHED)
    to_check = queryset.filter(Exists(openings.filter(kind=Kind.CHECK))).values_list(
        "pk", "horaires"
    )
    exact = [pk for pk, horaires in to_check if exactly_open(horaires, moment)]
    return queryset.filter(Exists(open_today) | Exists(open_since_yesterday) | Q(pk__in=exact))


def exactly_open(horaires: str, moment: datetime.datetime) -> bool:
    """The parser's answer, for one place (its own page, or a CHECK row)."""
    if not horaires.strip():
        return False
    try:
        return parse(horaires).is_open(local_moment(moment))
    except OpeningHoursError:
        return False
