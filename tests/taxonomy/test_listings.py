from html import unescape

import pytest

from kits.models import WorkshopContentPage
from taxonomy.models import Competency

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


def test_competency_page_lists_every_content_type_classified_under_it(client):
    competency = Competency.objects.get(code="CRCN-4.1")
    classified = [
        page
        for model in (WorkshopContentPage,)
        for page in model.objects.live().filter(competencies=competency)
    ]
    assert classified, "the demo classifies contents under CRCN-4.1"
    response = client.get(competency.get_absolute_url(), {"page": 1})
    html = unescape(response.content.decode())
    assert competency.label in html
    assert "Protection et sécurité" in html


def test_referential_page_lists_all_sixteen_competencies(client):
    html = unescape(client.get("/competences/").content.decode())
    for competency in Competency.objects.all():
        assert competency.get_absolute_url() in html


def test_unknown_term_gives_a_404(client):
    assert client.get("/competences/CRCN-9.9/").status_code == 404
    assert client.get("/publics/inconnu/").status_code == 404
