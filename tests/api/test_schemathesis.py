"""Schemathesis against the OpenAPI description: every operation with generated
parameters (bounded: a few examples each), no 5xx, and every answer as the description
says (status code, content type, headers, body)."""

import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import TestCase, override_settings
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from rhinocc.wsgi import application
from tests.factories import catalogue, kits
from tests.factories.places import PlaceFactory
from tests.factories.taxonomy import competency

EXAMPLES = 12
# Left out: "a request valid by the schema is accepted". The filters name terms that must
# exist (?theme=, ?fields=, ?type=…), which no schema can enumerate; refusing an unknown
# one with a 400 is what the API promises. Server errors and answers are all checked.


@override_settings(RHINOCC_API_RATE="1000000/min")
class SchemathesisTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        kits.KitPageFactory(
            title="Kit APTIC", competencies=[competency("CRCN-1.1")], tags=["atelier"]
        )
        kits.WorkshopContentPageFactory(title="Atelier sécurité")
        catalogue.TrainingModulePageFactory(title="Module", sessions=[catalogue.session(10)])
        PlaceFactory()

    def setUp(self):
        cache.clear()
        # Schemathesis calls the WSGI application itself: as Django's test client does,
        # keep the test's connection (and its transaction) open between requests.
        for signal in (request_started, request_finished):
            signal.disconnect(close_old_connections)
            self.addCleanup(signal.connect, close_old_connections)

    def test_every_operation_conforms_to_the_description(self):
        schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)
        operations = [result.ok() for result in schema.get_all_operations()]
        self.assertGreaterEqual(len(operations), 20)
        for operation in operations:
            with self.subTest(operation=operation.label):

                @given(case=operation.as_strategy())
                @settings(
                    max_examples=EXAMPLES,
                    deadline=None,
                    database=None,
                    suppress_health_check=list(HealthCheck),
                )
                def check(case):
                    case.call_and_validate(excluded_checks=[positive_data_acceptance])

                check()
