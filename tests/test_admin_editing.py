"""Every page type opens in the admin editor, saves, and previews."""

import pytest
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from agenda.models import EventPage
from catalogue.models import TrainingModulePage
from home.models import HomePage
from kits.models import WorkshopContentPage
from tests.factories.accounts import SuperuserFactory
from tests.factories.pages import PAGE_TYPES, every_page_type


def body_form_data(body) -> dict:
    """The form data of a workshop content's body, which the editor builds in JavaScript."""
    items = []
    for block in body:
        value = block.value
        match block.block_type:
            case "text":
                items.append(("text", rich_text(value.source)))
            case "file":
                items.append(("file", {"document": value["document"].pk, "note": value["note"]}))
            case "image":
                items.append(("image", {"image": value["image"].pk, "caption": value["caption"]}))
            case "link":
                items.append(("link", dict(value)))
            case _:
                items.append((block.block_type, value))
    return nested_form_data({"body": streamfield(items)})


class AdminEditingTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = SuperuserFactory()
        cls.pages = every_page_type()

    def edit_form_data(self, page):
        self.client.force_login(self.superuser)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        if isinstance(page, WorkshopContentPage | EventPage):
            data.update(body_form_data(page.body))
        return data

    def test_every_page_type_is_editable(self):
        for model in PAGE_TYPES:
            page = self.pages[model]
            with self.subTest(model=model.__name__):
                data = self.edit_form_data(page)
                data["title"] = f"{page.title} (relu)"
                data["action-publish"] = "action-publish"
                response = self.client.post(
                    reverse("wagtailadmin_pages:edit", args=[page.pk]), data
                )
                self.assertEqual(
                    response.status_code,
                    302,
                    response.content[:300],
                )
                page.refresh_from_db()
                self.assertEqual(page.title, data["title"])
                self.assertTrue(page.live)
                self.assertEqual(page.get_latest_revision().content["title"], data["title"])

    def test_every_page_type_is_previewable(self):
        for model in PAGE_TYPES:
            page = self.pages[model]
            with self.subTest(model=model.__name__):
                data = self.edit_form_data(page)
                self.assertPageIsPreviewable(page, post_data=data, user=self.superuser)

    def test_editor_tabs_group_content_classification_and_publishing(self):
        self.client.force_login(self.superuser)
        module = self.pages[TrainingModulePage]
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[module.pk]))
        self.assertContains(response, "Contenu")
        self.assertContains(response, "Classement")
        self.assertContains(response, "Publication")

    def test_admin_speaks_french(self):
        self.client.force_login(self.superuser)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, 'lang="fr"')
        self.assertContains(response, "Pages")
        self.assertContains(response, "Vocabulaires")

    def test_page_explorer_lists_every_section(self):
        self.client.force_login(self.superuser)
        home = HomePage.objects.get()
        response = self.client.get(reverse("wagtailadmin_explore", args=[home.pk]))
        self.assertEqual(response.status_code, 200)
        sections = home.get_children()
        self.assertEqual(len(sections), 8)  # seven sections and the standard page
        for section in sections:
            self.assertContains(response, escape(section.title))


@pytest.mark.django_db
def test_every_page_type_is_built_once():
    pages = every_page_type()
    assert (
        set(pages)
        == set(PAGE_TYPES)
        == {page.specific_class for page in Page.objects.filter(depth__gt=1)}
    )
    for model, page in pages.items():
        assert isinstance(page, model) and page.live, model
