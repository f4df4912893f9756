"""Finding 12: page titles and other one-line fields refuse control characters (a line
break in a title ends up in the subject of an e-mail, where it is a 500)."""

from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from core.forms import PageForm
from tests.factories.accounts import SuperuserFactory
from tests.factories.communities import CommunityPageFactory, contacts
from tests.factories.kits import WorkshopContentPageFactory
from tests.factories.pages import PAGE_TYPES

REFUSED = "ne peut pas contenir de caractère de contrôle"


class ControlCharacterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = SuperuserFactory()
        cls.community = CommunityPageFactory(
            title="Réseau de test", contacts=contacts("Léa Martin")
        )
        cls.content = WorkshopContentPageFactory(title="Atelier de test")

    def form_data(self, page) -> dict:
        self.client.force_login(self.superuser)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        return querydict_from_html(response.content.decode(), form_id="page-edit-form")

    def edit(self, page, data):
        return self.client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    def test_every_page_type_uses_the_checking_form(self):
        for model in PAGE_TYPES:
            with self.subTest(model=model.__name__):
                self.assertTrue(issubclass(model.get_edit_handler().get_form_class(), PageForm))

    def test_a_title_with_a_line_break_is_refused_with_a_french_message(self):
        for character in ("\r\n", "\n", "\t", "\x0b", "\x1b", "\x85", "\u2028"):
            with self.subTest(character=repr(character)):
                data = self.form_data(self.community)
                data["title"] = f"Réseau{character}Bcc: tout-le-monde@example.org"
                response = self.edit(self.community, data)
                self.assertEqual(response.status_code, 200)
                self.assertIn(REFUSED, str(response.context["form"].errors["title"]))
                self.assertContains(response, "Bcc: tout-le-monde@example.org")
                self.community.refresh_from_db()
                self.assertEqual(self.community.title, "Réseau de test")

    def test_the_seo_title_and_a_contact_name_are_checked_too(self):
        data = self.form_data(self.community)
        data["seo_title"] = "Réseau\nde test"
        data["contacts-0-name"] = "Léa\rMartin"
        response = self.edit(self.community, data)
        form = response.context["form"]
        self.assertIn(REFUSED, str(form.errors["seo_title"]))
        self.assertIn(REFUSED, str(form.formsets["contacts"].forms[0].errors["name"]))

    def test_a_section_title_block_is_checked_too(self):
        data = self.form_data(self.content)
        data.update(nested_form_data({"body": streamfield([("heading", "Déroulé\nBcc: x")])}))
        response = self.edit(self.content, data)
        self.assertEqual(response.status_code, 200)
        error = response.context["form"].errors.as_data()["body"][0]
        self.assertIn(REFUSED, str(error.block_errors[0]))

    def test_ordinary_titles_are_still_accepted(self):
        data = self.form_data(self.community)
        data["title"] = "Réseau « Sicoval » — l'équipe d'Occitanie"
        response = self.edit(self.community, data)
        self.assertEqual(response.status_code, 302)
