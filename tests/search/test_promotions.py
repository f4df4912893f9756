"""Search promotions: what the hub's editors promote for a query comes first."""

from html import unescape

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from kits.models import KitPage

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


@pytest.fixture
def promoted_kit():
    kit = KitPage.objects.order_by("path").last()
    SearchPromotion.objects.create(
        query=Query.get("aptic"), page=kit, description="Le kit de référence du Hub.", sort_order=0
    )
    return kit


def test_promotions_come_above_the_results(client, promoted_kit):
    html = unescape(client.get("/recherche/?q=APTIC").content.decode())
    assert "Recommandé par le Hub" in html
    assert "Le kit de référence du Hub." in html
    assert html.index(promoted_kit.url) < html.index('id="resultats"')


def test_external_links_can_be_promoted(client):
    SearchPromotion.objects.create(
        query=Query.get("pix"),
        external_link_url="https://pix.fr/",
        external_link_text="Pix, le service public en ligne",
    )
    html = unescape(client.get("/recherche/?q=pix").content.decode())
    assert 'href="https://pix.fr/"' in html


def test_no_promotion_block_for_other_queries(client, promoted_kit):
    assert "Recommandé par le Hub" not in client.get("/recherche/?q=atelier").content.decode()


def test_promotions_show_on_the_first_page_of_results_only(client, promoted_kit):
    SearchPromotion.objects.create(query=Query.get("atelier"), page=promoted_kit)
    first = client.get("/recherche/?q=atelier").content.decode()
    later = client.get("/recherche/?q=atelier&page=2")
    assert "Recommandé par le Hub" in first
    assert "page=2" in first
    assert "Recommandé par le Hub" not in later.content.decode()


def test_an_unpublished_promoted_page_is_not_shown(client, promoted_kit):
    promoted_kit.unpublish()
    assert "Recommandé par le Hub" not in client.get("/recherche/?q=aptic").content.decode()


def test_searching_records_no_query(client):
    count = Query.objects.count()
    client.get("/recherche/?q=une+recherche+nouvelle")
    assert Query.objects.count() == count
