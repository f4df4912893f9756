"""Private spaces, one rule everywhere: a private space's card is listed with an
« Espace privé » badge wherever communities are listed (community index, home page,
selections, search by community), and nothing under it is shown to outsiders; a guessed
address under it answers the same whether a page lives there or not. Its members see
its contents listed."""

from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories.accounts import role_users
from tests.factories.communities import CommunityPageFactory, community_index
from tests.factories.home import SelectionPageFactory, home, selection_items
from tests.factories.kits import ResourcePageFactory, WorkshopContentPageFactory
from tests.search.conftest import _fresh_search_cache, engine  # noqa: F401 - fixtures
from tests.search.visible import soup, titles, total

pytestmark = pytest.mark.django_db

PRIVATE = "Cercle des aidants du Lauragais"
PUBLIC = "Réseau ouvert du Tarn"
SECRET = "Compte rendu de la réunion interne"
# A word of the private space's description: behind its door, never searchable outside.
DESCRIPTION_WORD = "confidentialissime"


@pytest.fixture
def spaces():
    private = CommunityPageFactory(
        title=PRIVATE,
        summary="Les aidants du Lauragais échangent entre eux.",
        description=f"<p>Nos rencontres {DESCRIPTION_WORD} du jeudi.</p>",
        is_private=True,
    )
    public = CommunityPageFactory(title=PUBLIC)
    secret = WorkshopContentPageFactory(parent=private, title=SECRET)
    return {"private": private, "public": public, "secret": secret}


def html(response) -> str:
    return unescape(response.content.decode())


def private_cards(response) -> list:
    """The cards of the private space, each with its badge if it has one."""
    return [
        card
        for card in soup(response).select(".card")
        if card.select_one(".card__title").get_text(strip=True) == PRIVATE
    ]


def assert_listed_with_badge(response):
    cards = private_cards(response)
    assert len(cards) == 1
    assert "Espace privé" in cards[0].get_text(" ", strip=True)


# The rule on every listing


def test_the_community_index_lists_the_private_card_with_its_badge(client, spaces):
    response = client.get(community_index().url)
    assert_listed_with_badge(response)
    assert SECRET not in html(response)


def test_the_home_page_lists_the_private_card_with_its_badge(client, spaces):
    response = client.get(home().url)
    assert_listed_with_badge(response)
    assert SECRET not in html(response)


def test_a_selection_lists_the_private_card_but_never_its_contents(client, spaces):
    selection = SelectionPageFactory(
        title="Les réseaux à connaître",
        items=selection_items(spaces["private"], spaces["public"], spaces["secret"]),
    )
    response = client.get(selection.url)
    assert_listed_with_badge(response)
    assert PUBLIC in html(response)
    assert SECRET not in html(response)


def test_the_home_pages_featured_block_follows_the_same_rule(client, spaces):
    page = home()
    page.featured_pages.create(page=spaces["private"], sort_order=0)
    page.featured_pages.create(page=spaces["secret"], sort_order=1)
    page.save_revision().publish()
    response = client.get(page.url)
    featured = soup(response).select_one("#a-la-une").find_parent("section")
    assert PRIVATE in featured.get_text()
    assert SECRET not in html(response)


def test_the_search_by_community_lists_the_private_card_with_its_badge(client, spaces, engine):  # noqa: F811
    response = client.get("/recherche/communautes/")
    assert sorted(titles(response)) == sorted([PRIVATE, PUBLIC])
    assert_listed_with_badge(response)
    by_name = client.get("/recherche/communautes/", {"q": "aidants lauragais"})
    assert titles(by_name) == [PRIVATE]


def test_the_private_cards_search_reads_its_card_only(client, spaces, engine):  # noqa: F811
    response = client.get("/recherche/communautes/", {"q": DESCRIPTION_WORD})
    assert titles(response) == []
    assert total(response) == 0
    assert "corrected" not in response.context


def test_the_contents_search_never_shows_the_private_contents(client, spaces, engine):  # noqa: F811
    response = client.get("/recherche/", {"q": "compte rendu reunion interne"})
    assert SECRET not in html(response)


# Guessed addresses


def test_a_guessed_address_under_a_private_space_answers_alike_whether_it_exists(client, spaces):
    private = spaces["private"]
    existing = spaces["secret"].url
    missing = private.url + "une-page-qui-n-existe-pas/"
    draft = WorkshopContentPageFactory(parent=private, title="Brouillon interne", live=False)
    users = role_users(private, spaces["public"])
    for role in ["anonymous", "trainer", "contributor_b"]:
        client.logout()
        if users[role]:
            client.force_login(users[role])
        answers = {}
        for url in [existing, missing, private.url + draft.slug + "/", existing + "suite/"]:
            response = client.get(url)
            answers[url] = (response.status_code, response["Location"].replace(url, "<url>"))
        assert set(answers.values()) == {(302, "/connexion/?next=<url>")}, (role, answers)


def test_a_member_gets_a_real_404_for_a_missing_page_of_their_space(client, spaces):
    users = role_users(spaces["private"], spaces["public"])
    client.force_login(users["mediator"])
    assert client.get(spaces["private"].url + "une-page-qui-n-existe-pas/").status_code == 404
    assert client.get(spaces["secret"].url).status_code == 200


def test_a_missing_address_in_a_public_space_is_a_plain_404(client, spaces):
    assert client.get(spaces["public"].url + "une-page-qui-n-existe-pas/").status_code == 404


# Members see their space's contents


def test_members_see_their_private_spaces_contents_listed(client, spaces):
    users = role_users(spaces["private"], spaces["public"])
    for role, sees in [("mediator", True), ("contributor_a", True), ("hub_editor", True)]:
        client.force_login(users[role])
        response = client.get(spaces["private"].url)
        assert response.status_code == 200
        assert (SECRET in html(response)) is sees, role
        assert "1 contenu publié par la communauté" in html(response)


def test_a_restricted_page_inside_a_public_space_is_listed_to_those_who_may_open_it(
    client, spaces
):
    public = spaces["public"]
    hidden = ResourcePageFactory(parent=public, title="Ressource pour les connectés")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    assert hidden.title not in html(client.get(public.url))
    users = role_users(spaces["private"], public)
    client.force_login(users["trainer"])
    assert hidden.title in html(client.get(public.url))


def contributions_queries(client, private, added: int) -> int:
    """Queries of the space's page once `added` more contents are published in it."""
    titles = [f"Atelier interne {private.get_children().count() + n}" for n in range(added)]
    for title in titles:
        WorkshopContentPageFactory(parent=private, title=title)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(private.url)
    assert all(title in html(response) for title in titles)
    return len(queries)


def test_the_members_listing_costs_the_same_queries_for_2_and_4_contents(client, spaces):
    users = role_users(spaces["private"], spaces["public"])
    client.force_login(users["mediator"])
    client.get(spaces["private"].url)
    two = contributions_queries(client, spaces["private"], 2)
    four = contributions_queries(client, spaces["private"], 2)
    assert two == four


def test_the_members_listing_is_paginated(client, spaces, settings):
    settings.RHINOCC_PAGE_SIZE = 2
    for number in range(3):
        WorkshopContentPageFactory(parent=spaces["private"], title=f"Atelier interne {number}")
    users = role_users(spaces["private"], spaces["public"])
    client.force_login(users["mediator"])
    first = soup(client.get(spaces["private"].url)).select("#contributions ~ ul.cards .card")
    second = soup(client.get(spaces["private"].url, {"page": 2})).select(
        "#contributions ~ ul.cards .card"
    )
    assert (len(first), len(second)) == (2, 2)
