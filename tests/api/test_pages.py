"""The pages, documents and images endpoints (Wagtail's API v2): public contents only."""

import datetime

from django.test import TestCase
from django.utils import timezone
from wagtail.models import PageViewRestriction

from taxonomy.models import Licence, Public, SupportType, Theme
from tests.factories import catalogue, kits
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory
from tests.factories.images import ImageFactory
from tests.factories.taxonomy import competency

PAGES = "/api/v1/pages/"


def ids(response) -> set[int]:
    return {item["id"] for item in response.json()["items"]}


class PublicPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.theme = Theme.objects.get(slug="numerique-securise")
        cls.public = Public.objects.get(slug="seniors")
        cls.private_space = CommunityPageFactory(title="Espace privé", is_private=True)
        cls.open_space = CommunityPageFactory(title="Réseau ouvert", slug="reseau-ouvert")
        cls.private_document = DocumentFactory(
            title="Grille confidentielle", collection=cls.private_space.access.collection
        )
        cls.private_image = ImageFactory(
            title="Photo interne", collection=cls.private_space.access.collection
        )
        cls.public_document = DocumentFactory(title="Fiche publique")
        cls.public_image = ImageFactory(title="Illustration publique")
        classification = {
            "themes": [cls.theme],
            "publics": [cls.public],
            "competencies": [competency("CRCN-4.1")],
            "support_type": SupportType.objects.get(slug="fiche-pratique"),
            "licence": Licence.objects.get(slug="cc-by-sa-4-0"),
            "tags": ["atelier"],
        }
        cls.hidden = kits.WorkshopContentPageFactory(
            parent=cls.private_space, title="Contribution privée", **classification
        )
        cls.contribution = kits.WorkshopContentPageFactory(
            parent=cls.open_space,
            title="Contribution ouverte",
            image=cls.public_image,
            body=[
                kits.text_block(),
                kits.file_block(cls.public_document),
                kits.file_block(cls.private_document),
                kits.image_block(cls.private_image),
            ],
            **classification,
        )
        cls.kit = kits.KitPageFactory(
            title="Kit APTIC",
            tools=kits.tools(cls.public_document, cls.private_document),
            **classification,
        )
        cls.draft = kits.WorkshopContentPageFactory(
            title="Brouillon", live=False, **classification
        )
        cls.restricted = kits.ResourcePageFactory(title="Ressource réservée", **classification)
        PageViewRestriction.objects.create(
            page=cls.restricted, restriction_type=PageViewRestriction.LOGIN
        )
        cls.module = catalogue.TrainingModulePageFactory(
            title="Module sécurité",
            sessions=[catalogue.session(10), catalogue.session(-30)],
            supports=catalogue.supports(cls.private_document),
            **classification,
        )

    def get(self, url, **params):
        response = self.client.get(url, params)
        self.assertEqual(response.status_code, 200, response.content)
        return response

    def test_lists_live_public_pages_only(self):
        found = ids(self.get(PAGES, limit=100))
        self.assertIn(self.contribution.pk, found)
        self.assertIn(self.kit.pk, found)
        self.assertIn(self.open_space.pk, found)
        for page in (self.private_space, self.hidden, self.draft, self.restricted):
            self.assertNotIn(page.pk, found, page.title)

    def test_counts_leave_private_pages_out(self):
        typed = self.get(PAGES, type="kits.WorkshopContentPage").json()
        self.assertEqual(typed["meta"]["total_count"], 1)
        self.assertEqual(
            ids(self.get(PAGES, type="kits.WorkshopContentPage")), {self.contribution.pk}
        )
        themed = self.get(PAGES, theme=self.theme.slug).json()
        self.assertEqual(
            {item["id"] for item in themed["items"]},
            {self.contribution.pk, self.kit.pk, self.module.pk},
        )
        self.assertEqual(themed["meta"]["total_count"], 3)

    def test_private_restricted_and_draft_details_are_not_found(self):
        for page in (self.private_space, self.hidden, self.draft, self.restricted):
            response = self.client.get(f"{PAGES}{page.pk}/")
            self.assertEqual(response.status_code, 404, page.title)
            self.assertEqual(response["Content-Type"], "application/json")
            self.assertIn("public", response.json()["message"])

    def test_a_typed_list_gives_the_vocabulary_fields(self):
        item = self.get(PAGES, type="kits.WorkshopContentPage").json()["items"][0]
        self.assertEqual(item["themes"], [{"slug": self.theme.slug, "name": self.theme.name}])
        self.assertEqual(item["publics"][0]["slug"], "seniors")
        self.assertEqual(item["competencies"][0]["code"], "CRCN-4.1")
        self.assertEqual(item["competencies"][0]["referential"], "crcn")
        self.assertIn("version", item["competencies"][0])
        self.assertEqual(item["support_type"]["slug"], "fiche-pratique")
        self.assertEqual(item["licence"]["slug"], "cc-by-sa-4-0")
        self.assertEqual(item["tags"], [{"slug": "atelier", "name": "atelier"}])
        self.assertEqual(item["community"]["slug"], "reseau-ouvert")
        self.assertEqual(item["image"]["id"], self.public_image.pk)
        self.assertNotIn("body", item)

    def test_a_detail_leaves_private_files_and_images_out(self):
        body = self.get(f"{PAGES}{self.contribution.pk}/").json()["body"]
        self.assertEqual([block["type"] for block in body], ["text", "file"])
        self.assertEqual(body[1]["value"]["document"]["title"], "Fiche publique")
        kit = self.get(f"{PAGES}{self.kit.pk}/").json()
        self.assertEqual([tool["title"] for tool in kit["tools"]], ["Fiche publique"])
        module = self.get(f"{PAGES}{self.module.pk}/").json()
        self.assertEqual(module["supports"], [])
        self.assertNotIn("confidentielle", str(module))

    def test_a_module_gives_its_upcoming_sessions(self):
        module = self.get(f"{PAGES}{self.module.pk}/").json()
        self.assertEqual(len(module["sessions"]), 1)
        self.assertGreaterEqual(
            datetime.date.fromisoformat(module["sessions"][0]["start_date"]),
            timezone.localdate(),
        )

    def test_filters_by_each_vocabulary(self):
        for params in (
            {"public": "seniors"},
            {"competency": "CRCN-4.1"},
            {"tag": "atelier"},
            {"community": "reseau-ouvert"},
        ):
            found = ids(self.get(PAGES, **params))
            self.assertIn(self.contribution.pk, found, params)
            self.assertNotIn(self.hidden.pk, found, params)
        self.assertEqual(ids(self.get(PAGES, community="reseau-ouvert")), {self.contribution.pk})

    def test_a_private_community_is_an_unknown_filter(self):
        response = self.client.get(PAGES, {"community": self.private_space.slug})
        self.assertEqual(response.status_code, 400)
        self.assertIn("Communauté inconnue", response.json()["message"])

    def test_updated_since(self):
        self.assertEqual(ids(self.get(PAGES, updated_since="2999-01-01")), set())
        self.assertIn(self.kit.pk, ids(self.get(PAGES, updated_since="2000-01-01")))
        response = self.client.get(PAGES, {"updated_since": "hier"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("updated_since", response.json()["message"])

    def test_orders_and_pages(self):
        titles = [
            item["title"]
            for item in self.get(
                PAGES, type="kits.KitPage,kits.WorkshopContentPage", order="-title"
            ).json()["items"]
        ]
        self.assertEqual(titles, sorted(titles, reverse=True))
        first = self.get(PAGES, limit=1, offset=0, order="id").json()
        second = self.get(PAGES, limit=1, offset=1, order="id").json()
        self.assertNotEqual(first["items"][0]["id"], second["items"][0]["id"])
        self.assertEqual(first["meta"]["total_count"], second["meta"]["total_count"])

    def test_bad_parameters_answer_400_in_french(self):
        cases = {
            "limit=1000": "limit ne peut pas dépasser 100.",
            "limit=abc": "limit doit être un entier positif.",
            "theme=inconnue": "Thématique inconnue : « inconnue ».",
            "type=kits.Nothing": "Type de page inconnu (type).",
            "foo=1": "Paramètre de requête inconnu : foo.",
            "order=nothing": "Impossible de trier par « nothing » : champ inconnu.",
            "child_of=99999999999": "child_of est trop grand.",
            "offset=99999999999": "offset est trop grand.",
        }
        for query, message in cases.items():
            response = self.client.get(f"{PAGES}?{query}")
            self.assertEqual(response.status_code, 400, query)
            self.assertEqual(response.json()["message"], message, query)

    def test_documents_and_images_of_private_collections_never_appear(self):
        documents = self.get("/api/v1/documents/", limit=100).json()
        titles = {item["title"] for item in documents["items"]}
        self.assertIn("Fiche publique", titles)
        self.assertNotIn("Grille confidentielle", titles)
        self.assertEqual(documents["meta"]["total_count"], len(titles))
        response = self.client.get(f"/api/v1/documents/{self.private_document.pk}/")
        self.assertEqual(response.status_code, 404)
        images = self.get("/api/v1/images/", limit=100).json()
        titles = {item["title"] for item in images["items"]}
        self.assertIn("Illustration publique", titles)
        self.assertNotIn("Photo interne", titles)
        response = self.client.get(f"/api/v1/images/{self.private_image.pk}/")
        self.assertEqual(response.status_code, 404)

    def test_a_document_says_its_licence_and_format(self):
        item = self.get(f"/api/v1/documents/{self.public_document.pk}/").json()
        self.assertEqual(item["format"], self.public_document.format_label)
        self.assertIn("download_url", item["meta"])
        image = self.get(f"/api/v1/images/{self.public_image.pk}/").json()
        self.assertTrue(image["rendition"]["url"].startswith("http://testserver/"))
        self.assertNotIn("download_url", image["meta"])
