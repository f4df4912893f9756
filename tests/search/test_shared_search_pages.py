"""Anonymous visitors share the search result pages built in the last minute: one copy per
normalised query and filters, dropped as soon as the index, the synonyms or published
content change; members and visitors with a session always get their own."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from search.models import Synonym, UnansweredSearch
from tests.factories.accounts import mediator
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory
from tests.search.visible import titles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _shared_copies():
    with override_settings(RHINOCC_SEARCH_PAGE_CACHE_SECONDS=60):
        yield


BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"


def search(client, **parameters):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/recherche/", parameters)
    assert response.status_code == 200
    return response, len(queries)


def test_a_second_anonymous_visitor_gets_the_same_page_without_querying(client):
    WorkshopContentPageFactory(title="Atelier tablette pour débuter")
    first, first_queries = search(client, q="tablette")
    again, again_queries = search(client, q="  tablette ")
    assert titles(first) == titles(again) == ["Atelier tablette pour débuter"]
    assert again.content == first.content
    assert again_queries < first_queries
    assert again_queries <= 3
    assert "public" in again["Cache-Control"]


def test_the_order_of_parameters_does_not_matter_but_each_one_does(client):
    WorkshopContentPageFactory(title="Atelier tablette pour débuter")
    first, _ = search(client, q="tablette", tri="titre")
    response = client.get("/recherche/?tri=titre&q=tablette")
    assert response.content == first.content
    other_page, _ = search(client, q="tablette", page="2")
    assert other_page.content != first.content


def test_a_publish_is_seen_at_once(client):
    WorkshopContentPageFactory(title="Atelier tablette pour débuter")
    search(client, q="tablette")
    WorkshopContentPageFactory(title="Tablette et démarches en ligne")
    response, _ = search(client, q="tablette")
    assert sorted(titles(response)) == [
        "Atelier tablette pour débuter",
        "Tablette et démarches en ligne",
    ]


def test_a_new_synonym_is_seen_at_once(client):
    WorkshopContentPageFactory(title="Sécuriser son smartphone")
    before, _ = search(client, q="ordiphone")
    assert titles(before) == []
    Synonym.objects.create(terms="ordiphone, smartphone")
    after, _ = search(client, q="ordiphone")
    assert titles(after) == ["Sécuriser son smartphone"]


def test_a_member_never_gets_the_anonymous_copy_nor_leaves_one(client):
    space = CommunityPageFactory(title="Espace privé du Sicoval", is_private=True)
    WorkshopContentPageFactory(parent=space, title="Tablette : notes du groupe")
    WorkshopContentPageFactory(title="Atelier tablette pour débuter")
    anonymous, _ = search(client, q="tablette")
    assert titles(anonymous) == ["Atelier tablette pour débuter"]

    client.force_login(mediator(space))
    personal, _ = search(client, q="tablette")
    assert "Tablette : notes du groupe" in titles(personal)
    assert "no-store" in personal["Cache-Control"]

    client.logout()
    outsider, _ = search(client, q="tablette")
    assert titles(outsider) == ["Atelier tablette pour débuter"]


def test_a_search_without_results_is_counted_on_every_copy_served(client):
    for address in ("203.0.113.7", "203.0.113.9"):
        # The second client (another address) gets the copy, and is counted too.
        client.get(
            "/recherche/",
            {"q": "bouquin numerique"},
            HTTP_USER_AGENT=BROWSER,
            REMOTE_ADDR=address,
        )
    assert UnansweredSearch.objects.get(query="bouquin numerique").count == 2
