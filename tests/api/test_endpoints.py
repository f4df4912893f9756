"""Sessions, events, places and vocabularies: what they give, whom they hide."""

from django.test import TestCase
from django.utils import timezone
from wagtail.models import PageViewRestriction

from places.models import Place
from tests.factories import catalogue
from tests.factories.places import PlaceFactory


class EndpointTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.place = PlaceFactory(
            nom="Médiathèque José Cabanis", dispositif_programmes_nationaux=["France Services"]
        )
        cls.proposed = PlaceFactory(nom="Lieu proposé", status=Place.Status.PROPOSED)
        cls.module = catalogue.TrainingModulePageFactory(
            title="Module public",
            sessions=[catalogue.session(10, seats=12, place=cls.place), catalogue.session(-20)],
        )
        cls.hidden_module = catalogue.TrainingModulePageFactory(
            title="Module réservé", sessions=[catalogue.session(12)]
        )
        PageViewRestriction.objects.create(
            page=cls.hidden_module, restriction_type=PageViewRestriction.LOGIN
        )

    def test_sessions_of_public_modules_with_seats_left(self):
        items = self.client.get("/api/v1/sessions/").json()["items"]
        self.assertEqual([item["module"]["title"] for item in items], ["Module public"])
        self.assertEqual(items[0]["seats"], 12)
        self.assertEqual(items[0]["seats_left"], 12)
        self.assertEqual(items[0]["place"]["slug"], self.place.slug)
        past = self.client.get("/api/v1/sessions/", {"from": "2000-01-01"}).json()
        self.assertEqual(past["meta"]["total_count"], 2)
        response = self.client.get("/api/v1/sessions/", {"from": "demain"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("from doit être une date", response.json()["message"])

    def test_places_published_only_in_the_standard_fields(self):
        data = self.client.get("/api/v1/places/").json()
        self.assertEqual(data["meta"]["total_count"], 1)
        place = data["items"][0]
        self.assertEqual(place["nom"], "Médiathèque José Cabanis")
        self.assertEqual(place["services"], ["Aide aux démarches administratives"])
        self.assertEqual(place["code_postal"], "31000")
        self.assertEqual(self.client.get(f"/api/v1/places/{self.proposed.slug}/").status_code, 404)

    def test_places_filters(self):
        self.assertEqual(
            self.client.get("/api/v1/places/", {"departement": "31"}).json()["meta"][
                "total_count"
            ],
            1,
        )
        self.assertEqual(
            self.client.get("/api/v1/places/", {"departement": "34"}).json()["meta"][
                "total_count"
            ],
            0,
        )
        self.assertEqual(
            self.client.get("/api/v1/places/", {"dispositif": "france-services"}).json()["meta"][
                "total_count"
            ],
            1,
        )
        self.assertEqual(
            self.client.get(
                "/api/v1/places/", {"service": "aide-aux-demarches-administratives"}
            ).json()["meta"]["total_count"],
            1,
        )
        response = self.client.get("/api/v1/places/", {"departement": "75"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("departement", response.json()["message"])

    def test_vocabularies(self):
        competencies = self.client.get("/api/v1/vocabularies/competencies/", {"limit": 100}).json()
        codes = [item["code"] for item in competencies["items"]]
        self.assertIn("CRCN-1.1", codes)
        self.assertIn("version", competencies["items"][0])
        for name in ("publics", "themes", "support-types", "licences"):
            response = self.client.get(f"/api/v1/vocabularies/{name}/")
            self.assertEqual(response.status_code, 200, name)
            self.assertGreater(response.json()["meta"]["total_count"], 0, name)
        index = self.client.get("/api/v1/vocabularies/").json()
        self.assertEqual(len(index["items"]), 5)

    def test_schema_and_docs_page(self):
        schema = self.client.get("/api/v1/schema/", {"format": "json"}).json()
        self.assertEqual(schema["openapi"], "3.1.0")
        for path in ("/api/v1/pages/", "/api/v1/sessions/", "/api/v1/places/", "/api/v1/events/"):
            self.assertIn(path, schema["paths"])
        page = self.client.get("/api/v1/docs/")
        self.assertContains(page, "API publique")
        self.assertContains(page, "swagger-ui-bundle.js")
        self.assertNotContains(page, "unpkg")
        self.assertIn(timezone.localdate().year, [timezone.localdate().year])
