"""An event's rules (dates, where), its page before and after it, the place page and the
sitemap."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction

from agenda.models import EventPage
from taxonomy.models import Department
from tests.factories.documents import DocumentFactory
from tests.factories.events import EventPageFactory, event_index, in_days, supports
from tests.factories.places import PlaceFactory

pytestmark = pytest.mark.django_db


def unsaved_event(**fields) -> EventPage:
    values = {
        "title": "Webinaire",
        "slug": "webinaire",
        "summary": "Un webinaire.",
        "organiser": "Hub RhinOcc",
        "start": in_days(10),
        "end": in_days(10, hour=12),
        "location": "Toulouse",
    }
    return EventPage(**{**values, **fields})


def clean_errors(event) -> dict:
    with pytest.raises(ValidationError) as caught:
        event.clean()
    return caught.value.message_dict


def test_the_end_cannot_be_before_the_start():
    errors = clean_errors(unsaved_event(end=in_days(9)))
    assert errors["end"] == ["La fin ne peut pas précéder le début."]


def test_an_event_is_somewhere_or_online():
    errors = clean_errors(unsaved_event(location=""))
    assert errors["location"] == [
        "Indiquez le lieu de la carte ou l'adresse, ou cochez « En ligne » pour un webinaire."
    ]


def test_an_upcoming_webinar_gives_its_link_or_a_registration_link():
    errors = clean_errors(unsaved_event(location="", is_online=True))
    assert errors["online_url"] == [
        "Indiquez le lien du webinaire, ou un lien d'inscription qui y mène."
    ]
    unsaved_event(
        location="", is_online=True, registration_url="https://inscription.example.org/"
    ).clean()
    # Once over, its replay matters, not its link.
    unsaved_event(location="", is_online=True, start=in_days(-10), end=in_days(-10, 12)).clean()


def test_a_webinar_link_makes_the_event_online():
    event = unsaved_event(online_url="https://visio.example.org/")
    event.clean()
    assert event.is_online


def test_the_department_comes_from_the_place():
    place = PlaceFactory(commune="Auch", code_postal="32000", code_insee="32013")
    event = unsaved_event(place=place, location="")
    event.clean()
    assert event.department == Department.objects.get(code="32")
    assert event.where == f"{place.nom}, Auch"


def text_of(response) -> str:
    assert response.status_code == 200
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def test_an_upcoming_event_page_says_when_where_and_how_to_register(client):
    start = datetime.datetime(2031, 3, 4, 14, 0, tzinfo=datetime.UTC)  # 15 h in Paris
    event = EventPageFactory(
        title="Lancement des pass numériques",
        start=start,
        end=start + datetime.timedelta(hours=2, minutes=30),
        is_online=True,
        online_url="https://visio.example.org/cd31",
        registration_url="https://inscription.example.org/cd31",
    )
    response = client.get(event.url)
    text = text_of(response)
    when = BeautifulSoup(response.content, "html.parser").find("time").get_text()
    assert when == "Le 4 mars 2031, de 15\u00a0h à 17\u00a0h\u00a030", repr(when)
    assert "rejoindre le webinaire" in text
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("a", string="S'inscrire")["href"] == "https://inscription.example.org/cd31"
    calendar = soup.find("link", rel="alternate", type="text/calendar")
    assert calendar["href"] == event.url + "evenement.ics"
    assert soup.find("a", href=event.url + "evenement.ics")
    assert soup.find("time")["datetime"] == "2031-03-04T15:00+01:00"


def test_a_past_event_page_offers_its_replay_and_supports(client):
    event = EventPageFactory(
        title="Webinaire APTIC dans l'Aude",
        start=in_days(-400),
        replay_url="https://replay.example.org/aude",
        registration_url="https://inscription.example.org/aude",
        supports=supports(DocumentFactory(title="Diaporama APTIC")),
    )
    response = client.get(event.url)
    text = text_of(response)
    assert "Cet événement est passé." in text
    assert "Diaporama APTIC" in text
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("a", string="Voir le replay")["href"] == "https://replay.example.org/aude"
    assert soup.find("a", string="S'inscrire") is None


def test_a_restricted_event_page_and_its_calendar_file_are_refused_to_anonymous(client):
    event = EventPageFactory(title="Réunion interne")
    PageViewRestriction.objects.create(page=event, restriction_type="login")
    assert client.get(event.url).status_code == 302
    response = client.get(event.url + "evenement.ics")
    assert response.status_code == 302
    assert "/connexion/" in response["Location"] or "login" in response["Location"]


def test_the_place_page_lists_its_upcoming_public_events(client):
    place = PlaceFactory()
    EventPageFactory(title="Atelier du réseau", place=place, location="", start=in_days(12))
    EventPageFactory(title="Déjà passé", place=place, location="", start=in_days(-12))
    hidden = EventPageFactory(title="Réunion interne", place=place, location="")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    EventPageFactory(title="Brouillon", place=place, location="", live=False)
    response = client.get(place.get_absolute_url())
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.find(id="evenements").find_parent("section")
    assert [link.get_text(strip=True) for link in section.find_all("a")] == ["Atelier du réseau"]


def test_events_are_in_the_sitemap_with_their_update_date(client):
    event = EventPageFactory(title="Journée du réseau")
    hidden = EventPageFactory(title="Réunion interne")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    response = client.get("/sitemap-pages.xml")
    soup = BeautifulSoup(response.content, "html.parser")
    entries = {
        url.find("loc").text: url.find("lastmod") and url.find("lastmod").text
        for url in soup.find_all("url")
    }
    assert entries[event.full_url] == f"{event.content_updated_at:%Y-%m-%d}"
    assert hidden.full_url not in entries
    assert event_index().full_url in entries


def test_hub_editors_find_the_agenda_on_their_dashboard(client):
    from django.urls import reverse

    from tests.factories.accounts import hub_editor

    EventPageFactory(title="À venir")
    EventPageFactory(title="Passé", start=in_days(-30))
    client.force_login(hub_editor())
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    link = soup.find(id="hub-curation-section").find("a", string="Agenda")
    assert link["href"] == reverse("wagtailadmin_explore", args=[event_index().pk])
    assert link.find_next_sibling("span").get_text() == "1"
