"""A malformed admin request gets a French 400, never a 500, and changes nothing.

The admin's own scripts always send well-formed data; these requests are what
a truncated post or a hand-edited one sends. Wagtail (and django-modelcluster)
read such data without checking it (see rhinocc/admin_requests.py), so each
of these raised an exception inside them.
"""

from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import querydict_from_html

from taxonomy.models import Competency
from tests.factories.accounts import SuperuserFactory, community_admin
from tests.factories.catalogue import TrainerFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory, steps
from tests.test_admin_editing import body_form_data

MESSAGE = "La demande envoyée est incomplète ou mal formée"


def without(data, key):
    data = data.copy()
    data.pop(key)
    return data


def replaced(data, key, value):
    data = data.copy()
    data[key] = value
    return data


class MalformedAdminRequestTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = SuperuserFactory()
        cls.community = CommunityPageFactory(title="Réseau A")
        cls.community_admin = community_admin(cls.community)
        cls.content = WorkshopContentPageFactory(parent=cls.community)
        cls.kit = KitPageFactory(steps=steps("Préparer", "Animer"))
        TrainerFactory()
        DocumentFactory()

    def setUp(self):
        self.client.force_login(self.superuser)

    def edit_data(self, page):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        data = querydict_from_html(self.client.get(url).content.decode(), form_id="page-edit-form")
        if hasattr(page, "body"):
            data.update(body_form_data(page.body))
        return url, data

    def assertBadRequest(self, response):
        self.assertContains(response, MESSAGE, status_code=400)

    def test_a_page_edit_post_with_a_broken_stream_field(self):
        url, data = self.edit_data(self.content)
        revisions = self.content.revisions.count()
        cases = {
            "count missing": without(data, "body-count"),
            "count not a number": replaced(data, "body-count", "abc"),
            "more blocks counted than sent": replaced(data, "body-count", "99"),
            "block type missing": without(data, "body-0-type"),
            "block order not a number": replaced(data, "body-0-order", "abc"),
            "deletion flag missing": without(data, "body-0-deleted"),
        }
        for user in [self.superuser, self.community_admin]:
            self.client.force_login(user)
            for case, post in cases.items():
                with self.subTest(user=user.username, case=case):
                    self.assertBadRequest(self.client.post(url, post))
        self.assertEqual(self.content.revisions.count(), revisions)

    def test_a_page_edit_post_with_ids_that_are_not_numbers(self):
        url, data = self.edit_data(self.kit)
        revisions = self.kit.revisions.count()
        cases = {
            "image": replaced(data, "image", "abc"),
            "inline step": replaced(data, "steps-0-id", "abc"),
            "inline step id missing": without(data, "steps-0-id"),
        }
        for case, post in cases.items():
            with self.subTest(case=case):
                self.assertBadRequest(self.client.post(url, post))
        self.assertEqual(self.kit.revisions.count(), revisions)

    def test_a_snippet_post_with_an_id_that_is_not_a_number(self):
        url = reverse("wagtailsnippets_taxonomy_competency:add")
        count = Competency.objects.count()
        self.assertBadRequest(
            self.client.post(url, {"code": "X-1", "label": "X", "domain": "abc"})
        )
        self.assertEqual(Competency.objects.count(), count)

    def test_chooser_and_bulk_urls_with_ids_that_are_not_numbers(self):
        gets = [
            reverse("wagtailadmin_choose_page") + "?target_pages[]=abc",
            reverse("wagtailadmin_choose_page_chosen_multiple") + "?id=abc",
            reverse("wagtaildocs_chooser:chosen", args=["abc"]),
            reverse("wagtaildocs_chooser:chosen_multiple") + "?id=abc",
            reverse("wagtailimages_chooser:chosen", args=["abc"]),
            reverse("wagtailimages_chooser:chosen_multiple") + "?id=abc",
            reverse("wagtailsnippetchoosers_catalogue_trainer:chosen", args=["abc"]),
        ]
        for url in gets:
            with self.subTest(url=url):
                self.assertBadRequest(self.client.get(url))
        bulk_delete = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        self.assertBadRequest(self.client.post(bulk_delete + "?id=abc"))

    def test_a_well_formed_post_still_saves(self):
        url, data = self.edit_data(self.content)
        response = self.client.post(url, replaced(data, "title", "Atelier relu"))
        self.assertEqual(response.status_code, 302)
        self.content.refresh_from_db()
        self.assertEqual(self.content.draft_title, "Atelier relu")
