"""Opening hours as a week of days and times, to and from OpenStreetMap `opening_hours`.

The census form asks, per weekday, "closed" or up to two time ranges: what most places
have and what a proposer can enter without learning a syntax. The text groups the days
that share their hours, consecutive ones as a range:

    Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00

and "closed on public holidays" adds `PH off`. Back from a text, only what such a week
can say converts (no months, "every first Monday", comments, nor a span past midnight);
anything else is `None`, and the form shows the text as it is.
"""

import datetime
from dataclasses import dataclass, field
from itertools import pairwise

from .. import opening_hours
from ..opening_hours import CLOSED_STATES, DAYS

RANGES_PER_DAY = 2
# A week without a public holiday in any year (February): the rules that convert name
# none, but the parser asks for a day.
REFERENCE_MONDAY = datetime.date(2026, 2, 2)

type Span = tuple[datetime.time, datetime.time]
type Week = list[list[Span]]


def closed_week() -> Week:
    return [[] for _day in DAYS]


@dataclass
class WeekHours:
    week: Week = field(default_factory=closed_week)
    closed_on_public_holidays: bool = False


def format_time(value: datetime.time) -> str:
    return value.strftime("%H:%M")


def to_opening_hours(hours: WeekHours) -> str:
    """The `opening_hours` text of a week (seven lists of spans, Monday first); "" when
    every day is closed."""
    week = hours.week
    groups: dict[tuple[Span, ...], list[int]] = {}
    for index, spans in enumerate(week):
        if spans:
            groups.setdefault(tuple(spans), []).append(index)
    rules = []
    for spans, days in groups.items():
        times = ",".join(f"{format_time(start)}-{format_time(end)}" for start, end in spans)
        rules.append(f"{days_text(days)} {times}")
    if rules and hours.closed_on_public_holidays:
        rules.append("PH off")
    return "; ".join(rules)


def days_text(days: list[int]) -> str:
    """Mo-Fr for consecutive days, Mo,We for others (Mo-We,Fr when both)."""
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ",".join(
        DAYS[run[0]] if len(run) == 1 else f"{DAYS[run[0]]}-{DAYS[run[-1]]}" for run in runs
    )


def from_opening_hours(text: str) -> WeekHours | None:
    """The week a text describes, or None if it says more than a week of two ranges a
    day and its public holidays (or is not `opening_hours` at all)."""
    if not text.strip():
        return WeekHours()
    try:
        hours = opening_hours.parse(text)
    except opening_hours.OpeningHoursError:
        return None
    if hours.always_open:
        return None
    closed_on_public_holidays = bool(hours.rules) and holidays_off(hours.rules[-1])
    if closed_on_public_holidays:
        hours.rules.pop()
    if not all(weekly(rule) for rule in hours.rules):
        return None
    week = []
    for offset in range(len(DAYS)):
        spans = hours.day_spans(REFERENCE_MONDAY + datetime.timedelta(days=offset))
        if len(spans) > RANGES_PER_DAY or overlapping(spans):
            return None
        week.append([(as_time(start), as_time(end)) for start, end in spans])
    return WeekHours(week, closed_on_public_holidays)


def holidays_off(rule: opening_hours.Rule) -> bool:
    """`PH off` alone, as the last rule."""
    return (
        rule.public_holidays
        and not (rule.weekdays or rule.dates or rule.spans or rule.additive)
        and rule.state in CLOSED_STATES
    )


def weekly(rule: opening_hours.Rule) -> bool:
    return (
        not rule.dates
        and not rule.public_holidays
        and not rule.school_holidays
        and not rule.comment
        and rule.state in ("open", *CLOSED_STATES)
        and all(not weekdays.nth for weekdays in rule.weekdays)
        # 24:00 and past midnight have no place in a time field.
        and all(end < 24 * 60 for _start, end in rule.spans)
    )


def overlapping(spans: list[tuple[int, int]]) -> bool:
    return any(end > next_start for (_s, end), (next_start, _e) in pairwise(spans))


def as_time(minutes: int) -> datetime.time:
    return datetime.time(minutes // 60, minutes % 60)
