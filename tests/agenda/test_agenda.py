"""The agenda page: upcoming events and training sessions by date, filters, past events,
and what it never shows (restricted events, sessions of draft or restricted modules)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from taxonomy.models import Department, Theme
from tests.factories.catalogue import TrainingModulePageFactory, session
from tests.factories.events import EventPageFactory, event_index, in_days
from tests.factories.places import PlaceFactory

pytestmark = pytest.mark.django_db

UPCOMING = ".agenda-list:not(.agenda-list--past) .agenda-item__title"
PAST_PREVIEW = ".agenda-list--past .agenda-item__title"


def titles(response, selector=UPCOMING) -> list[str]:
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [node.get_text(strip=True) for node in soup.select(selector)]


def webinar(**fields):
    fields.setdefault("location", "")
    return EventPageFactory(
        is_online=True, online_url="https://visio.example.org/webinaire", **fields
    )


def test_lists_upcoming_events_and_sessions_by_date_then_the_latest_past_events(client):
    webinar(title="Webinaire APTIC", start=in_days(20))
    EventPageFactory(title="Journée du réseau", start=in_days(5))
    EventPageFactory(title="Numérique en Commun(s)", start=in_days(-300))
    TrainingModulePageFactory(title="Accompagner les démarches", sessions=[session(10)])
    response = client.get(event_index().url)
    assert titles(response) == [
        "Journée du réseau",
        "Accompagner les démarches",
        "Webinaire APTIC",
    ]
    assert titles(response, PAST_PREVIEW) == ["Numérique en Commun(s)"]
    assert "3 dates à venir." in response.content.decode()


def test_an_event_under_way_is_still_upcoming(client):
    EventPageFactory(title="Journée en cours", start=in_days(0, hour=0), end=in_days(1, hour=0))
    assert titles(client.get(event_index().url)) == ["Journée en cours"]


def test_past_events_are_listed_latest_first_with_their_replay(client):
    EventPageFactory(title="Webinaire de 2020", start=in_days(-700))
    EventPageFactory(
        title="Webinaire de 2021", start=in_days(-400), replay_url="https://replay.example.org/"
    )
    EventPageFactory(title="À venir", start=in_days(3))
    response = client.get(event_index().url, {"quand": "passes"})
    assert titles(response) == ["Webinaire de 2021", "Webinaire de 2020"]
    assert "Replay disponible" in response.content.decode()
    assert "2 événements passés." in response.content.decode()


def test_filters_by_month(client):
    first = in_days(40)
    EventPageFactory(title="Dans le mois", start=first)
    EventPageFactory(title="Trop tard", start=in_days(120))
    response = client.get(event_index().url, {"mois": f"{first:%Y-%m}"})
    assert titles(response) == ["Dans le mois"]


def test_filters_by_department_of_the_event_or_of_its_place(client):
    aude = Department.objects.get(code="11")
    EventPageFactory(title="Lézignan", department=aude)
    place = PlaceFactory(commune="Carcassonne", code_postal="11000", code_insee="11069")
    EventPageFactory(title="Carcassonne", place=place, location="", department=aude)
    EventPageFactory(title="Toulouse", department=Department.objects.get(code="31"))
    TrainingModulePageFactory(title="Session audoise", sessions=[session(12, place=place)])
    response = client.get(event_index().url, {"departement": "11"})
    assert sorted(titles(response)) == ["Carcassonne", "Lézignan", "Session audoise"]


def test_filters_by_theme_and_online(client):
    theme = Theme.objects.get(slug="demarches-administratives")
    webinar(title="Webinaire démarches", themes=[theme])
    EventPageFactory(title="Journée démarches", themes=[theme])
    EventPageFactory(title="Autre thème")
    TrainingModulePageFactory(
        title="Module démarches", themes=[theme], sessions=[session(8, is_online=True)]
    )
    url = event_index().url
    assert sorted(titles(client.get(url, {"thematique": theme.slug}))) == [
        "Journée démarches",
        "Module démarches",
        "Webinaire démarches",
    ]
    assert sorted(titles(client.get(url, {"thematique": theme.slug, "en_ligne": "oui"}))) == [
        "Module démarches",
        "Webinaire démarches",
    ]
    assert titles(client.get(url, {"thematique": theme.slug, "en_ligne": "non"})) == [
        "Journée démarches"
    ]


def test_filters_by_kind(client):
    EventPageFactory(title="Journée")
    TrainingModulePageFactory(title="Module", sessions=[session(8)])
    url = event_index().url
    assert titles(client.get(url, {"quoi": "evenements"})) == ["Journée"]
    assert titles(client.get(url, {"quoi": "formations"})) == ["Module"]


def test_an_unknown_filter_value_is_ignored_and_said(client):
    EventPageFactory(title="Journée")
    response = client.get(event_index().url, {"mois": "2019-13", "departement": "999"})
    assert titles(response) == ["Journée"]
    text = response.content.decode()
    assert "Filtre inconnu ignoré" in text
    assert "Mois" in text and "Département" in text


def test_filters_keep_the_values_chosen(client):
    response = client.get(event_index().url, {"en_ligne": "oui", "quoi": "formations"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('select[name="en_ligne"] option[selected]')["value"] == "oui"
    assert soup.select_one('select[name="quoi"] option[selected]')["value"] == "formations"


def test_sessions_of_draft_cancelled_or_restricted_modules_are_not_listed(client):
    TrainingModulePageFactory(title="Brouillon", live=False, sessions=[session(5)])
    TrainingModulePageFactory(title="Annulée", sessions=[session(5, is_cancelled=True)])
    restricted = TrainingModulePageFactory(title="Réservé", sessions=[session(5)])
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    TrainingModulePageFactory(title="Ouvert", sessions=[session(5)])
    assert titles(client.get(event_index().url, {"quoi": "formations"})) == ["Ouvert"]


def test_restricted_and_draft_events_are_never_listed_nor_counted(client):
    hidden = EventPageFactory(title="Réunion interne")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    hidden_past = EventPageFactory(title="Bilan interne", start=in_days(-30))
    PageViewRestriction.objects.create(page=hidden_past, restriction_type="password", password="x")
    EventPageFactory(title="Brouillon", live=False)
    EventPageFactory(title="Public")
    response = client.get(event_index().url)
    assert titles(response) == ["Public"]
    assert titles(response, PAST_PREVIEW) == []
    text = response.content.decode()
    assert "1 date à venir." in text
    assert "Réunion interne" not in text and "Bilan interne" not in text
    assert titles(client.get(event_index().url, {"quand": "passes"})) == []


def test_the_agenda_is_paginated(client, settings):
    settings.RHINOCC_PAGE_SIZE = 2
    for number in range(5):
        EventPageFactory(title=f"Journée {number}", start=in_days(5 + number))
    url = event_index().url
    assert titles(client.get(url)) == ["Journée 0", "Journée 1"]
    assert titles(client.get(url, {"page": 3})) == ["Journée 4"]
    assert titles(client.get(url, {"page": "abc"})) == ["Journée 0", "Journée 1"]


def count_queries(client, url, data=None) -> int:
    client.get(url, data)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, data)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("filters", [{}, {"quand": "passes"}, {"thematique": "seniors"}])
def test_the_agenda_queries_do_not_grow_with_its_dates(client, filters):
    index = event_index()
    place = PlaceFactory()
    theme = Theme.objects.first()

    def add_batch(number):
        for offset in range(number):
            EventPageFactory(start=in_days(5 + offset), place=place, themes=[theme])
            EventPageFactory(start=in_days(-50 - offset), replay_url="https://replay.example.org/")
            TrainingModulePageFactory(sessions=[session(6 + offset, place=place)])

    add_batch(1)
    few = count_queries(client, index.url, filters)
    add_batch(4)
    many = count_queries(client, index.url, filters)
    assert many == few
    assert many <= 30
