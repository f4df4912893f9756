from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile

from kits.models import ResourcePage, WorkshopContentPage
from tests.factories.documents import DocumentFactory
from tests.factories.images import ImageFactory
from tests.factories.kits import (
    KitPageFactory,
    ResourcePageFactory,
    WorkshopContentPageFactory,
    file_block,
    heading_block,
    image_block,
    link_block,
    steps,
    text_block,
    tools,
)

pytestmark = pytest.mark.django_db


def page_html(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200
    return unescape(response.content.decode())


def test_kit_page_shows_steps_in_order_and_tools_with_format_and_size(client):
    pdf = DocumentFactory(title="Affiche de l'atelier")
    text = DocumentFactory(
        title="Liste à compléter", file=ContentFile(b"Nom;Structure\n", name="liste.csv")
    )
    kit = KitPageFactory(
        steps=steps("Repérer les partenaires", "Animer la réunion", "Faire le bilan"),
        tools=tools(pdf, text),
    )
    html = page_html(client, kit)

    positions = [html.index(title) for title in ["Repérer", "Animer la réunion", "Faire le bilan"]]
    assert positions == sorted(positions)
    # French typography (core.typography): a no-break space before the colon.
    assert "Description\u00a0: Animer la réunion." in html
    for document in (pdf, text):
        assert document.url in html
        assert document.title in html
        assert str(document.format_label) in html
    assert "PDF document" not in html  # the labels are French
    assert "Document PDF, prêt à imprimer" in html
    assert "Tableau (CSV)" in html


def test_workshop_content_page_renders_its_body_blocks(client):
    document = DocumentFactory(title="Fiche participant")
    image = ImageFactory(description="Deux personnes devant un ordinateur")
    content = WorkshopContentPageFactory(
        level=WorkshopContentPage.Level.INTERMEDIATE,
        duration_minutes=120,
        body=[
            heading_block("Déroulé de l'atelier"),
            text_block("<p>Accueillir les participants autour d'un café.</p>"),
            file_block(document, "À imprimer en dix exemplaires"),
            image_block(image, "La salle prête"),
            link_block("https://www.pix.fr/", "Pix", "Évaluer ses compétences."),
        ],
    )
    html = page_html(client, content)
    soup = BeautifulSoup(html, "html.parser")

    assert soup.find(["h2", "h3"], string="Déroulé de l'atelier")
    assert "Accueillir les participants autour d'un café." in html
    assert document.url in html
    assert "À imprimer en dix exemplaires" in html
    assert soup.find("img", alt="Deux personnes devant un ordinateur")
    assert "La salle prête" in html
    assert soup.find("a", href="https://www.pix.fr/")
    assert "www.pix.fr" in html  # where the link leads
    assert content.get_level_display() == "Intermédiaire"
    assert "Intermédiaire" in html
    assert "120 minutes" in html


def test_resource_page_shows_its_identity_card(client):
    resource = ResourcePageFactory(
        kind=ResourcePage.Kind.PUBLIC_SERVICE,
        provider="France Services",
        website="https://www.france-services.gouv.fr/",
        coverage="Haute-Garonne",
        cost="Gratuit pour les usagers",
    )
    html = page_html(client, resource)
    assert resource.get_kind_display() == "Service public"
    assert "Service public" in html
    assert resource.website in html
    assert "France Services" in html
    assert "Haute-Garonne" in html
    assert "Gratuit pour les usagers" in html
    assert "Accéder au site" in html


def test_resource_without_website_offers_no_link_to_it(client):
    resource = ResourcePageFactory(website="")
    html = page_html(client, resource)
    assert "Accéder au site" not in html


def test_classification_links_lead_to_the_filtered_search(client):
    content = WorkshopContentPageFactory(title="Atelier courriel pour seniors", tags=["courriel"])
    other = WorkshopContentPageFactory(title="Atelier tableur", tags=["tableur"])
    html = page_html(client, content)
    tag = content.tags.get()
    assert f"/recherche/?etiquette={tag.slug}" in html

    listing = client.get("/recherche/", {"etiquette": tag.slug})
    assert listing.status_code == 200
    listed = [page.pk for page in listing.context["results"].object_list]
    assert content.pk in listed
    assert other.pk not in listed
