"""The hub editors' answers to searches without results: the list (theirs only), a synonym
in one click (its form filled with the query, French messages on bad input), a promoted
result in one click (Wagtail's promoted results of that query)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from search.models import Synonym, UnansweredSearch
from tests.factories.accounts import SuperuserFactory, hub_editor, mediator, trainer

pytestmark = pytest.mark.django_db

LIST = "/admin/recherches-sans-resultat/"
SYNONYM_ADD = "/admin/snippets/rhinocc_search/synonym/add/"


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def unanswered():
    today = timezone.localdate()
    UnansweredSearch.objects.create(query="bouquin numerique", day=today, count=3)
    UnansweredSearch.objects.create(
        query="bouquin numerique", day=today - datetime.timedelta(days=2), count=2
    )
    UnansweredSearch.objects.create(query="liseuze", day=today, count=1)
    UnansweredSearch.objects.create(
        query="tres ancien", day=today - datetime.timedelta(days=200), count=9
    )


def rows(response) -> list[list[str]]:
    page = BeautifulSoup(response.content, "html.parser")
    return [
        [
            row.select_one("td strong").get_text(strip=True),
            row.select("td")[1].span.get_text(strip=True),
        ]
        for row in page.select("table.listing tbody tr")
    ]


def test_only_the_hub_editors_see_the_searches_without_results(unanswered):
    assert Client().get(LIST).status_code == 302  # to the login page
    for outsider in [mediator(), trainer()]:
        response = client_for(outsider).get(LIST)
        assert response.status_code in (302, 403)
        assert b"bouquin" not in response.content
    assert Client().post(f"{LIST}mettre-en-avant/", {"query": "x"}).status_code == 302
    assert client_for(mediator()).post(f"{LIST}mettre-en-avant/", {"query": "x"}).status_code in (
        302,
        403,
    )
    assert not Query.objects.filter(query_string="x").exists()


def test_the_list_sums_a_period_most_searched_first(unanswered):
    client = client_for(hub_editor())
    assert rows(client.get(LIST)) == [["bouquin numerique", "5"], ["liseuze", "1"]]
    assert rows(client.get(LIST, {"jours": "365"}))[0] == ["tres ancien", "9"]
    # An unknown period is the default one, not an error.
    assert rows(client.get(LIST, {"jours": "abc"})) == rows(client.get(LIST))


def test_add_a_synonym_opens_its_form_filled_with_the_query(unanswered):
    client = client_for(hub_editor())
    page = BeautifulSoup(client.get(LIST).content, "html.parser")
    link = next(a for a in page.select("table.listing a") if "Ajouter un synonyme" in a.get_text())
    assert link.get_text(" ", strip=True) == "Ajouter un synonyme pour « bouquin numerique »"
    assert link["href"] == f"{SYNONYM_ADD}?termes=bouquin+numerique"
    form = BeautifulSoup(client.get(link["href"]).content, "html.parser")
    assert form.select_one("textarea[name=terms]").get_text().strip() == "bouquin numerique"


def test_a_synonym_needs_two_words_or_a_searched_word_in_french(unanswered):
    client = client_for(hub_editor())
    alone = client.post(SYNONYM_ADD, {"kind": "equivalent", "terms": "bouquin"})
    assert alone.status_code == 200
    assert "Indiquez au moins deux mots équivalents" in alone.content.decode()
    one_way = client.post(SYNONYM_ADD, {"kind": "one_way", "searched": "", "terms": "livre"})
    assert "a besoin du mot que tapent les visiteurs" in one_way.content.decode()
    # What was typed is still in the form.
    assert "livre" in one_way.content.decode()
    saved = client.post(SYNONYM_ADD, {"kind": "equivalent", "terms": " bouquin ,livre,, "})
    assert saved.status_code == 302
    assert Synonym.objects.filter(terms="bouquin, livre").exists()


def test_a_promoted_result_opens_the_promotions_of_the_query(unanswered):
    for user in [hub_editor(), SuperuserFactory()]:
        response = client_for(user).post(f"{LIST}mettre-en-avant/", {"query": "liseuze"})
        query = Query.objects.get(query_string="liseuze")
        assert response.status_code == 302
        assert response["Location"] == f"/admin/searchpicks/{query.pk}/"
