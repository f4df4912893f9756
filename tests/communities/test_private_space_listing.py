"""A private space's page lists its contents to its members; outsiders are still sent to
the login page (README, "Rôles": the private-space rule)."""

import pytest

from tests.factories.accounts import UserFactory, community_member, trainer
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import ResourcePageFactory, WorkshopContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_space():
    space = CommunityPageFactory(title="Ateliers seniors itinérants", is_private=True)
    WorkshopContentPageFactory(parent=space, title="Premiers pas sur tablette")
    ResourcePageFactory(parent=space, title="Planning de la tournée")
    WorkshopContentPageFactory(parent=space, title="Atelier pas encore publié", live=False)
    return space


def contents_section(response) -> str:
    html = response.content.decode()
    start = html.index('id="contributions"')
    return html[start : html.index("</section>", start)]


@pytest.mark.parametrize("role", ["members", "contributors", "administrators"])
def test_the_spaces_own_people_see_its_contents_listed(client, private_space, role):
    user = UserFactory(groups=[getattr(private_space.access, role)])
    client.force_login(user)
    response = client.get(private_space.url)
    assert response.status_code == 200
    section = contents_section(response)
    assert "2 contenus publiés par la communauté." in section
    assert "Premiers pas sur tablette" in section and "Planning de la tournée" in section
    assert "Atelier pas encore publié" not in section
    assert "n'a encore publié aucun contenu" not in section


def test_outsiders_are_still_sent_to_log_in(client, private_space):
    response = client.get(private_space.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/connexion/?next=")


def test_logged_in_outsiders_are_offered_to_ask_to_join(client, private_space):
    """Their account may not open the space: the login page could only say so."""
    other_space = CommunityPageFactory(title="Autre réseau", is_private=True)
    for user in [trainer(), community_member(other_space)]:
        client.force_login(user)
        response = client.get(private_space.url)
        assert response.status_code == 302
        assert response["Location"] == f"/rejoindre/{private_space.pk}/"
        assert "Premiers pas sur tablette" not in client.get(response["Location"]).content.decode()
