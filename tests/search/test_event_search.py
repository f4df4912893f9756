"""Events in the search, on every engine: their kind and facets, past events after the
upcoming ones, and the "date" sort (events by date, modules by their next session)."""

import pytest
from wagtail.models import PageViewRestriction

from search import indexing
from taxonomy.models import Department, Theme
from tests.factories.catalogue import TrainingModulePageFactory, session
from tests.factories.events import EventPageFactory, in_days
from tests.factories.kits import KitPageFactory

from .visible import facet_counts, titles, total

pytestmark = pytest.mark.django_db


@pytest.fixture
def dated(engine):
    theme = Theme.objects.get(slug="demarches-administratives")
    aude = Department.objects.get(code="11")
    EventPageFactory(
        title="Webinaire numérique passé",
        start=in_days(-60),
        location="",
        is_online=True,
        department=aude,
        themes=[theme],
    )
    EventPageFactory(title="Journée numérique à venir", start=in_days(30), department=aude)
    EventPageFactory(
        title="Webinaire numérique bientôt",
        start=in_days(3),
        location="",
        is_online=True,
        online_url="https://visio.example.org/",
    )
    hidden = EventPageFactory(title="Réunion numérique interne", start=in_days(5))
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    TrainingModulePageFactory(title="Module numérique", sessions=[session(10), session(50)])
    TrainingModulePageFactory(title="Module numérique sans date", sessions=[])
    KitPageFactory(title="Kit numérique")
    indexing.rebuild()
    return engine


def search(client, **params):
    return client.get("/recherche/", params)


def test_events_are_a_kind_of_the_search_with_their_facets(client, dated):
    response = search(client, type="evenement")
    assert sorted(titles(response)) == [
        "Journée numérique à venir",
        "Webinaire numérique bientôt",
        "Webinaire numérique passé",
    ]
    assert facet_counts(response, "type")["evenement"] == 3
    assert facet_counts(response, "participation") == {"en-ligne": 2, "sur-place": 1}
    assert facet_counts(response, "departement") == {"11": 2}
    online = search(client, type="evenement", participation="en-ligne", departement="11")
    assert titles(online) == ["Webinaire numérique passé"]
    themed = search(client, thematique="demarches-administratives")
    assert titles(themed) == ["Webinaire numérique passé"]


def test_a_restricted_event_is_not_found_by_anonymous_visitors(client, dated):
    assert "Réunion numérique interne" not in titles(search(client, q="reunion interne"))
    assert total(search(client, type="evenement")) == 3


def test_past_events_come_after_the_rest_in_relevance_and_newest(client, dated):
    for sort in ("pertinence", "recent"):
        found = titles(search(client, q="numerique", tri=sort))
        assert found[-1] == "Webinaire numérique passé", sort
        assert len(found) == 6, sort


def test_the_date_sort_lists_upcoming_dates_then_past_events_then_the_rest(client, dated):
    found = titles(search(client, q="numerique", tri="date"))
    assert found[:4] == [
        "Webinaire numérique bientôt",
        "Module numérique",  # its next session, in 10 days
        "Journée numérique à venir",
        "Webinaire numérique passé",
    ]
    assert sorted(found[4:]) == ["Kit numérique", "Module numérique sans date"]
    # The same without a query.
    assert titles(search(client, tri="date"))[:4] == found[:4]
