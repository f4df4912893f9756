"""Search promotions: what the hub's editors promote for a query comes first."""

from html import unescape

import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.conftest import module_data
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """A kit about APTIC, and two pages of results for "atelier"."""
    with module_data(django_db_blocker):
        kit = KitPageFactory(
            title="Devenir structure qualifiée APTIC", summary="Le Pass numérique APTIC."
        )
        for number in range(1, 22):
            WorkshopContentPageFactory(title=f"Atelier n°{number}")
        yield kit


@pytest.fixture
def promoted_kit(corpus):
    SearchPromotion.objects.create(
        query=Query.get("aptic"),
        page=corpus,
        description="Le kit de référence du Hub.",
        sort_order=0,
    )
    return corpus


def promoted(html: str) -> list[str]:
    """The links of the "Recommandé par le Hub" block, in order."""
    block = BeautifulSoup(html, "html.parser").select_one("section.promotions")
    return [link["href"] for link in block.select("a")] if block else []


def test_promotions_come_above_the_results(client, promoted_kit):
    html = unescape(client.get("/recherche/?q=APTIC").content.decode())
    assert "Recommandé par le Hub" in html
    assert "Le kit de référence du Hub." in html
    # Matched whatever the case, the kit is above the results, and among them too.
    assert promoted(html) == [promoted_kit.url]
    assert (
        html.index(promoted_kit.url) < html.index('id="resultats"') < html.rindex(promoted_kit.url)
    )


def test_external_links_can_be_promoted(client, corpus):
    SearchPromotion.objects.create(
        query=Query.get("pix"),
        external_link_url="https://pix.fr/",
        external_link_text="Pix, le service public en ligne",
    )
    html = unescape(client.get("/recherche/?q=pix").content.decode())
    assert promoted(html) == ["https://pix.fr/"]
    assert "Pix, le service public en ligne" in html


def test_no_promotion_block_for_other_queries(client, promoted_kit):
    html = client.get("/recherche/?q=atelier").content.decode()
    assert 'id="resultats"' in html
    assert "Recommandé par le Hub" not in html


def test_promotions_show_on_the_first_page_of_results_only(client, promoted_kit):
    SearchPromotion.objects.create(query=Query.get("atelier"), page=promoted_kit)
    first = client.get("/recherche/?q=atelier").content.decode()
    later = client.get("/recherche/?q=atelier&page=2")
    assert "Recommandé par le Hub" in first
    assert "page=2" in first
    assert 'id="resultats"' in later.content.decode()  # a second page of results…
    assert "Recommandé par le Hub" not in later.content.decode()  # …without the block


def test_an_unpublished_promoted_page_is_not_shown(client, promoted_kit):
    assert "Recommandé par le Hub" in client.get("/recherche/?q=aptic").content.decode()
    promoted_kit.unpublish()
    assert "Recommandé par le Hub" not in client.get("/recherche/?q=aptic").content.decode()


def test_searching_records_no_query(client, corpus):
    count = Query.objects.count()
    client.get("/recherche/?q=une+recherche+nouvelle")
    assert Query.objects.count() == count
