"""What the agenda lists and writes as iCalendar: events, and the catalogues' sessions.

Events are the agenda's own pages; training sessions belong to the modules of the
catalogues (live and public only: a draft module's or a restricted one's sessions are
nobody's business here). Both become `AgendaItem`s, merged by date: two queries whatever
the number of dates, then one page of the merged list.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from catalogue.models import TrainingModulePage, TrainingSession
from core.calendar import CalendarEntry, calendar_response
from core.restrictions import private_q
from syndication.cache import cached_until_publish

from .filters import EVENTS, IN_PERSON, ONLINE, TRAININGS, AgendaFilterForm

# Past events shown under the upcoming ones (the rest: `?quand=passes`).
PAST_PREVIEW = 3
# The agenda's calendar file reaches this far back: a subscriber keeps last year's dates.
CALENDAR_PAST_DAYS = 365


@dataclass
class AgendaItem:
    """One date of the agenda: an event page or a training session."""

    title: str
    url: str
    start: datetime.date | datetime.datetime
    end: datetime.date | datetime.datetime
    where: str
    is_online: bool
    summary: str = ""
    event: object = None
    session: object = None

    @property
    def is_event(self) -> bool:
        return self.event is not None

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime.datetime)

    @property
    def start_day(self) -> datetime.date:
        return self.start if self.all_day else timezone.localtime(self.start).date()

    @property
    def end_day(self) -> datetime.date:
        return self.end if self.all_day else timezone.localtime(self.end).date()

    @property
    def sort_key(self):
        start = (
            timezone.make_aware(datetime.datetime.combine(self.start, datetime.time.min))
            if self.all_day
            else self.start
        )
        return start, self.title


def agenda_events(index):
    from .models import EventPage

    return (
        EventPage.objects.live()
        .exclude(private_q())
        .child_of(index)
        .select_related("place", "department")
        .order_by("start", "pk")
    )


def visible_sessions():
    """Sessions of live modules that every visitor may open."""
    return TrainingSession.objects.filter(
        module__in=TrainingModulePage.objects.live().exclude(private_q())
    ).select_related("module", "place")


def filter_events(events, form: AgendaFilterForm):
    selected = form.selected()
    if month := form.month_range():
        first, after = (aware_midnight(day) for day in month)
        events = events.filter(start__lt=after, end__gte=first)
    if department := selected.get("departement"):
        events = events.filter(department=department)
    if theme := selected.get("thematique"):
        events = events.filter(themes=theme)
    if selected.get("en_ligne") == ONLINE:
        events = events.filter(is_online=True)
    elif selected.get("en_ligne") == IN_PERSON:
        events = events.exclude(Q(place__isnull=True) & Q(location=""))
    return events


def filter_sessions(sessions, form: AgendaFilterForm):
    selected = form.selected()
    if month := form.month_range():
        first, after = month
        sessions = sessions.filter(start_date__lt=after, end_date__gte=first)
    if department := selected.get("departement"):
        sessions = sessions.filter(place__department_code=department.code)
    if theme := selected.get("thematique"):
        sessions = sessions.filter(module__themes=theme)
    if selected.get("en_ligne") == ONLINE:
        sessions = sessions.filter(is_online=True)
    elif selected.get("en_ligne") == IN_PERSON:
        sessions = sessions.filter(is_online=False)
    return sessions


def aware_midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def event_item(event) -> AgendaItem:
    return AgendaItem(
        title=event.title,
        url=event.url,
        start=event.start,
        end=event.end,
        where=event.where,
        is_online=event.is_online,
        summary=event.summary,
        event=event,
    )


def session_item(session) -> AgendaItem:
    return AgendaItem(
        title=session.module.title,
        url=session.module.url + "#sessions",
        start=session.start_date,
        end=session.end_date,
        where=session.location,
        is_online=session.is_online,
        summary=session.module.summary,
        session=session,
    )


def upcoming_entries(index, form: AgendaFilterForm) -> list[AgendaItem]:
    """The agenda's dates that are not over yet, by start; past events with `?quand=passes`."""
    if form.is_past():
        return past_listing(index, form)
    what = form.selected().get("quoi")
    items = []
    if what != TRAININGS:
        events = filter_events(agenda_events(index).filter(end__gte=timezone.now()), form)
        items += [event_item(event) for event in events]
    if what != EVENTS:
        sessions = filter_sessions(
            visible_sessions()
            .with_seats_left()
            .filter(end_date__gte=timezone.localdate(), is_cancelled=False),
            form,
        )
        items += [session_item(session) for session in sessions]
    return sorted(items, key=lambda item: item.sort_key)


def past_listing(index, form: AgendaFilterForm) -> list[AgendaItem]:
    """Events that are over, the latest first, with their number of supports."""
    if form.selected().get("quoi") == TRAININGS:
        return []
    events = filter_events(
        agenda_events(index)
        .filter(end__lt=timezone.now())
        .annotate(support_count=Count("supports"))
        .order_by("-start", "pk"),
        form,
    )
    return [event_item(event) for event in events]


def past_events(index, form: AgendaFilterForm) -> list[AgendaItem]:
    """The latest past events, under the upcoming ones (none on the past events' list)."""
    if form.is_past():
        return []
    events = (
        agenda_events(index)
        .filter(end__lt=timezone.now())
        .annotate(support_count=Count("supports"))
        .order_by("-start", "pk")[:PAST_PREVIEW]
    )
    return [event_item(event) for event in events]


# iCalendar


def event_entry(event, request) -> CalendarEntry:
    url = request.build_absolute_uri(event.url)
    description = [event.summary]
    if event.online_url:
        description.append(_("Online: %(url)s") % {"url": event.online_url})
    if event.registration_url:
        description.append(_("Registration: %(url)s") % {"url": event.registration_url})
    if event.replay_url:
        description.append(_("Replay: %(url)s") % {"url": event.replay_url})
    description.append(url)
    location = event.where or (event.online_url if event.is_online else "")
    return CalendarEntry(
        uid=f"event-{event.pk}@rhinocc.fr",
        summary=event.title,
        # In Paris time: the file then says TZID=Europe/Paris, as the page does.
        start=timezone.localtime(event.start),
        end=timezone.localtime(event.end),
        description="\n".join(description),
        location=location or (_("Online") if event.is_online else ""),
        url=url,
        last_modified=event.content_updated_at or event.last_published_at,
    )


def session_entry(session, request) -> CalendarEntry:
    module = session.module
    url = request.build_absolute_uri(module.url)
    return CalendarEntry(
        uid=session.uid,
        summary=_("Training: %(title)s") % {"title": module.title},
        start=session.start_date,
        end=session.end_date,
        description=f"{module.summary}\n{url}",
        location=session.location or (_("Online") if session.is_online else ""),
        url=url,
        last_modified=module.content_updated_at or module.last_published_at,
        cancelled=session.is_cancelled,
    )


def calendar_entries(index, request) -> list[CalendarEntry]:
    """Every event and session since a year ago: what a subscribed calendar shows."""
    since = timezone.now() - datetime.timedelta(days=CALENDAR_PAST_DAYS)
    events = agenda_events(index).filter(end__gte=since)
    sessions = visible_sessions().filter(end_date__gte=since.date()).order_by("start_date", "pk")
    return [
        *(event_entry(event, request) for event in events),
        *(session_entry(session, request) for session in sessions),
    ]


def agenda_calendar(index, request):
    @cached_until_publish
    def calendar_view(request):
        return calendar_response(
            calendar_entries(index, request),
            filename="agenda-rhinocc.ics",
            name=_("RhinOcc Hub agenda"),
        )

    return calendar_view(request)
