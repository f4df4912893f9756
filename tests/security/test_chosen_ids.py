"""Finding 2: documents and images are chosen through the collections an editor may
choose from, whatever id the form carries; pages never show a visitor a file or an
image they may not open."""

from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from tests.factories.accounts import hub_editor, role_users
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory
from tests.factories.home import home
from tests.factories.images import ImageFactory
from tests.factories.kits import (
    ResourcePageFactory,
    WorkshopContentPageFactory,
    attachments,
    file_block,
    image_block,
    text_block,
)

REFUSED_DOCUMENT = "Vous ne pouvez pas choisir ce document"
REFUSED_IMAGE = "Vous ne pouvez pas choisir cette image"
REFUSED_LINK = "Ce texte renvoie à un document que vous ne pouvez pas choisir"


def document_link(document, text="le compte rendu") -> str:
    return f'<p>Lire <a linktype="document" id="{document.pk}">{text}</a>.</p>'


class ChosenIdsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.private_space = CommunityPageFactory(title="Espace privé", is_private=True)
        cls.public_space = CommunityPageFactory(title="Réseau ouvert")
        cls.users = role_users(cls.private_space, cls.public_space)
        private_collection = cls.private_space.access.collection
        cls.private_document = DocumentFactory(
            title="Compte rendu confidentiel",
            description="Les noms des personnes accompagnées.",
            collection=private_collection,
        )
        cls.private_image = ImageFactory(title="Photo interne", collection=private_collection)
        cls.own_document = DocumentFactory(collection=cls.public_space.access.collection)
        cls.own_image = ImageFactory(collection=cls.public_space.access.collection)
        # The outsider's own contribution, in the public space where they contribute.
        cls.contribution = WorkshopContentPageFactory(
            parent=cls.public_space,
            title="Atelier de l'extérieur",
            owner=cls.users["contributor_b"],
            body=[text_block(), file_block(cls.own_document), image_block(cls.own_image)],
        )
        cls.resource = ResourcePageFactory(
            parent=cls.public_space,
            owner=cls.users["contributor_b"],
            attachments=attachments(cls.own_document),
        )

    def form_data(self, page, user, body=None) -> dict:
        self.client.force_login(user)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        if body is not None:
            data.update(nested_form_data({"body": streamfield(body)}))
        return data

    def body(self, document=None, image=None, text="<p>Le déroulé.</p>"):
        return [
            ("text", rich_text(text, features=["link", "document-link"])),
            ("file", {"document": (document or self.own_document).pk, "note": ""}),
            ("image", {"image": (image or self.own_image).pk, "caption": ""}),
        ]

    def edit(self, page, data):
        return self.client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    def assert_saved(self, response):
        errors = response.status_code == 200 and response.context["form"].errors
        self.assertEqual(response.status_code, 302, errors)

    def assert_refused(self, response, page, field="body"):
        self.assertEqual(response.status_code, 200, "the editor is shown again, with its errors")
        self.assertIn(field, response.context["form"].errors)
        # The editor is shown again without naming what was refused.
        for trace in (
            "Compte rendu confidentiel",
            "Photo interne",
            self.private_document.filename,
        ):
            self.assertNotContains(response, trace)
        page.refresh_from_db()
        self.assertNotIn("(modifié)", page.get_latest_revision().content["title"])

    def test_a_file_block_refuses_a_document_of_another_collection(self):
        user = self.users["contributor_b"]
        data = self.form_data(self.contribution, user, self.body(document=self.private_document))
        data["title"] = "Atelier (modifié)"
        response = self.edit(self.contribution, data)
        self.assert_refused(response, self.contribution)
        error = response.context["form"].errors.as_data()["body"][0]
        self.assertEqual(
            list(error.block_errors), [1], "the error sits on the file block, not elsewhere"
        )
        self.assertIn(REFUSED_DOCUMENT, str(error.block_errors[1].block_errors["document"]))
        self.assertNotContains(response, "Les noms des personnes accompagnées.")

    def test_an_image_block_refuses_an_image_of_another_collection(self):
        user = self.users["contributor_b"]
        data = self.form_data(self.contribution, user, self.body(image=self.private_image))
        data["title"] = "Atelier (modifié)"
        response = self.edit(self.contribution, data)
        self.assert_refused(response, self.contribution)
        error = response.context["form"].errors.as_data()["body"][0]
        self.assertIn(REFUSED_IMAGE, str(error.block_errors[2].block_errors["image"]))
        self.assertFalse(self.private_image.renditions.exists(), "no rendition was made")

    def test_a_rich_text_link_refuses_a_document_of_another_collection(self):
        user = self.users["contributor_b"]
        body = self.body(text=document_link(self.private_document))
        data = self.form_data(self.contribution, user, body)
        data["title"] = "Atelier (modifié)"
        response = self.edit(self.contribution, data)
        self.assert_refused(response, self.contribution)
        error = response.context["form"].errors.as_data()["body"][0]
        self.assertIn(REFUSED_LINK, str(error.block_errors[0]))

    def test_the_page_image_refuses_an_image_of_another_collection(self):
        user = self.users["contributor_b"]
        data = self.form_data(self.contribution, user, self.body())
        data["title"] = "Atelier (modifié)"
        data["image"] = str(self.private_image.pk)
        response = self.edit(self.contribution, data)
        self.assert_refused(response, self.contribution, field="image")
        self.assertIn(REFUSED_IMAGE, str(response.context["form"].errors["image"]))

    def test_an_attachment_refuses_a_document_of_another_collection(self):
        user = self.users["contributor_b"]
        data = self.form_data(self.resource, user)
        data["title"] = "Ressource (modifié)"
        data["attachments-0-document"] = str(self.private_document.pk)
        response = self.edit(self.resource, data)
        self.assertEqual(response.status_code, 200)
        child = response.context["form"].formsets["attachments"].forms[0]
        self.assertNotContains(response, "Compte rendu confidentiel")
        self.assertIn(REFUSED_DOCUMENT, str(child.errors["document"]))
        self.assertEqual(
            [item.document for item in self.resource.attachments.all()], [self.own_document]
        )

    def test_the_preview_refuses_what_saving_refuses(self):
        user = self.users["contributor_b"]
        data = self.form_data(self.contribution, user, self.body(image=self.private_image))
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.contribution.pk])
        response = self.client.post(url, data)
        self.assertEqual(response.json()["is_valid"], False)
        response = self.client.get(url)
        self.assertNotContains(response, "Photo interne", status_code=200)
        self.assertFalse(self.private_image.renditions.exists(), "no rendition was made")

    def test_members_choose_from_their_own_collection(self):
        user = self.users["contributor_a"]
        own_page = WorkshopContentPageFactory(parent=self.private_space, owner=user)
        body = self.body(
            document=self.private_document,
            image=self.private_image,
            text=document_link(self.private_document),
        )
        data = self.form_data(own_page, user, body)
        response = self.edit(own_page, data)
        self.assert_saved(response)

    def test_what_the_page_already_holds_stays_when_another_editor_saves(self):
        # A hub editor chose the private document; the contributor edits the text around it.
        page = WorkshopContentPageFactory(
            parent=self.public_space,
            owner=self.users["contributor_b"],
            body=[
                text_block(document_link(self.private_document)),
                file_block(self.private_document),
            ],
        )
        user = self.users["contributor_b"]
        body = [
            ("text", rich_text(document_link(self.private_document), features=["document-link"])),
            ("file", {"document": self.private_document.pk, "note": "Relu"}),
        ]
        data = self.form_data(page, user, body)
        data["title"] = "Atelier relu"
        response = self.edit(page, data)
        self.assert_saved(response)


class RenderingTests(TestCase):
    """A public page that refers to a private file (chosen before it turned private)."""

    @classmethod
    def setUpTestData(cls):
        cls.private_space = CommunityPageFactory(title="Espace privé", is_private=True)
        cls.public_space = CommunityPageFactory(title="Réseau ouvert")
        cls.users = role_users(cls.private_space, cls.public_space)
        private_collection = cls.private_space.access.collection
        cls.private_document = DocumentFactory(
            title="Compte rendu confidentiel",
            description="Les noms des personnes accompagnées.",
            collection=private_collection,
        )
        cls.second_private = DocumentFactory(title="Annexe interne", collection=private_collection)
        cls.public_document = DocumentFactory(title="Fiche publique")
        cls.private_image = ImageFactory(title="Photo interne", collection=private_collection)
        cls.page = WorkshopContentPageFactory(
            parent=cls.public_space,
            title="Atelier ouvert",
            image=cls.private_image,
            body=[
                text_block(document_link(cls.private_document, "le compte rendu interne")),
                file_block(cls.private_document),
                file_block(cls.second_private),
                file_block(cls.public_document),
                image_block(cls.private_image, "Légende de la photo"),
            ],
        )
        cls.resource = ResourcePageFactory(
            parent=cls.public_space,
            body=document_link(cls.private_document, "le compte rendu interne"),
            attachments=attachments(cls.private_document, cls.second_private, cls.public_document),
        )

    def get(self, page, role):
        self.client.logout()
        if self.users[role]:
            self.client.force_login(self.users[role])
        return self.client.get(page.url)

    def test_outsiders_see_no_trace_of_a_private_document(self):
        for page in (self.page, self.resource):
            for role in ("anonymous", "contributor_b", "trainer"):
                with self.subTest(page=page.title, role=role):
                    response = self.get(page, role)
                    self.assertContains(response, "Fiche publique")
                    for trace in (
                        "Compte rendu confidentiel",
                        "Les noms des personnes accompagnées.",
                        "Annexe interne",
                        self.private_document.url,
                        f"/documents/{self.private_document.pk}/",
                    ):
                        self.assertNotContains(response, trace)
                    self.assertContains(response, "le compte rendu interne")

    def test_the_bundle_counts_only_what_the_visitor_may_download(self):
        response = self.get(self.page, "anonymous")
        self.assertIsNone(response.context["bundle"], "one file left: no bundle")
        response = self.get(self.page, "mediator")
        self.assertEqual(response.context["bundle"]["file_count"], 3)

    def test_outsiders_see_no_private_image(self):
        for role in ("anonymous", "contributor_b", "trainer"):
            with self.subTest(role=role):
                response = self.get(self.page, role)
                self.assertNotContains(response, "Photo interne")
                self.assertNotContains(response, "Légende de la photo")
                self.assertNotContains(response, "<img")

    def test_members_of_the_space_see_its_files_and_images(self):
        for role in ("mediator", "hub_editor"):
            with self.subTest(role=role):
                response = self.get(self.page, role)
                self.assertContains(response, "Compte rendu confidentiel")
                self.assertContains(response, self.private_document.url)
                self.assertContains(response, "Légende de la photo")
                self.assertContains(response, "<img")
                self.assertNotContains(response, "/media/images/")


class NewPageTests(TestCase):
    """The checks run on the add view too, where the page has no children yet."""

    def test_a_new_page_is_created_through_the_admin_with_its_comments_panel(self):
        self.client.force_login(hub_editor())
        url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home().pk])
        form = self.client.get(url)
        data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
        # What the comments panel's script posts, as a browser's autosave does.
        data.update({f"comments-{field}": "0" for field in ("TOTAL_FORMS", "INITIAL_FORMS")})
        data.update({"title": "Nos partenaires", "slug": "nos-partenaires"})
        data["intro"] = "Les structures qui portent le hub."
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content.decode()[-2000:])
