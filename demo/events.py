"""The demo's agenda (demo/data/events.py): the report's events, past and dated as the
report dates them, and a few upcoming ones dated from today."""

import datetime

from django.utils import timezone
from django.utils.html import escape
from wagtail.rich_text import RichText

from agenda.models import EventPage, EventSupport
from places.models import Place

from .data import events


def moment(text: str) -> datetime.datetime:
    """ "2020-12-24 10:00", Paris time."""
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def upcoming_dates(today: datetime.date, data: dict) -> tuple[datetime.datetime, ...]:
    day = today + datetime.timedelta(days=data["starts_in_days"])
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(data["hour"])))
    return start, start + datetime.timedelta(hours=data["hours"])


def place_in(commune: str | None):
    """The first published place of the commune on the demo's map, if any."""
    if not commune:
        return None
    return Place.objects.published().filter(commune=commune).order_by("slug").first()


def load_events(loader, index) -> None:
    """Each event of the data, created under the agenda if missing (`loader.ensure_page`)."""
    for data in [*events.PAST_EVENTS, *events.UPCOMING_EVENTS]:
        if "start" in data:
            start, end = moment(data["start"]), moment(data["end"])
        else:
            start, end = upcoming_dates(loader.today, data)
        place = place_in(data.get("place"))

        def build(page, data=data):
            loader.classify(page, data)
            page.body = [
                ("text", RichText("".join(f"<p>{escape(text)}</p>" for text in data["body"])))
            ]
            page.supports = [
                EventSupport(
                    document=loader.make_document(
                        {
                            "title": title,
                            "format": "pdf",
                            "paragraphs": [data["summary"], *data["body"]],
                        },
                        loader.licences["etalab-2-0"],
                    )
                )
                for title in data.get("supports", [])
            ]

        loader.ensure_page(
            index,
            EventPage,
            data["slug"],
            build=build,
            title=data["title"],
            summary=data["summary"],
            start=start,
            end=end,
            place=place,
            location="" if place else data.get("location") or data.get("place") or "",
            department=loader.departments.get(data.get("department", "")),
            is_online=data.get("is_online", False),
            online_url=data.get("online_url", ""),
            organiser=data["organiser"],
            registration_url=data.get("registration_url", ""),
            replay_url=data.get("replay_url", ""),
        )
