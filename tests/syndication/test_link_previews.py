"""Link previews (Open Graph, Twitter card) and canonical addresses in every page's head."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Collection, CollectionViewRestriction

from core.content import ContentPage
from tests.conftest import module_data
from tests.factories import communities, kits
from tests.factories.images import ImageFactory
from tests.factories.pages import PAGE_TYPES, every_page_type
from tests.factories.places import PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    """A live page of each of the 15 page types, built once for the module."""
    with module_data(django_db_blocker):
        yield {page_type: page.specific for page_type, page in every_page_type().items()}


def head(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").head


def meta(soup, name) -> str:
    tag = soup.find("meta", property=name) or soup.find("meta", attrs={"name": name})
    assert tag is not None, name
    return tag["content"]


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda page_type: page_type.__name__)
def test_every_page_type_has_its_link_preview_and_canonical_address(client, pages, page_type):
    page = pages[page_type]
    soup = head(client, page.url)

    canonical = page.get_full_url()
    assert soup.find("link", rel="canonical")["href"] == canonical
    assert meta(soup, "og:url") == canonical
    assert meta(soup, "og:title") == page.title
    assert meta(soup, "og:description")
    if summary := getattr(page, "summary", ""):
        assert meta(soup, "og:description") == summary
    assert meta(soup, "og:type") == ("article" if isinstance(page, ContentPage) else "website")
    assert meta(soup, "og:locale") == "fr_FR"
    assert meta(soup, "og:site_name") == "RhinOcc"
    assert meta(soup, "twitter:card") == "summary_large_image"
    image = meta(soup, "og:image")
    size = meta(soup, "og:image:width"), meta(soup, "og:image:height")
    if getattr(page, "image", None):
        # Cropped to 1200×630 (the test images are smaller: never enlarged).
        rendition = page.image.get_rendition("fill-1200x630")
        assert image == f"http://testserver{rendition.url}"
        assert size == (str(rendition.width), str(rendition.height))
    else:
        assert image == "http://testserver/static/syndication/carte-rhinocc.png"
        assert size == ("1200", "630")


def test_the_search_description_wins_over_the_summary(client):
    content = kits.WorkshopContentPageFactory(
        summary="Le résumé de la carte.", search_description="Ce que disent les moteurs."
    )

    assert meta(head(client, content.url), "og:description") == "Ce que disent les moteurs."


def test_an_image_of_a_private_collection_is_never_the_preview(client):
    private = Collection.get_first_root_node().add_child(name="Collection privée")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    content = kits.WorkshopContentPageFactory(image=ImageFactory(collection=private))

    image = meta(head(client, content.url), "og:image")

    assert image == "http://testserver/static/syndication/carte-rhinocc.png"


def test_an_image_whose_file_is_lost_gives_the_hubs_card_not_an_error(client):
    image = ImageFactory()
    content = kits.WorkshopContentPageFactory(image=image)
    image.file.storage.delete(image.file.name)

    image_url = meta(head(client, content.url), "og:image")

    assert image_url == "http://testserver/static/syndication/carte-rhinocc.png"


def test_a_private_space_shows_outsiders_no_preview_of_it(client):
    space = communities.CommunityPageFactory(
        title="Espace privé", summary="Ce que font ses membres.", is_private=True
    )

    response = client.get(space.url)

    assert response.status_code == 302
    assert "Ce que font ses membres" not in response.content.decode()


def test_a_view_that_is_no_page_has_its_canonical_address_without_its_query(client):
    soup = head(client, "/recherche/?q=atelier&page=2")

    assert soup.find("link", rel="canonical")["href"] == "http://localhost/recherche/"
    assert meta(soup, "og:title") == "Rechercher un contenu"


def test_a_place_page_previews_the_place_at_its_canonical_address(client):
    place = PlaceFactory(
        nom="Médiathèque de Foix", commune="Foix", presentation_resume="Ateliers du mardi."
    )

    soup = head(client, f"/lieux/{place.slug}/?depuis=carte")

    assert soup.find("link", rel="canonical")["href"] == f"http://localhost/lieux/{place.slug}/"
    assert meta(soup, "og:title") == "Médiathèque de Foix (Foix)"
    assert meta(soup, "og:description") == "Ateliers du mardi."


def test_a_place_without_presentation_previews_what_its_page_offers(client):
    place = PlaceFactory(nom="Tiers-lieu du Lot", commune="Cahors", presentation_resume="")

    description = meta(head(client, f"/lieux/{place.slug}/"), "og:description")

    assert description.startswith("Tiers-lieu du Lot, lieu de médiation numérique à Cahors")


@pytest.mark.parametrize(
    ("url", "canonical", "title", "description"),
    [
        (
            "/lieux/?commune=Albi",
            "/lieux/",
            "Lieux de médiation",
            "Les lieux de médiation numérique",
        ),
        ("/recensement/", "/recensement/", "Recensement", "Votre structure"),
        ("/recensement/nouveau/", "/recensement/nouveau/", "Proposer un", "Proposez un lieu"),
        ("/competences/", "/competences/", "Compétences numériques", "Les référentiels"),
        ("/competences/CRCN-1.1/", "/competences/CRCN-1.1/", "CRCN-1.1 Mener", "Les contenus"),
        ("/recherche/?q=atelier", "/recherche/", "Rechercher un contenu", "Cherchez parmi"),
        ("/inscription/", "/inscription/", "Créer un compte", "Tout le contenu public"),
    ],
)
def test_views_that_are_no_page_preview_their_own_title(
    client, url, canonical, title, description
):
    soup = head(client, url)

    assert soup.find("link", rel="canonical")["href"] == "http://localhost" + canonical
    assert meta(soup, "og:url") == "http://localhost" + canonical
    assert meta(soup, "og:title").startswith(title)
    assert meta(soup, "og:description").startswith(description)
