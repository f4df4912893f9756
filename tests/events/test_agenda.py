"""The agenda page: upcoming events and training sessions by date, filters, past events."""

import pytest
from bs4 import BeautifulSoup

from tests.factories.catalogue import TrainingModulePageFactory, session
from tests.factories.events import EventPageFactory, event_index, in_days

pytestmark = pytest.mark.django_db


def titles(response, selector=".agenda-list:not(.agenda-list--past) .agenda-item__title"):
    soup = BeautifulSoup(response.content, "html.parser")
    return [node.get_text(strip=True) for node in soup.select(selector)]


def test_agenda_lists_upcoming_events_and_sessions_by_date(client):
    index = event_index()
    EventPageFactory(
        title="Webinaire APTIC",
        start=in_days(20),
        is_online=True,
        online_url="https://visio.example.org/aptic",
        location="",
    )
    EventPageFactory(title="Journée du réseau", start=in_days(5))
    EventPageFactory(title="Numérique en Commun(s)", start=in_days(-300))
    TrainingModulePageFactory(title="Accompagner les démarches", sessions=[session(10)])
    response = client.get(index.url)
    assert response.status_code == 200
    assert titles(response) == [
        "Journée du réseau",
        "Accompagner les démarches",
        "Webinaire APTIC",
    ]
    assert titles(response, ".agenda-list--past .agenda-item__title") == ["Numérique en Commun(s)"]
