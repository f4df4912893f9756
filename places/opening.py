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
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from .models.opening import PlaceOpening
from .models.place import Place
from .opening_hours import OpeningHours, OpeningHoursError, french_public_holidays, parse

DAY = 24 * 60
BATCH_SIZE = 1000
# 5 parameters a row: 2,000 per statement, under SQLite's and PostgreSQL's limits.
ROWS_PER_INSERT = 400
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


@lru_cache(maxsize=4096)
def parsed(horaires: str) -> OpeningHours | None:
    """The parsed hours, or None when empty or not understood; cached, as many places share
    the same text (« Mo-Fr 09:00-12:00,14:00-17:00 »)."""
    if not horaires.strip():
        return None
    try:
        return parse(horaires)
    except OpeningHoursError:
        return None


@lru_cache(maxsize=4096)
def intervals(horaires: str) -> tuple[tuple[int, int, int, int], ...]:
    """(kind, weekday, opens, closes) rows for `horaires`; none when it is empty or not
    understood (such a place is never « open now »)."""
    hours = parsed(horaires)
    if hours is None:
        return ()
    if not is_weekly(hours):
        return ((Kind.CHECK, 0, 0, 0),)
    rows = []
    for kind, days in ((Kind.WEEK, ORDINARY_WEEK), (Kind.HOLIDAY, HOLIDAYS_BY_WEEKDAY)):
        for day in days:
            rows.extend(
                (kind, day.weekday(), start, end)
                for start, end in hours.day_spans(day)
                if end > start
            )
    return tuple(rows)


def refresh_openings(places: Iterable) -> None:
    """Rewrites the intervals of `places` (saved Place objects) from their `horaires`: call it
    after anything that writes hours without Place.save (bulk_create, bulk_update).

    The rows go in as plain multi-row INSERTs rather than bulk_create: a model instance per
    interval made 20,000 places (160,000 intervals) take 13 s on SQLite; executemany was
    fast on SQLite but a round trip per row on PostgreSQL (22 s)."""
    places = [place for place in places if place.pk]
    if not places:
        return
    table = connection.ops.quote_name(PlaceOpening._meta.db_table)
    columns = ", ".join(
        connection.ops.quote_name(PlaceOpening._meta.get_field(name).column)
        for name in ("place", "kind", "weekday", "opens", "closes")
    )
    rows = [(place.pk, *row) for place in places for row in intervals(place.horaires)]
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(places), BATCH_SIZE):
            batch = places[start : start + BATCH_SIZE]
            PlaceOpening.objects.filter(place_id__in=[place.pk for place in batch]).delete()
        for start in range(0, len(rows), ROWS_PER_INSERT):
            batch = rows[start : start + ROWS_PER_INSERT]
            values = ", ".join(["(%s, %s, %s, %s, %s)"] * len(batch))
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES {values}",  # noqa: S608 — names from the model
                [value for row in batch for value in row],
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
    to_check = list(
        queryset.filter(Exists(openings.filter(kind=Kind.CHECK))).values_list("pk", "horaires")
    )
    answers = {text: exactly_open(text, moment) for text in {text for _pk, text in to_check}}
    exact = [pk for pk, text in to_check if answers[text]]
    return queryset.filter(Exists(open_today) | Exists(open_since_yesterday) | Q(pk__in=exact))


def exactly_open(horaires: str, moment: datetime.datetime) -> bool:
    """The parser's answer, for one place (its own page, or a CHECK row)."""
    hours = parsed(horaires)
    return hours is not None and hours.is_open(local_moment(moment))


# Hours as text, for a place's page.

SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DayHours:
    day: datetime.date
    spans: tuple[tuple[int, int], ...]
    is_today: bool
    is_holiday: bool

    @property
    def name(self) -> str:
        return capfirst(WEEKDAYS[self.day.weekday()])

    @property
    def text(self) -> str:
        return spans_text(self.spans) if self.spans else _("Closed")


@dataclass(frozen=True)
class WeekHours:
    """This week's hours of a place, day by day, and what its rules say of public holidays."""

    days: tuple[DayHours, ...]
    holidays: str  # a sentence on public holidays, or "" when the hours vary by period
    varies: bool  # rules by months or dates: this week is not every week
    comments: tuple[str, ...]
    weekly_spans: tuple[tuple[tuple[int, int], ...], ...]  # Monday…Sunday, ordinary days
    closed_on_holidays: bool

    @property
    def today(self) -> DayHours | None:
        return next((day for day in self.days if day.is_today), None)


def time_text(minutes: int) -> str:
    hours, minutes = divmod(minutes % DAY, 60)
    if minutes:
        return _("%(hours)d:%(minutes)02d") % {"hours": hours, "minutes": minutes}
    return _("%(hours)d:00") % {"hours": hours}


def spans_text(spans) -> str:
    """« 9 h – 12 h, 14 h – 17 h 30 »; round the clock, « 24 h/24 »."""
    if list(spans) == [(0, DAY)]:
        return _("Open 24 hours")
    return ", ".join(
        _("%(start)s – %(end)s") % {"start": time_text(start), "end": time_text(end)}
        for start, end in spans
    )


def holidays_text(hours: OpeningHours) -> tuple[str, bool]:
    """What the rules say of public holidays, and whether they close then."""
    ordinary = [tuple(hours.day_spans(day)) for day in ORDINARY_WEEK]
    holiday = [tuple(hours.day_spans(day)) for day in HOLIDAYS_BY_WEEKDAY]
    if holiday == ordinary:
        return _("Public holidays: the same hours as on other days."), False
    if not any(holiday):
        return _("Closed on public holidays."), True
    if len(set(holiday)) == 1:
        return _("Public holidays: %(hours)s.") % {"hours": spans_text(holiday[0])}, False
    return _("Public holidays: hours of their own, shown on the day."), False


def week_hours(horaires: str, today: datetime.date) -> WeekHours | None:
    """Monday to Sunday of the week of `today`, as the rules open them; None without hours
    (or with hours the parser refuses: the page then says nothing rather than something
    wrong)."""
    hours = parsed(horaires)
    if hours is None:
        return None
    monday = today - datetime.timedelta(days=today.weekday())
    holidays = french_public_holidays(monday.year) | french_public_holidays(
        (monday + datetime.timedelta(days=6)).year
    )
    days = tuple(
        DayHours(
            day=day,
            spans=tuple(hours.day_spans(day)),
            is_today=day == today,
            is_holiday=day in holidays,
        )
        for day in (monday + datetime.timedelta(days=n) for n in range(7))
    )
    varies = not is_weekly(hours)
    holiday_sentence, closed_on_holidays = ("", False) if varies else holidays_text(hours)
    return WeekHours(
        days=days,
        holidays=holiday_sentence,
        varies=varies,
        comments=tuple(dict.fromkeys(rule.comment for rule in hours.rules if rule.comment)),
        weekly_spans=() if varies else tuple(tuple(hours.day_spans(day)) for day in ORDINARY_WEEK),
        closed_on_holidays=closed_on_holidays,
    )


def opening_specification(week: WeekHours | None) -> list[dict]:
    """schema.org OpeningHoursSpecification of hours that repeat every week: days that open
    alike grouped; closed on public holidays said as schema.org does (00:00–00:00)."""
    if week is None or week.varies:
        return []
    by_spans: dict[tuple, list[str]] = {}
    for weekday, spans in enumerate(week.weekly_spans):
        if spans:
            by_spans.setdefault(spans, []).append(f"https://schema.org/{SCHEMA_DAYS[weekday]}")
    specification = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": days,
            "opens": f"{start // 60:02d}:{start % 60:02d}",
            "closes": "23:59" if end == DAY else f"{end // 60 % 24:02d}:{end % 60:02d}",
        }
        for spans, days in by_spans.items()
        for start, end in spans
    ]
    if week.closed_on_holidays:
        specification.append(
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": "https://schema.org/PublicHolidays",
                "opens": "00:00",
                "closes": "00:00",
            }
        )
    return specification
