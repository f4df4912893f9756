"""Review by workflow: a trainer's module goes through the hub's editors, a
contributor's content through their community's administrators."""

from django.core import mail
from django.test import TestCase
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import querydict_from_html

from kits.models import WorkshopContentPage
from tests.factories.accounts import community_admin, role_users
from tests.factories.catalogue import TrainingModulePageFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory
from tests.test_admin_editing import body_form_data


class ReviewWorkflowTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.community_a = CommunityPageFactory(title="Réseau A")
        cls.community_b = CommunityPageFactory(title="Réseau B")
        cls.users = role_users(cls.community_a, cls.community_b)

    def draft(self, role, **fields):
        """A draft by `role`'s account: a module for the trainer, else a contribution to A."""
        if role == "trainer":
            return TrainingModulePageFactory(owner=self.users[role], live=False, **fields)
        return WorkshopContentPageFactory(
            parent=self.community_a, owner=self.users[role], live=False, **fields
        )

    def submit(self, role, page):
        self.client.force_login(self.users[role])
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        data = querydict_from_html(
            self.client.get(edit_url).content.decode(), form_id="page-edit-form"
        )
        if isinstance(page, WorkshopContentPage):
            data.update(body_form_data(page.body))
        data["action-submit"] = "action-submit"
        response = self.client.post(edit_url, data)
        self.assertEqual(response.status_code, 302)

    def act(self, role, page, action, comment=""):
        self.client.force_login(self.users[role])
        task_state = page.current_workflow_state.current_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
        response = self.client.post(url, {"comment": comment})
        self.assertEqual(response.status_code, 302)

    def recipients(self) -> set[str]:
        return {address for message in mail.outbox for address in message.to}

    def test_a_module_is_submitted_sent_back_resubmitted_approved_and_live(self):
        trainer, editor = self.users["trainer"], self.users["hub_editor"]
        module = self.draft("trainer")
        mail.outbox.clear()

        self.submit("trainer", module)
        state = module.current_workflow_state
        self.assertEqual(state.workflow.name, "Relecture formation")
        self.assertIn(editor.email, self.recipients())

        mail.outbox.clear()
        self.act("hub_editor", module, "reject", comment="Précisez les prérequis, merci.")
        state.refresh_from_db()
        self.assertEqual(state.status, state.STATUS_NEEDS_CHANGES)
        self.assertIn(trainer.email, self.recipients())
        self.assertIn("Précisez les prérequis", mail.outbox[0].body)

        self.submit("trainer", module)
        state.refresh_from_db()
        self.assertEqual(state.status, state.STATUS_IN_PROGRESS)

        mail.outbox.clear()
        self.act("hub_editor", module, "approve")
        module.refresh_from_db()
        self.assertTrue(module.live)
        self.assertIn(trainer.email, self.recipients())

        steps = list(
            PageLogEntry.objects.filter(page=module)
            .order_by("timestamp", "pk")
            .values_list("action", flat=True)
        )
        for step in [
            "wagtail.workflow.start",
            "wagtail.workflow.reject",
            "wagtail.workflow.resume",
            "wagtail.workflow.approve",
            "wagtail.publish",
        ]:
            self.assertIn(step, steps)
        self.client.force_login(editor)
        history = self.client.get(reverse("wagtailadmin_pages:history", args=[module.pk]))
        self.assertEqual(history.status_code, 200)
        self.assertContains(history, "Précisez les prérequis")

    def test_a_contribution_is_reviewed_by_its_community_administrators(self):
        admin = self.users["admin_a"]
        draft = self.draft("contributor_a")
        mail.outbox.clear()

        self.submit("contributor_a", draft)
        self.assertTrue(
            draft.current_workflow_state.workflow.name.startswith("Relecture communauté")
        )
        self.assertIn(admin.email, self.recipients())
        self.assertNotIn(self.users["hub_editor"].email, self.recipients())
        self.assertNotIn(self.users["contributor_b"].email, self.recipients())

        self.act("admin_a", draft, "approve")
        draft.refresh_from_db()
        self.assertTrue(draft.live)

    def test_another_community_administrator_cannot_review(self):
        draft = self.draft("contributor_a")
        self.submit("contributor_a", draft)
        self.client.force_login(community_admin(self.community_b))
        task_state = draft.current_workflow_state.current_task_state
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk]
        )
        response = self.client.post(url, {"comment": ""})
        self.assertIn(response.status_code, (302, 403))
        draft.refresh_from_db()
        self.assertFalse(draft.live)
        task_state.refresh_from_db()
        self.assertEqual(task_state.status, task_state.STATUS_IN_PROGRESS)
