"""A page's life: revisions compared and reverted, scheduled publication and expiry,
its state on previews, a "mis à jour le" date that follows real edits, and a
warning before deleting what others use."""

import datetime
from unittest import mock

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from catalogue.models import TrainingSession
from home.models import HomePageFeaturedPage
from tests.factories.accounts import SuperuserFactory
from tests.factories.catalogue import TrainingModulePageFactory, session
from tests.factories.documents import DocumentFactory
from tests.factories.home import home
from tests.factories.kits import (
    KitPageFactory,
    ResourcePageFactory,
    WorkshopContentPageFactory,
    tools,
)
from tests.factories.pages import PAGE_TYPES, every_page_type

CONTENT_FACTORIES = [
    TrainingModulePageFactory,
    KitPageFactory,
    WorkshopContentPageFactory,
    ResourcePageFactory,
]

NOW = timezone.now()


def republish(page, **changes):
    """Publishes a new revision of the page with these field values."""
    page = Page.objects.get(pk=page.pk).specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def run_scheduler_at(moment):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled")


class RevisionTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = SuperuserFactory()
        cls.pages = every_page_type()

    def test_every_page_type_has_revisions_that_compare_and_revert(self):
        self.client.force_login(self.superuser)
        for model in PAGE_TYPES:
            page = self.pages[model]
            with self.subTest(model=model.__name__):
                first = page.get_latest_revision()
                self.assertIsNotNone(first)
                second = republish(page, title=f"{page.title} (revu)").get_latest_revision()
                compare = reverse(
                    "wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk]
                )
                self.assertContains(self.client.get(compare), "(revu)")
                history = self.client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
                self.assertContains(history, "(revu)")
                revert = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first.pk])
                response = self.client.get(revert)
                self.assertEqual(response.status_code, 200)
                # The editor opens on the older revision's title.
                self.assertContains(response, f'value="{escape(page.title)}"')


class ScheduleTests(WagtailPageTestCase):
    def test_a_scheduled_page_goes_live_when_the_command_runs_after_its_date(self):
        draft = KitPageFactory(title="Kit programmé", live=False)
        draft.go_live_at = NOW + datetime.timedelta(hours=1)
        draft.save_revision().publish()
        draft.refresh_from_db()
        self.assertFalse(draft.live)

        run_scheduler_at(NOW + datetime.timedelta(minutes=30))
        draft.refresh_from_db()
        self.assertFalse(draft.live)

        run_scheduler_at(NOW + datetime.timedelta(hours=2))
        draft.refresh_from_db()
        self.assertTrue(draft.live)

    def test_an_expiring_page_is_unpublished_when_the_command_runs_after_its_date(self):
        page = republish(ResourcePageFactory(), expire_at=NOW + datetime.timedelta(days=1))
        self.assertEqual(self.client.get(page.url).status_code, 200)
        run_scheduler_at(NOW + datetime.timedelta(hours=12))
        page.refresh_from_db()
        self.assertTrue(page.live)
        run_scheduler_at(NOW + datetime.timedelta(days=2))
        page.refresh_from_db()
        self.assertFalse(page.live)
        self.assertTrue(page.expired)
        self.assertEqual(self.client.get(page.url).status_code, 404)


class ContentUpdatedTests(WagtailPageTestCase):
    def test_republishing_unchanged_content_keeps_the_date(self):
        for factory in CONTENT_FACTORIES:
            with self.subTest(model=factory._meta.model.__name__):
                page = factory()
                before = page.content_updated_at
                self.assertIsNotNone(before)
                page = republish(page)
                page = republish(page, slug=f"{page.slug}-v2", seo_title="Autre titre SEO")
                self.assertEqual(page.content_updated_at, before)
                self.assertGreater(page.last_published_at, before)

    def test_publishing_a_change_moves_the_date(self):
        page = WorkshopContentPageFactory()
        before = page.content_updated_at
        page = republish(page, summary="Un résumé revu.")
        self.assertGreater(page.content_updated_at, before)

    def test_a_change_to_inline_objects_is_a_change(self):
        module = TrainingModulePageFactory(sessions=[session(10)])
        before = module.content_updated_at
        module = republish(module)
        self.assertEqual(module.content_updated_at, before)
        module.sessions.add(
            TrainingSession(start_date=NOW.date(), end_date=NOW.date(), location="Albi", seats=10)
        )
        module = republish(module, sessions=list(module.sessions.all()))
        self.assertGreater(module.content_updated_at, before)

    def test_reverting_to_an_older_text_is_a_change(self):
        page = KitPageFactory()
        old = page.get_latest_revision()
        page = republish(page, summary="Résumé provisoire.")
        changed_at = page.content_updated_at
        old.publish()
        page.refresh_from_db()
        self.assertGreater(page.content_updated_at, changed_at)

    def test_the_page_shows_the_date(self):
        page = KitPageFactory()
        page.refresh_from_db()
        response = self.client.get(page.url)
        # The hub's date (Europe/Paris), which differs from UTC's between 23:00 and midnight.
        updated_on = timezone.localdate(page.content_updated_at)
        self.assertContains(response, f'datetime="{updated_on:%Y-%m-%d}"')


class PreviewStatusTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = SuperuserFactory()

    def preview(self, page):
        from wagtail.test.utils.form_data import querydict_from_html

        self.client.force_login(self.superuser)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        data = querydict_from_html(edit.content.decode(), form_id="page-edit-form")
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        self.client.post(url, data)
        return self.client.get(url).content.decode()

    def test_the_preview_states_where_the_page_stands(self):
        page = ResourcePageFactory()
        self.assertIn("état : <strong>publié</strong>", self.preview(page))
        draft = ResourcePageFactory(live=False)
        self.assertIn("état : <strong>brouillon</strong>", self.preview(draft))
        draft.go_live_at = NOW + datetime.timedelta(days=1)
        draft.save_revision().publish()
        self.assertIn("état : <strong>programmé</strong>", self.preview(draft))

    def test_a_page_under_review_says_so(self):
        draft = TrainingModulePageFactory(live=False)
        draft.get_workflow().start(draft, self.superuser)
        self.assertIn("état : <strong>en relecture</strong>", self.preview(draft))

    def test_the_public_page_has_no_preview_banner(self):
        page = ResourcePageFactory()
        response = self.client.get(page.url)
        self.assertContains(response, page.title)
        self.assertNotContains(response, "Aperçu de la page")


class DeletionWarningTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = SuperuserFactory()

    def test_deleting_a_file_used_by_a_kit_warns_first(self):
        self.client.force_login(self.superuser)
        document = DocumentFactory()
        unused = DocumentFactory()
        KitPageFactory(tools=tools(document))
        response = self.client.get(reverse("wagtaildocs:delete", args=[unused.pk]))
        self.assertContains(response, "est référencé(e) 0 fois")
        response = self.client.get(reverse("wagtaildocs:delete", args=[document.pk]))
        self.assertContains(response, "est référencé(e) 1 fois")

    def test_deleting_a_featured_page_warns_first(self):
        self.client.force_login(self.superuser)
        featured = KitPageFactory()
        home_page = home()
        home_page.featured_pages = [HomePageFeaturedPage(page=featured)]
        home_page.save_revision().publish()
        response = self.client.get(reverse("wagtailadmin_pages:delete", args=[featured.pk]))
        self.assertContains(response, "est référencé(e)")
