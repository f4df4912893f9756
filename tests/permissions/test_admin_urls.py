"""The same rights through the real admin URLs, by page id: a refusal is a 403 or a
redirect with a message (or to the login page), never a 500 and never a change."""

from django.contrib.messages import get_messages
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from kits.models import WorkshopContentPage
from tests.factories.accounts import role_users
from tests.factories.catalogue import TrainingModulePageFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.home import home
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory
from tests.test_admin_editing import body_form_data


class AdminUrlTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.community_a = CommunityPageFactory(title="Réseau A", is_private=True)
        cls.community_b = CommunityPageFactory(title="Réseau B")
        cls.users = role_users(cls.community_a, cls.community_b)
        cls.module = TrainingModulePageFactory()
        cls.kit = KitPageFactory()
        cls.contribution_a = WorkshopContentPageFactory(parent=cls.community_a)
        cls.contribution_b = WorkshopContentPageFactory(parent=cls.community_b)
        cls.own_module = TrainingModulePageFactory(
            parent=cls.module.get_parent(), owner=cls.users["trainer"], live=False
        )

    def as_role(self, role):
        self.client.logout()
        if self.users[role]:
            self.client.force_login(self.users[role])

    def assertRefused(self, response):
        if response.status_code == 403:
            return
        self.assertEqual(response.status_code, 302, response.content[:200])
        to_login = response["Location"].startswith(reverse("wagtailadmin_login"))
        messages = [str(message) for message in get_messages(response.wsgi_request)]
        self.assertTrue(to_login or messages, response["Location"])

    def page_url(self, name, page):
        return reverse(f"wagtailadmin_pages:{name}", args=[page.pk])

    def test_refused_page_actions_by_id(self):
        cases = [
            ("anonymous", "edit", self.kit),
            ("mediator", "edit", self.contribution_a),
            ("trainer", "edit", self.module),
            ("trainer", "delete", self.module),
            ("trainer", "unpublish", self.module),
            ("trainer", "move", self.module),
            ("contributor_a", "edit", self.contribution_a),
            ("contributor_a", "delete", self.contribution_a),
            ("contributor_a", "edit", self.contribution_b),
            ("contributor_b", "edit", self.contribution_a),
            ("admin_a", "edit", self.kit),
            ("admin_a", "delete", self.community_a),
            ("admin_a", "move", self.community_a),
            ("admin_a", "unpublish", self.contribution_b),
            ("hub_editor", "delete", home()),
        ]
        for role, action, page in cases:
            with self.subTest(role=role, action=action, page=page.title):
                self.as_role(role)
                self.assertRefused(self.client.get(self.page_url(action, page)))
                self.assertRefused(self.client.post(self.page_url(action, page)))
                self.assertTrue(type(page).objects.filter(pk=page.pk, live=True).exists())

    def test_allowed_page_actions_by_id(self):
        cases = [
            ("hub_editor", "edit", self.kit),
            ("hub_editor", "delete", self.kit),
            ("hub_editor", "unpublish", self.contribution_a),
            ("trainer", "edit", self.own_module),
            ("trainer", "delete", self.own_module),
            ("admin_a", "edit", self.community_a),
            ("admin_a", "unpublish", self.contribution_a),
        ]
        for role, action, page in cases:
            with self.subTest(role=role, action=action, page=page.title):
                self.as_role(role)
                self.assertEqual(self.client.get(self.page_url(action, page)).status_code, 200)

    def publish_through_editor(self, role, page):
        self.as_role(role)
        edit_url = self.page_url("edit", page)
        data = querydict_from_html(
            self.client.get(edit_url).content.decode(), form_id="page-edit-form"
        )
        if isinstance(page, WorkshopContentPage):
            data.update(body_form_data(page.body))
        data["action-publish"] = "action-publish"
        return self.client.post(edit_url, data)

    def test_a_trainer_cannot_publish_their_module(self):
        revisions = self.own_module.revisions.count()
        response = self.publish_through_editor("trainer", self.own_module)
        # The form was accepted and saved as a draft: only the publication was refused.
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.own_module.revisions.count(), revisions + 1)
        self.own_module.refresh_from_db()
        self.assertFalse(self.own_module.live)

    def test_a_community_admin_publishes_in_their_community(self):
        draft = WorkshopContentPageFactory(
            parent=self.community_a, owner=self.users["contributor_a"], live=False
        )
        response = self.publish_through_editor("admin_a", draft)
        self.assertEqual(response.status_code, 302)
        draft.refresh_from_db()
        self.assertTrue(draft.live)

    def test_a_contributor_adds_only_under_their_community(self):
        self.as_role("contributor_a")
        add = "wagtailadmin_pages:add"
        allowed = reverse(add, args=["kits", "workshopcontentpage", self.community_a.pk])
        refused = reverse(add, args=["kits", "workshopcontentpage", self.community_b.pk])
        self.assertEqual(self.client.get(allowed).status_code, 200)
        self.assertRefused(self.client.get(refused))

    def test_only_superusers_manage_users_and_groups(self):
        for role in ["hub_editor", "admin_a", "trainer"]:
            for url in [
                reverse("wagtailusers_users:index"),
                reverse("wagtailusers_users:add"),
                reverse("wagtailusers_users:edit", args=[self.users["mediator"].pk]),
                reverse("wagtailusers_groups:index"),
            ]:
                with self.subTest(role=role, url=url):
                    self.as_role(role)
                    self.assertRefused(self.client.get(url))

    def test_vocabularies_are_the_hub_editors(self):
        url = reverse("wagtailsnippets_taxonomy_competency:list")
        self.as_role("hub_editor")
        self.assertEqual(self.client.get(url).status_code, 200)
        for role in ["trainer", "admin_a", "contributor_a"]:
            with self.subTest(role=role):
                self.as_role(role)
                self.assertRefused(self.client.get(url))

    def test_hub_editors_manage_search_promotions_and_see_the_download_report(self):
        self.as_role("hub_editor")
        for name in ["wagtailsearchpromotions:index", "download_report"]:
            with self.subTest(url=name):
                self.assertEqual(self.client.get(reverse(name)).status_code, 200)
        self.as_role("trainer")
        self.assertRefused(self.client.get(reverse("wagtailsearchpromotions:index")))
