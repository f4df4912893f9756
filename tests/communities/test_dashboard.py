"""The community roles' dashboard: a contributor adds to their community and follows
their contributions; its administrators review and see every contribution of it."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page

from tests.factories.accounts import community_admin, community_contributor, hub_editor
from tests.factories.catalogue import training_index
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/"


def dashboard(client, user) -> BeautifulSoup:
    client.force_login(user)
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def panel(soup, name):
    return soup.find(id=f"{name}-section")


def contribution(community, owner, title, live=False):
    page = WorkshopContentPageFactory(parent=community, title=title, live=live)
    Page.objects.filter(pk=page.pk).update(owner=owner)
    return Page.objects.get(pk=page.pk)


def send_for_review(page, user):
    page.get_workflow().start(page, user)


def counts(section) -> dict[str, int]:
    return {
        item.span.get_text(strip=True): int(item.strong.get_text(strip=True))
        for item in section.select(".rhinocc-state-counts li")
    }


@pytest.fixture
def sicoval():
    return CommunityPageFactory(title="Réseau du Sicoval")


@pytest.fixture
def tarn():
    return CommunityPageFactory(title="Collectif du Tarn")


def test_a_contributor_adds_a_content_to_their_community(client, sicoval, tarn):
    soup = dashboard(client, community_contributor(sicoval))
    buttons = panel(soup, "add-contribution").select("a.button")
    assert [button.get_text(" ", strip=True) for button in buttons] == [
        "Ajouter un contenu dans « Réseau du Sicoval »"
    ]
    assert buttons[0]["href"] == reverse("wagtailadmin_pages:add_subpage", args=[sicoval.pk])


def test_a_contributor_follows_their_own_contributions_only(client, sicoval, tarn):
    author, colleague = community_contributor(sicoval), community_contributor(sicoval)
    contribution(sicoval, author, "Fiche smartphone")
    sent = contribution(sicoval, author, "Atelier courriel")
    send_for_review(sent, author)
    contribution(sicoval, colleague, "La fiche d'un collègue")

    section = panel(dashboard(client, author), "my-contributions")
    assert section.find(id="my-contributions-heading").get_text(strip=True) == (
        "Mes contributions"
    )
    assert counts(section) == {"Brouillon": 1, "En relecture": 1}
    text = section.get_text(" ", strip=True)
    assert "Fiche smartphone" in text and "Atelier courriel" in text
    assert "La fiche d'un collègue" not in text
    assert panel(dashboard(client, author), "community-contributions") is None


def test_a_community_admin_sees_every_contribution_of_their_community(client, sicoval, tarn):
    admin = community_admin(sicoval)
    author = community_contributor(sicoval)
    contribution(sicoval, author, "Atelier courriel", live=True)
    waiting = contribution(sicoval, author, "Fiche smartphone")
    send_for_review(waiting, author)

    soup = dashboard(client, admin)
    section = panel(soup, "community-contributions")
    assert section.find(id="community-contributions-heading").get_text(strip=True) == (
        "Contributions de ma communauté"
    )
    assert counts(section) == {"En relecture": 1, "Publié": 1}
    row = next(row for row in section.select("tbody tr") if "Fiche smartphone" in row.get_text())
    assert author.get_full_name() in row.get_text()

    review = panel(soup, "to-review")
    assert "1 page attend votre relecture" in review.get_text(" ", strip=True)
    assert review.select_one("tbody a")["href"] == reverse(
        "wagtailadmin_pages:edit", args=[waiting.pk]
    )


def test_outsiders_see_nothing_of_another_community(client, sicoval, tarn):
    author = community_contributor(sicoval)
    waiting = contribution(sicoval, author, "Fiche du Sicoval")
    send_for_review(waiting, author)
    for outsider in (community_admin(tarn), community_contributor(tarn)):
        soup = dashboard(client, outsider)
        assert "Fiche du Sicoval" not in soup.get_text(), outsider
        assert "Réseau du Sicoval" not in soup.get_text(), outsider


def test_a_hub_editor_reviews_nothing_of_the_communities(client, sicoval):
    training_index()  # whose review workflow makes the hub's editors reviewers
    author = community_contributor(sicoval)
    send_for_review(contribution(sicoval, author, "Fiche du Sicoval"), author)
    soup = dashboard(client, hub_editor())
    # Community contents are reviewed by their own administrators.
    assert "Fiche du Sicoval" not in panel(soup, "to-review").get_text()


def test_the_admin_panels_cost_the_same_queries_with_more_contributions(
    client, sicoval, django_assert_max_num_queries
):
    admin = community_admin(sicoval)
    client.force_login(admin)

    def add_contributions(count):
        for number in range(count):
            author = community_contributor(sicoval)
            page = contribution(sicoval, author, f"Contribution {count}-{number}")
            send_for_review(page, author)

    add_contributions(2)
    client.get(DASHBOARD)
    with CaptureQueriesContext(connection) as few:
        client.get(DASHBOARD)
    add_contributions(4)
    with django_assert_max_num_queries(len(few)):
        response = client.get(DASHBOARD)
    assert response.content.decode().count("Contribution 4-") >= 4
