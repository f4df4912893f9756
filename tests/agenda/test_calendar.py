"""The iCalendar files: an event's, and the whole agenda's (events and training sessions),
parsed back with `icalendar`; what they never contain; the agenda's cached until a publish."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from tests.factories.catalogue import TrainingModulePageFactory, session
from tests.factories.events import EventPageFactory, event_index, in_days

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def calendar(client, url) -> Calendar:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def vevents(cal) -> dict:
    return {str(event["summary"]): event for event in cal.walk("VEVENT")}


def test_an_event_file_has_its_dates_in_paris_time_and_its_links(client):
    start = datetime.datetime(2031, 1, 12, 10, 0, tzinfo=PARIS)
    event = EventPageFactory(
        title="Webinaire : les entreprises et l'inclusion numérique",
        start=start,
        end=start + datetime.timedelta(hours=1, minutes=30),
        location="",
        is_online=True,
        online_url="https://visio.example.org/aude",
        registration_url="https://inscription.example.org/aude",
    )
    response = client.get(event.url + "evenement.ics")
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    cal = Calendar.from_ical(response.content)
    [entry] = cal.walk("VEVENT")
    assert str(entry["summary"]) == event.title
    assert entry["dtstart"].dt == start
    assert entry["dtstart"].params["TZID"] == "Europe/Paris"
    assert entry["dtend"].dt == start + datetime.timedelta(hours=1, minutes=30)
    assert str(entry["uid"]) == f"event-{event.pk}@rhinocc.fr"
    assert str(entry["url"]) == "http://testserver" + event.url
    assert "https://inscription.example.org/aude" in str(entry["description"])
    assert str(entry["location"]) == "https://visio.example.org/aude"
    assert cal.walk("VTIMEZONE")


def test_the_agenda_file_has_events_and_sessions_of_live_public_modules(client):
    EventPageFactory(title="Journée du réseau", start=in_days(5))
    EventPageFactory(title="Webinaire de l'an dernier", start=in_days(-100))
    TrainingModulePageFactory(
        title="Accompagner les démarches", sessions=[session(10, length_days=2, location="Albi")]
    )
    TrainingModulePageFactory(title="Brouillon", live=False, sessions=[session(10)])
    restricted = TrainingModulePageFactory(title="Réservé", sessions=[session(10)])
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    hidden = EventPageFactory(title="Réunion interne")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    EventPageFactory(title="Projet", live=False)

    cal = calendar(client, event_index().url + "agenda.ics")
    entries = vevents(cal)
    assert set(entries) == {
        "Journée du réseau",
        "Webinaire de l'an dernier",
        "Formation : Accompagner les démarches",
    }
    training = entries["Formation : Accompagner les démarches"]
    day = datetime.date.today() + datetime.timedelta(days=10)
    # All-day: DTEND is the day after the last day.
    assert training["dtstart"].dt == day
    assert training["dtend"].dt == day + datetime.timedelta(days=2)
    assert str(training["location"]) == "Albi"
    assert str(cal["x-wr-calname"]) == "Agenda du Hub RhinOcc"


def test_a_cancelled_session_is_cancelled_in_the_agenda_file(client):
    TrainingModulePageFactory(title="Module", sessions=[session(10, is_cancelled=True)])
    [entry] = calendar(client, event_index().url + "agenda.ics").walk("VEVENT")
    assert str(entry["status"]) == "CANCELLED"


def test_the_agenda_file_is_cached_until_a_publication(client):
    url = event_index().url + "agenda.ics"
    EventPageFactory(title="Premier")
    assert set(vevents(calendar(client, url))) == {"Premier"}
    EventPageFactory(title="Second")  # published: the cached file is stale
    assert set(vevents(calendar(client, url))) == {"Premier", "Second"}


def test_the_agenda_page_links_to_its_file(client):
    from bs4 import BeautifulSoup

    index = event_index()
    soup = BeautifulSoup(client.get(index.url).content, "html.parser")
    link = soup.find("link", rel="alternate", type="text/calendar")
    assert link["href"] == index.url + "agenda.ics"
    assert (
        soup.find("a", href=index.url + "agenda.ics")
        .get_text(" ", strip=True)
        .startswith("Ajouter l'agenda à mon calendrier")
    )


def test_an_unknown_calendar_file_is_not_found(client):
    index = event_index()
    assert client.get(index.url + "evenement.ics").status_code == 404
    assert client.get("/rien-ici/agenda.ics").status_code == 404
