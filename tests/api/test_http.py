"""HTTP behaviour of the API: CORS for reads only, 304s, 429 with Retry-After, French
JSON errors, and lists whose query count does not grow with their length."""

from django.core.cache import cache
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from tests.factories import catalogue, kits
from tests.factories.places import PlaceFactory
from tests.factories.taxonomy import competency

ORIGIN = "https://partenaire.example.org"


class HttpTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.kit = kits.KitPageFactory(title="Kit APTIC", competencies=[competency("CRCN-1.1")])
        PlaceFactory(nom="Médiathèque", code_postal="31000")

    def setUp(self):
        cache.clear()

    def test_cors_opens_reads_and_refuses_writes(self):
        response = self.client.get("/api/v1/pages/", headers={"Origin": ORIGIN})
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")
        preflight = self.client.options(
            "/api/v1/pages/",
            headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"},
        )
        self.assertNotIn("POST", preflight.get("Access-Control-Allow-Methods", ""))
        self.assertIn("GET", preflight["Access-Control-Allow-Methods"])
        # Not outside /api/.
        page = self.client.get("/", headers={"Origin": ORIGIN})
        self.assertNotIn("Access-Control-Allow-Origin", page)

    def test_post_answers_405_in_french(self):
        for url in ("/api/v1/pages/", "/api/v1/places/", "/api/v1/sessions/"):
            response = self.client.post(url, {})
            self.assertEqual(response.status_code, 405, url)
            self.assertIn("non autorisée", response.json()["message"])

    def test_unknown_address_is_a_json_404(self):
        response = self.client.get("/api/v1/rien/")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(response.json()["code"], "not_found")
        self.assertIn("Introuvable", response.json()["message"])
        # An identifier too large for the database's keys names nothing.
        for url in ("/api/v1/pages/99999999999/", "/api/v1/sessions/99999999999/"):
            self.assertEqual(self.client.get(url).status_code, 404, url)

    def test_etag_and_last_modified_answer_304(self):
        for url in ("/api/v1/pages/", f"/api/v1/pages/{self.kit.pk}/", "/api/v1/places/"):
            first = self.client.get(url)
            self.assertEqual(first.status_code, 200)
            again = self.client.get(url, headers={"If-None-Match": first["ETag"]})
            self.assertEqual(again.status_code, 304, url)
            dated = self.client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})
            self.assertEqual(dated.status_code, 304, url)

    def test_a_change_renews_the_etag(self):
        first = self.client.get("/api/v1/places/")
        PlaceFactory(nom="Tiers-lieu")
        again = self.client.get("/api/v1/places/", headers={"If-None-Match": first["ETag"]})
        self.assertEqual(again.status_code, 200)
        self.assertNotEqual(again["ETag"], first["ETag"])

    @override_settings(RHINOCC_API_RATE="3/min")
    def test_too_many_requests_get_429_with_retry_after(self):
        for _ in range(3):
            self.assertEqual(self.client.get("/api/v1/vocabularies/themes/").status_code, 200)
        response = self.client.get("/api/v1/vocabularies/themes/")
        self.assertEqual(response.status_code, 429)
        self.assertGreaterEqual(int(response["Retry-After"]), 1)
        self.assertIn("Trop de requêtes", response.json()["message"])
        # Another client is counted apart.
        other = self.client.get("/api/v1/vocabularies/themes/", REMOTE_ADDR="10.1.2.3")
        self.assertEqual(other.status_code, 200)


class QueryCountTests(TestCase):
    """10 items or 100: the same number of queries."""

    def count(self, url) -> int:
        self.client.get(url)  # warm: renditions, content types, site root paths
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, response.content[:300])
        return len(queries)

    def build(self, number):
        for n in range(number):
            kits.WorkshopContentPageFactory(
                title=f"Contenu {number}-{n}",
                competencies=[competency("CRCN-1.1")],
                tags=["atelier"],
            )
            module = catalogue.TrainingModulePageFactory(
                title=f"Module {number}-{n}", sessions=[catalogue.session(10 + n)]
            )
            del module
            PlaceFactory()

    def test_lists_are_constant_in_queries(self):
        urls = [
            "/api/v1/pages/?limit=100",
            "/api/v1/pages/?type=kits.WorkshopContentPage&limit=100&fields=*",
            "/api/v1/pages/?type=catalogue.TrainingModulePage&limit=100&fields=*",
            "/api/v1/sessions/?limit=100",
            "/api/v1/places/?limit=100",
        ]
        self.build(3)
        few = [self.count(url) for url in urls]
        self.build(12)
        many = [self.count(url) for url in urls]
        self.assertEqual(few, many)
        # A page of 10 items costs what a page of 100 does.
        ten = [self.count(url.replace("limit=100", "limit=10")) for url in urls]
        self.assertEqual(ten, many)
