"""One rule for kickers (core.cards.kicker): a page's card and the page say the same."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.test import RequestFactory

from core.cards import kicker
from kits.models import ResourcePage
from tests.factories.catalogue import TrainingModulePageFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import KitPageFactory, ResourcePageFactory, WorkshopContentPageFactory
from tests.factories.taxonomy import SupportTypeFactory

pytestmark = pytest.mark.django_db


def card_kicker(page) -> str:
    request = RequestFactory().get("/")
    html = render_to_string("includes/page_card.html", {"item": page}, request=request)
    return BeautifulSoup(html, "html.parser").select_one(".card__type").get_text(strip=True)


def page_kicker(client, page) -> str:
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return soup.select_one("main .kicker").get_text(strip=True)


def test_a_resource_says_its_kind_on_its_card_and_on_its_page(client):
    resource = ResourcePageFactory(
        kind=ResourcePage.Kind.PUBLIC_SERVICE, support_type=SupportTypeFactory(name="Article")
    )
    assert kicker(resource) == "Ressource · Service public"
    assert card_kicker(resource) == page_kicker(client, resource) == kicker(resource)


def test_a_module_is_a_module_without_its_generic_support_type(client):
    module = TrainingModulePageFactory(
        support_type=SupportTypeFactory(name="Ressource pédagogique")
    )
    assert kicker(module) == "Module de formation"
    assert card_kicker(module) == page_kicker(client, module) == "Module de formation"


def test_a_kit_is_a_kit(client):
    kit = KitPageFactory(support_type=SupportTypeFactory(name="Boîte à outils"))
    assert card_kicker(kit) == page_kicker(client, kit) == "Kit"


def test_a_workshop_content_adds_its_support_type(client):
    content = WorkshopContentPageFactory(support_type=SupportTypeFactory(name="Fiche pratique"))
    assert (
        card_kicker(content)
        == page_kicker(client, content)
        == ("Contenu pédagogique · Fiche pratique")
    )


def test_a_support_type_that_repeats_the_kind_is_said_once():
    resource = ResourcePageFactory(
        kind=ResourcePage.Kind.METHODOLOGY, support_type=SupportTypeFactory(name="Méthodologie")
    )
    assert kicker(resource) == "Ressource · Méthodologie"


def test_a_community_says_when_it_is_private(client):
    public = CommunityPageFactory(title="Réseau ouvert")
    assert card_kicker(public) == page_kicker(client, public) == "Communauté"
    private = CommunityPageFactory(title="Espace privé", is_private=True)
    assert card_kicker(private) == "Communauté · Espace privé"
