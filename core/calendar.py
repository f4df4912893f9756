"""iCalendar files (RFC 5545) for whatever has a date: sessions, events, the agenda.

Every app describes its dated things as `CalendarEntry` and lets this module write them,
so that a registration's invitation, an event's file and the whole agenda agree on
identifiers, time zones and the French wording a calendar application shows.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

PRODUCT_ID = "-//Hub RhinOcc//Plateforme RhinOcc//FR"


@dataclass(frozen=True)
class CalendarEntry:
    """One VEVENT. `start`/`end` are dates (all-day, `end` inclusive) or aware datetimes."""

    uid: str
    summary: str
    start: datetime.date | datetime.datetime
    end: datetime.date | datetime.datetime
    description: str = ""
    location: str = ""
    url: str = ""
    last_modified: datetime.datetime | None = None
    cancelled: bool = False
    # A registration's invitation: the calendar application treats it as a meeting.
    attendee_email: str = ""
    organizer_email: str = ""


def _event(entry: CalendarEntry) -> Event:
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", timezone.now())
    event.add("summary", entry.summary)
    if isinstance(entry.start, datetime.datetime):
        event.add("dtstart", entry.start)
        event.add("dtend", entry.end)
    else:
        # All-day events end the day after (DTEND is exclusive for dates).
        event.add("dtstart", entry.start)
        event.add("dtend", entry.end + datetime.timedelta(days=1))
    if entry.description:
        event.add("description", entry.description)
    if entry.location:
        event.add("location", entry.location)
    if entry.url:
        event.add("url", entry.url)
    if entry.last_modified:
        event.add("last-modified", entry.last_modified)
    event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
    if entry.organizer_email:
        event.add("organizer", f"mailto:{entry.organizer_email}")
    if entry.attendee_email:
        event.add("attendee", f"mailto:{entry.attendee_email}")
    return event


def calendar_bytes(
    entries: Iterable[CalendarEntry], *, name: str = "", method: str = "PUBLISH"
) -> bytes:
    """The .ics file of `entries`; `method="REQUEST"` for an invitation sent by mail."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("name", name)
    calendar.add("x-wr-timezone", timezone.get_default_timezone_name())
    for entry in entries:
        calendar.add_component(_event(entry))
    # TZID=Europe/Paris needs its VTIMEZONE for calendar applications that have no database.
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_response(
    entries: Iterable[CalendarEntry], *, filename: str, name: str = ""
) -> HttpResponse:
    response = HttpResponse(
        calendar_bytes(entries, name=name), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
