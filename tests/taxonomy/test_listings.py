"""The listings of a term show the live public pages classified under it, and only them."""

from html import unescape

import pytest
from bs4 import BeautifulSoup

from taxonomy.models import Competency, Licence
from tests.factories.catalogue import TrainingModulePageFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import KitPageFactory, ResourcePageFactory, WorkshopContentPageFactory
from tests.factories.taxonomy import competency

pytestmark = pytest.mark.django_db

CONTENT_FACTORIES = [
    TrainingModulePageFactory,
    KitPageFactory,
    WorkshopContentPageFactory,
    ResourcePageFactory,
]


def listed_links(client, url) -> set[str]:
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {link["href"] for link in soup.select("ul.cards a[href]")}


def test_a_competency_lists_every_content_type_classified_under_it_and_nothing_else(client):
    security = competency("CRCN-4.1")
    classified = [factory(competencies=[security]) for factory in CONTENT_FACTORIES]
    other = WorkshopContentPageFactory(competencies=[competency("CRCN-1.1")])
    unclassified = KitPageFactory()
    draft = ResourcePageFactory(competencies=[security], live=False)
    private_space = CommunityPageFactory(is_private=True)
    private = WorkshopContentPageFactory(parent=private_space, competencies=[security])

    links = listed_links(client, security.get_absolute_url())

    assert {page.url for page in classified} <= links
    assert other.url not in links
    assert unclassified.url not in links
    assert draft.get_url() not in links
    assert private.url not in links
    html = unescape(client.get(security.get_absolute_url()).content.decode())
    assert security.label in html
    assert "4 pages" in html


def test_a_competency_without_pages_says_so(client):
    html = unescape(client.get(competency("CRCN-5.2").get_absolute_url()).content.decode())
    assert "Aucun contenu n'est encore classé sous cette compétence." in html


def test_a_licence_lists_the_pages_under_it(client):
    licence = Licence.objects.get(slug="cc-by-sa-4-0")
    kit = KitPageFactory(licence=licence)
    other = KitPageFactory(licence=Licence.objects.exclude(pk=licence.pk).first())

    links = listed_links(client, licence.get_absolute_url())

    assert kit.url in links
    assert other.url not in links


def test_referential_page_lists_all_sixteen_competencies(client):
    html = unescape(client.get("/competences/").content.decode())
    for item in Competency.objects.all():
        assert item.get_absolute_url() in html
    assert Competency.objects.count() == 16


def test_unknown_term_gives_a_404(client):
    assert client.get("/competences/CRCN-9.9/").status_code == 404
    assert client.get("/publics/inconnu/").status_code == 404
