"""OpenStreetMap `opening_hours` (https://wiki.openstreetmap.org/wiki/Key:opening_hours):
a parser of the part of the syntax that places' hours use, and "is it open at…".

No maintained Python parser of this syntax is on PyPI (the ones there stopped in 2019–2020),
so this one covers, strictly, what the standard's examples and YoHours produce:

    24/7
    Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00
    Mo,We,Fr 14:00-17:00; PH off
    Jul-Aug Mo-Fr 10:00-12:00; Dec 24-Jan 02 off
    Tu[1,3] 14:00-16:00 "sur rendez-vous"
    Fr 20:00-02:00

Rules are separated by `;` (a later rule replaces what earlier ones said of the days it
names) or `,` (it adds to them); a rule has optional months or dates, weekdays (and `PH`,
public holidays; `SH`, school holidays, never matched here: they depend on the académie),
time spans (an end past midnight is kept by the day it starts on) and a state
(`off`/`closed`, `open`, `unknown`). Anything else is refused with where and what was
expected, in French, rather than silently misread.
"""

import datetime
import re
from dataclasses import dataclass, field
from functools import cache

from django.utils.translation import gettext as _

DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CLOSED_STATES = ("off", "closed")
STATES = (*CLOSED_STATES, "open", "unknown")
TOKEN = re.compile(
    r"\s*(?:(?P<always>24/7)|(?P<time>\d{1,2}:\d{2})|(?P<number>\d+)|(?P<word>[A-Za-z]+)"
    r'|(?P<comment>"[^"]*")|(?P<symbol>\|\||[;,\-+\[\]:]))'
)


class OpeningHoursError(ValueError):
    """Says where the text stops being `opening_hours` and what was expected there."""

    def __init__(self, text: str, position: int, expected: str):
        self.position = position
        found = text[position : position + 12].strip() or _("the end of the text")
        super().__init__(
            _("« %(found)s » (character %(position)d) is not understood: expected %(expected)s.")
            % {"found": found, "position": position + 1, "expected": expected}
        )


@dataclass(frozen=True)
class DateRange:
    """Months and days of month, inclusive; the end may be earlier in the year (Dec-Jan)."""

    start: tuple[int, int]  # (month, day)
    end: tuple[int, int]

    def contains(self, day: datetime.date) -> bool:
        point = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= point <= self.end
        return point >= self.start or point <= self.end


@dataclass(frozen=True)
class WeekdayRange:
    first: int  # 0 = Monday
    last: int
    # Which occurrences in the month (1…5, or -1…-5 counted from its end); empty: every one.
    nth: frozenset[int] = frozenset()

    def contains(self, day: datetime.date) -> bool:
        weekday = day.weekday()
        in_range = (
            self.first <= weekday <= self.last
            if self.first <= self.last
            else weekday >= self.first or weekday <= self.last
        )
        if not in_range or not self.nth:
            return in_range
        from_start = (day.day - 1) // 7 + 1
        next_month = (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        days_left = (next_month - day).days - 1
        from_end = -(days_left // 7) - 1
        return from_start in self.nth or from_end in self.nth


@dataclass(frozen=True)
class Rule:
    dates: tuple[DateRange, ...] = ()
    weekdays: tuple[WeekdayRange, ...] = ()
    public_holidays: bool = False
    school_holidays: bool = False
    spans: tuple[tuple[int, int], ...] = ()  # minutes from the day's midnight, end may be > 1440
    state: str = "open"
    comment: str = ""
    additive: bool = False  # joined to the previous rule by "," rather than ";"

    def applies_to(self, day: datetime.date, holidays: frozenset[datetime.date]) -> bool:
        if self.dates and not any(date_range.contains(day) for date_range in self.dates):
            return False
        if not (self.weekdays or self.public_holidays or self.school_holidays):
            return True
        if self.public_holidays and day in holidays:
            return True
        return any(weekdays.contains(day) for weekdays in self.weekdays)

    def all_day(self) -> tuple[tuple[int, int], ...]:
        return self.spans or ((0, 24 * 60),)


@dataclass
class OpeningHours:
    text: str
    rules: list[Rule] = field(default_factory=list)
    always_open: bool = False

    def day_spans(self, day: datetime.date) -> list[tuple[int, int]]:
        """The spans (minutes) a day opens, after every rule that names it had its say."""
        if self.always_open:
            return [(0, 24 * 60)]
        holidays = french_public_holidays(day.year)
        spans: list[tuple[int, int]] = []
        for rule in self.rules:
            if not rule.applies_to(day, holidays):
                continue
            if rule.state in CLOSED_STATES:
                spans = [] if not rule.spans else subtract(spans, rule.spans)
            elif rule.state == "open":
                spans = [*spans, *rule.all_day()] if rule.additive else list(rule.all_day())
            else:
                spans = [] if not rule.additive else spans
        return sorted(spans)

    def is_open(self, moment: datetime.datetime) -> bool:
        minute = moment.hour * 60 + moment.minute
        today = moment.date()
        if any(start <= minute < end for start, end in self.day_spans(today)):
            return True
        # A span past midnight, opened yesterday (Fr 20:00-02:00 on Saturday at 01:00).
        yesterday = today - datetime.timedelta(days=1)
        return any(
            start <= minute + 24 * 60 < end
            for start, end in self.day_spans(yesterday)
            if end > 24 * 60
        )


def subtract(spans, closed):
    kept = []
    for start, end in spans:
        for closed_start, closed_end in closed:
            if closed_start <= start and end <= closed_end:
                break
        else:
            kept.append((start, end))
    return kept


@cache
def french_public_holidays(year: int) -> frozenset[datetime.date]:
    """The eleven public holidays of metropolitan France (Easter by the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    j = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * j) // 433
    month = (h + j - 7 * m + 90) // 25
    easter = datetime.date(year, month, (h + j - 7 * m + 33 * month + 19) % 32)
    fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
    return frozenset(
        [datetime.date(year, m, d) for m, d in fixed]
        + [easter + datetime.timedelta(days=offset) for offset in (1, 39, 50)]
    )


class Parser:
    def __init__(self, text: str):
        self.text = text
        self.tokens: list[tuple[str, str, int]] = []
        position = 0
        while position < len(text):
            if text[position:].strip() == "":
                break
            match = TOKEN.match(text, position)
            if match is None or match.end() == position:
                raise OpeningHoursError(text, position, _("a day, a month or a time"))
            kind = match.lastgroup
            self.tokens.append((kind, match.group(kind), match.start(kind)))
            position = match.end()
        self.index = 0

    # Tokens

    def peek(self, offset: int = 0):
        index = self.index + offset
        return self.tokens[index] if index < len(self.tokens) else (None, None, len(self.text))

    def take(self):
        token = self.peek()
        self.index += 1
        return token

    def is_symbol(self, value: str, offset: int = 0) -> bool:
        kind, text, _position = self.peek(offset)
        return kind == "symbol" and text == value

    def fail(self, expected: str):
        raise OpeningHoursError(self.text, self.peek()[2], expected)

    # Grammar

    def parse(self) -> OpeningHours:
        if not self.tokens:
            self.fail(_("opening hours"))
        hours = OpeningHours(self.text)
        additive = False
        while True:
            if self.peek()[0] == "always":
                self.take()
                if self.peek()[0] is None and not hours.rules:
                    hours.always_open = True
                    return hours
                hours.rules.append(Rule(state=self.state() or "open", additive=additive))
            else:
                hours.rules.append(self.rule(additive))
            kind, value, _position = self.peek()
            if kind is None:
                return hours
            if kind == "symbol" and value in (";", "||", ","):
                self.take()
                if value == ";" and self.peek()[0] is None:
                    # A closing « ; », as some tools write it.
                    return hours
                additive = value == ","
                continue
            self.fail(_("« ; » between two rules"))

    def rule(self, additive: bool) -> Rule:
        start = self.index
        dates = self.dates()
        if dates and self.is_symbol(":"):
            self.take()
        weekdays, public_holidays, school_holidays = self.weekdays()
        spans = self.spans()
        state = self.state()
        comment = ""
        if self.peek()[0] == "comment":
            comment = self.take()[1].strip('"')
        if self.index == start:
            self.fail(_("a day (Mo, Tu, We, Th, Fr, Sa, Su, PH), a month (Jan…Dec) or a time"))
        return Rule(
            dates=tuple(dates),
            weekdays=tuple(weekdays),
            public_holidays=public_holidays,
            school_holidays=school_holidays,
            spans=tuple(spans),
            state=state or "open",
            comment=comment,
            additive=additive,
        )

    def dates(self) -> list[DateRange]:
        ranges = []
        while self.peek()[0] == "word" and self.peek()[1] in MONTHS:
            start = self.month_day()
            end = (start[0], start[1] if start[1] else 31)
            if self.is_symbol("-"):
                self.take()
                if self.peek()[0] == "number" and start[1]:
                    end = (start[0], self.day_of_month())
                elif self.peek()[0] == "word" and self.peek()[1] in MONTHS:
                    end = self.month_day()
                    end = (end[0], end[1] or 31)
                else:
                    self.fail(_("a month (Jan…Dec) or a day of the month"))
            ranges.append(DateRange((start[0], start[1] or 1), end))
            if not (self.is_symbol(",") and self.peek(1)[1] in MONTHS):
                break
            self.take()
        return ranges

    def month_day(self) -> tuple[int, int]:
        month = MONTHS.index(self.take()[1]) + 1
        day = self.day_of_month() if self.peek()[0] == "number" else 0
        return month, day

    def day_of_month(self) -> int:
        value = int(self.peek()[1])
        if not 1 <= value <= 31:
            self.fail(_("a day of the month (1 to 31)"))
        self.take()
        return value

    def weekdays(self):
        ranges, public_holidays, school_holidays = [], False, False
        while self.peek()[0] == "word" and self.peek()[1] in (*DAYS, "PH", "SH"):
            word = self.take()[1]
            if word == "PH":
                public_holidays = True
            elif word == "SH":
                school_holidays = True
            else:
                first = last = DAYS.index(word)
                if self.is_symbol("-"):
                    self.take()
                    if not (self.peek()[0] == "word" and self.peek()[1] in DAYS):
                        self.fail(_("a day (Mo, Tu, We, Th, Fr, Sa, Su)"))
                    last = DAYS.index(self.take()[1])
                ranges.append(WeekdayRange(first, last, self.nth()))
            if not (self.is_symbol(",") and self.peek(1)[1] in (*DAYS, "PH", "SH")):
                break
            self.take()
        return ranges, public_holidays, school_holidays

    def nth(self) -> frozenset[int]:
        if not self.is_symbol("["):
            return frozenset()
        self.take()
        values = set()
        while True:
            negative = self.is_symbol("-")
            if negative:
                self.take()
            if self.peek()[0] != "number" or not 1 <= int(self.peek()[1]) <= 5:
                self.fail(_("an occurrence in the month, 1 to 5 (Mo[1] is the first Monday)"))
            first = int(self.take()[1])
            last = first
            if not negative and self.is_symbol("-"):
                self.take()
                if self.peek()[0] != "number" or not first <= int(self.peek()[1]) <= 5:
                    self.fail(_("an occurrence in the month, 1 to 5 (Mo[1] is the first Monday)"))
                last = int(self.take()[1])
            values.update(-n if negative else n for n in range(first, last + 1))
            if self.is_symbol("]"):
                self.take()
                return frozenset(values)
            if not self.is_symbol(","):
                self.fail(_("« ] »"))
            self.take()

    def spans(self) -> list[tuple[int, int]]:
        spans = []
        while self.peek()[0] == "time":
            start = self.minutes(limit=24 * 60)
            if self.is_symbol("+"):
                self.take()
                spans.append((start, 24 * 60))
            elif self.is_symbol("-"):
                self.take()
                if self.peek()[0] != "time":
                    self.fail(_("an end time (HH:MM)"))
                end = self.minutes(limit=48 * 60)
                if end <= start:
                    # 22:00-02:00 ends the next day.
                    end += 24 * 60
                spans.append((start, end))
            else:
                self.fail(_("« - » and an end time (09:00-12:00)"))
            if not (self.is_symbol(",") and self.peek(1)[0] == "time"):
                break
            self.take()
        return spans

    def minutes(self, limit: int) -> int:
        hours, minutes = (int(part) for part in self.peek()[1].split(":"))
        value = hours * 60 + minutes
        if minutes > 59 or value > limit:
            self.fail(_("a time between 00:00 and 24:00"))
        self.take()
        return value

    def state(self) -> str:
        if self.peek()[0] == "word" and self.peek()[1] in STATES:
            return self.take()[1]
        return ""


def parse(text: str) -> OpeningHours:
    """The rules of `text`; OpeningHoursError (French, with its position) if it is not
    the syntax above."""
    return Parser(text.strip()).parse()
