"""A workshop content, kit or resource exported as Markdown (kits/markdown.py)."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Collection, CollectionViewRestriction

from taxonomy.models import Licence
from tests.factories import communities, kits
from tests.factories.accounts import UserFactory, community_member
from tests.factories.documents import DocumentFactory
from tests.factories.images import ImageFactory

pytestmark = pytest.mark.django_db

CC_BY_SA = "[CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/deed.fr)"


def markdown(client, page) -> str:
    response = client.get(page.url + "markdown/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    return response.content.decode()


def private_collection():
    collection = Collection.get_first_root_node().add_child(name="Collection privée")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


def test_a_workshop_content_starts_with_its_licence_and_source_then_its_text(client):
    document = DocumentFactory(title="Fiche à imprimer")
    image = ImageFactory(title="La salle")
    content = kits.WorkshopContentPageFactory(
        title="Acheter en ligne",
        summary="Payer en sécurité.",
        licence=Licence.objects.get(slug="cc-by-sa-4-0"),
        body=[
            kits.heading_block("Déroulé"),
            kits.text_block(
                "<p>Vérifier <b>le cadenas</b>, puis <a href='/aide/'>l'aide</a>.</p>"
            ),
            kits.file_block(document, "À imprimer"),
            kits.image_block(image, "La salle équipée"),
            kits.link_block(description="Évaluer ses compétences."),
        ],
    )

    text = markdown(client, content)

    lines = text.splitlines()
    assert lines[0] == "# Acheter en ligne"
    assert lines[2] == f"> Licence\u00a0: {CC_BY_SA}  "
    assert lines[3].startswith("> Source\u00a0: «\u00a0Acheter en ligne\u00a0», RhinOcc")
    assert f"<{content.get_full_url()}>" in lines[3]
    assert "Payer en sécurité." in text
    assert "- **Durée d'une séance**\u00a0: 90 minutes" in text
    assert "## Déroulé" in text
    assert "Vérifier **le cadenas**, puis [l'aide](http://localhost/aide/)." in text
    assert f"- [Fiche à imprimer](http://testserver{document.url}) (PDF" in text
    assert "À imprimer" in text
    assert "![" in text and "La salle équipée" in text
    assert "[Pix](https://www.pix.fr/) — Évaluer ses compétences." in text


def test_a_kit_lists_its_steps_and_its_tools(client):
    tool = DocumentFactory(title="Fiche de liaison")
    kit = kits.KitPageFactory(
        title="Kit APTIC", steps=kits.steps("Préparer", "Animer"), tools=kits.tools(tool)
    )

    text = markdown(client, kit)

    assert "## Objectif du kit\n\nAccompagner les premiers pas en ligne." in text
    assert "1. **Préparer**" in text and "2. **Animer**" in text
    assert "## Outils à télécharger" in text
    assert f"- [Fiche de liaison](http://testserver{tool.url})" in text
    assert "Licence\u00a0: non précisée" in text


def test_a_resource_has_its_identity_sheet_and_documentation(client):
    resource = kits.ResourcePageFactory(
        title="Aidants Connect", attachments=kits.attachments(DocumentFactory(title="Guide"))
    )

    text = markdown(client, resource)

    assert "- **Site internet**\u00a0: <https://ressource.example.org/>" in text
    assert "- **Coût**\u00a0: Gratuit" in text
    assert "### À quoi ça sert\u202f?" in text
    assert "## Documents à télécharger" in text
    assert "[Guide](" in text


def test_typed_text_cannot_inject_markdown(client):
    content = kits.WorkshopContentPageFactory(title="Un *titre* _souligné_")

    assert markdown(client, content).startswith("# Un \\*titre\\* \\_souligné\\_\n")


def test_files_and_images_of_a_private_collection_are_left_out_for_outsiders(client):
    collection = private_collection()
    content = kits.WorkshopContentPageFactory(
        body=[
            kits.file_block(DocumentFactory(title="Fiche réservée", collection=collection)),
            kits.image_block(ImageFactory(collection=collection), "Photo réservée"),
        ]
    )

    text = markdown(client, content)

    assert "Fiche réservée" not in text
    assert "Photo réservée" not in text


@pytest.mark.parametrize("factory", [kits.WorkshopContentPageFactory, kits.ResourcePageFactory])
def test_a_private_spaces_export_answers_what_its_page_answers(client, factory):
    space = communities.CommunityPageFactory(is_private=True)
    page = factory(parent=space, title="Contenu réservé")
    outsiders = [None, UserFactory()]

    for outsider in outsiders:
        if outsider:
            client.force_login(outsider)
        page_response = client.get(page.url)
        export = client.get(page.url + "markdown/")
        assert export.status_code == page_response.status_code != 200
        assert (
            export.get("Location", "").split("?")[0]
            == page_response.get("Location", "").split("?")[0]
        )
        assert b"Contenu r" not in export.content

    client.force_login(community_member(space))
    assert "# Contenu réservé" in client.get(page.url + "markdown/").content.decode()


def test_a_drafts_export_is_a_404(client):
    draft = kits.KitPageFactory(live=False)

    assert client.get(draft.url + "markdown/").status_code == 404


def test_the_page_links_to_its_markdown(client):
    content = kits.WorkshopContentPageFactory(title="Atelier")

    html = BeautifulSoup(client.get(content.url).content, "html.parser")
    link = html.select_one(".markdown-export a")

    assert link["href"] == content.url + "markdown/"
    assert link.get_text(" ", strip=True).startswith("Télécharger en Markdown")
