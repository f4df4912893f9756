"""The demo's agenda: the report's events, dated as the report dates them, and upcoming ones."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone

from agenda.models import EventPage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def _demo(demo_site):
    return demo_site


REPORT_DATES = {
    "numerique-en-communs-occitanie-2019": datetime.date(2019, 10, 7),
    "numerique-en-communs-occitanie-2020": datetime.date(2020, 9, 28),
    "webinaire-leplusimportant-territoires-fragilises": datetime.date(2020, 10, 9),
    "jobstic-montpellier-2020": datetime.date(2020, 11, 18),
    "webinaire-aude-dispositif-aptic": datetime.date(2020, 12, 24),
    "webinaire-aude-mise-en-reseau": datetime.date(2021, 1, 12),
    "webinaire-aude-entreprises-inclusion-numerique": datetime.date(2021, 1, 12),
    "lancement-pass-numeriques-cd31": datetime.date(2021, 3, 4),
    "information-collective-empalot": datetime.date(2021, 3, 26),
    "numerique-en-communs-montpellier-2021": datetime.date(2021, 4, 1),
    "work-in-progress-fabriquer-produire-localement": datetime.date(2021, 7, 1),
}


def test_the_reports_events_are_dated_as_in_the_report():
    events = {event.slug: event for event in EventPage.objects.live()}
    for slug, day in REPORT_DATES.items():
        assert timezone.localtime(events[slug].start).date() == day, slug
    assert events["webinaire-aude-dispositif-aptic"].replay_url
    assert events["webinaire-aude-dispositif-aptic"].supports.exists()


def test_the_agenda_has_upcoming_events_and_loading_again_adds_nothing(client):
    upcoming = EventPage.objects.live().filter(start__gte=timezone.now())
    assert upcoming.count() >= 3
    count = EventPage.objects.count()
    call_command("load_demo", verbosity=0)
    assert EventPage.objects.count() == count
    response = client.get("/agenda/")
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text()
    assert "le pass numérique, mode d'emploi" in text
