"""A community's public page: its territory, contacts, members and contributions."""

from html import unescape

import pytest
from bs4 import BeautifulSoup

from tests.factories.communities import CommunityPageFactory, contacts, members
from tests.factories.kits import ResourcePageFactory, WorkshopContentPageFactory
from tests.factories.taxonomy import ThemeFactory, department

pytestmark = pytest.mark.django_db


@pytest.fixture
def community():
    return CommunityPageFactory(
        title="Réseau des aidants du Lauragais",
        territory="Pays Lauragais",
        departments=[department("31"), department("11")],
        themes=[ThemeFactory(name="Accès aux droits", slug="acces-aux-droits")],
        contacts=contacts("Léa Martin", "Karim Benali"),
        members=members("CCAS de Villefranche", "Médiathèque de Revel"),
    )


def test_community_page_shows_territory_contacts_members_and_contributions(client, community):
    contributions = [
        WorkshopContentPageFactory(parent=community, title="Atelier démarches en ligne"),
        ResourcePageFactory(parent=community, title="Annuaire des aidants"),
    ]
    draft = WorkshopContentPageFactory(parent=community, title="Atelier en brouillon", live=False)
    html = unescape(client.get(community.url).content.decode())
    assert "Pays Lauragais" in html
    for code in ("31", "11"):
        assert f"/recherche/communautes/?departement={code}" in html
    assert "/recherche/communautes/?thematique=acces-aux-droits" in html
    for name in ("Léa Martin", "Karim Benali", "CCAS de Villefranche", "Médiathèque de Revel"):
        assert name in html
    for contribution in contributions:
        assert contribution.url in html
    assert draft.title not in html


def test_community_page_searches_inside_the_community(client, community):
    soup = BeautifulSoup(client.get(community.url).content, "html.parser")
    hidden = soup.find("input", attrs={"type": "hidden", "name": "communaute"})
    assert hidden is not None and hidden["value"] == community.slug
    form = hidden.find_parent("form")
    assert form["method"] == "get"
    assert form["action"] == "/recherche/"
    assert form.find("input", attrs={"name": "q"})


def test_department_listing_shows_its_communities(client, community):
    elsewhere = CommunityPageFactory(title="Collectif du Tarn", departments=[department("81")])
    html = unescape(client.get("/departements/31/", follow=True).content.decode())
    assert community.url in html
    assert elsewhere.url not in html
