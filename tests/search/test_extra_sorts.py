"""Sorts that apps above search add through the "register_search_sorts" hook: offered on
the content search only, and they order the engine's matches in the database."""

import pytest
from wagtail import hooks

from search.facets import ExtraSort, extra_sorts
from tests.factories.kits import WorkshopContentPageFactory
from tests.search.visible import soup, titles, total

pytestmark = pytest.mark.django_db

LONGEST_TITLE_FIRST = ExtraSort(
    value="longueur",
    label="Titre le plus long",
    order=lambda pages: pages.order_by("-title"),
)


def register_longest_first():
    return [LONGEST_TITLE_FIRST]


@pytest.fixture
def registered():
    with hooks.register_temporarily("register_search_sorts", register_longest_first):
        yield


@pytest.fixture
def contents(engine):
    for title in ("Atelier A", "Atelier C", "Atelier B"):
        WorkshopContentPageFactory(title=f"{title} tablette")


def test_a_registered_sort_orders_the_matches_and_is_offered(client, registered, contents):
    response = client.get("/recherche/", {"q": "tablette", "tri": "longueur"})
    assert titles(response) == ["Atelier C tablette", "Atelier B tablette", "Atelier A tablette"]
    assert total(response) == 3
    option = soup(response).select_one('#tri option[value="longueur"]')
    assert option.get_text() == "Titre le plus long" and option.has_attr("selected")


def test_a_registered_sort_works_without_a_query(client, registered, contents):
    response = client.get("/recherche/", {"tri": "longueur"})
    assert titles(response)[:3] == [
        "Atelier C tablette",
        "Atelier B tablette",
        "Atelier A tablette",
    ]


def test_without_the_hook_the_value_falls_back_to_the_default_sort(client, contents):
    response = client.get("/recherche/", {"q": "tablette", "tri": "longueur"})
    assert response.status_code == 200
    assert not soup(response).select_one('#tri option[value="longueur"]')


def test_the_community_search_does_not_offer_registered_sorts(client, registered, engine):
    response = client.get("/recherche/communautes/", {"tri": "longueur"})
    assert not soup(response).select_one('#tri option[value="longueur"]')


def test_a_registered_sort_cannot_take_a_built_in_value(registered):
    def clash():
        return [ExtraSort("recent", "Autre", lambda pages: pages)]

    with hooks.register_temporarily("register_search_sorts", clash):
        values = [sort.value for sort in extra_sorts()]
    assert "recent" not in values
    assert "longueur" in values
