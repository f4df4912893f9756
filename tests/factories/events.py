"""The agenda and its events."""

import datetime

import factory
from django.utils import timezone

from agenda.models import EventIndexPage, EventPage, EventSupport
from tests.factories.base import ClassifiedPageFactory
from tests.factories.home import SectionPageFactory


class EventIndexPageFactory(SectionPageFactory):
    title = "Agenda"
    slug = "agenda"

    class Meta:
        model = EventIndexPage


def event_index() -> EventIndexPage:
    return EventIndexPage.objects.first() or EventIndexPageFactory()


def in_days(days: float, hour: int = 10) -> datetime.datetime:
    """An aware datetime `days` days from today at `hour` o'clock, Paris time."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def supports(*documents) -> list[EventSupport]:
    """Unsaved supports, for `EventPageFactory(supports=supports(document))`."""
    return [EventSupport(document=document, sort_order=i) for i, document in enumerate(documents)]


class EventPageFactory(ClassifiedPageFactory):
    """An event in the agenda in ten days, 10 h to 12 h, in Toulouse; `start=in_days(-30)`
    for a past one, `is_online=True, online_url=…` for a webinar, `place=` a place."""

    parent = factory.LazyFunction(event_index)
    title = factory.Sequence(lambda n: f"Événement {n}")
    summary = "Un événement du réseau pour les tests."
    start = factory.LazyFunction(lambda: in_days(10))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    location = "Toulouse"
    organiser = "Hub RhinOcc"

    class Meta:
        model = EventPage
