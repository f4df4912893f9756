"""HEAD is answered wherever GET is: link checkers and proxies ask HEAD first."""

import pytest

from tests.factories.kits import WorkshopContentPageFactory
from tests.factories.taxonomy import LicenceFactory, SupportTypeFactory, competency

pytestmark = pytest.mark.django_db


@pytest.fixture
def term_urls():
    support_type = SupportTypeFactory(name="Fiche pratique")
    licence = LicenceFactory(name="Licence Ouverte")
    WorkshopContentPageFactory(
        title="Créer son adresse électronique",
        competencies=[competency("CRCN-2.1")],
        support_type=support_type,
        licence=licence,
    )
    return [
        competency("CRCN-2.1").get_absolute_url(),
        support_type.get_absolute_url(),
        licence.get_absolute_url(),
    ]


@pytest.mark.parametrize(
    "url",
    [
        "/recherche/",
        "/recherche/?q=adresse+electronique",
        "/recherche/communautes/",
        "/recherche/suggestions/?q=adre",
    ],
)
def test_the_search_pages_answer_head_as_get(client, url):
    get, head = client.get(url), client.head(url)
    assert get.status_code == 200
    assert head.status_code == 200
    assert head["Content-Type"] == get["Content-Type"]
    assert head.content == b""


def test_the_term_listings_answer_head_as_get(client, term_urls):
    for url in term_urls:
        get, head = client.get(url), client.head(url)
        assert (get.status_code, head.status_code) == (200, 200), url
        assert head["Content-Type"] == get["Content-Type"]
        assert head.content == b""


def test_a_write_to_the_search_is_still_refused(client):
    assert client.post("/recherche/", {"q": "atelier"}).status_code == 405
