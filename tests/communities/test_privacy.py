"""A private community space: its pages and files for its members only, and never in
search results or listings."""

import json
from html import unescape

from django.test import TestCase
from django.urls import reverse
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from tests.factories.accounts import role_users
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory
from tests.factories.home import home
from tests.factories.kits import WorkshopContentPageFactory, file_block, text_block
from tests.factories.taxonomy import ThemeFactory

LOGIN = "/connexion/?next="
# Words of the private contribution's title, found by a search.
QUERY = "/recherche/?q=design+parcours+usager"


class PrivateCommunityTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.community = CommunityPageFactory(title="Espace privé du réseau", is_private=True)
        cls.public_community = CommunityPageFactory(title="Réseau ouvert")
        cls.users = role_users(cls.community, cls.public_community)
        cls.theme = ThemeFactory(name="Accès aux droits")
        # Two files, so that the contribution has a "download everything" bundle.
        cls.document, second = (
            DocumentFactory(title=title, collection=cls.community.access.collection)
            for title in ("Grille d'entretien confidentielle", "Compte rendu interne")
        )
        cls.contribution = WorkshopContentPageFactory(
            parent=cls.community,
            title="Design du parcours usager en atelier",
            themes=[cls.theme],
            body=[text_block(), file_block(cls.document), file_block(second)],
        )
        # A public contribution on the same theme: what the listings do show.
        cls.public_contribution = WorkshopContentPageFactory(
            parent=cls.public_community,
            title="Parcours usager et design de services",
            themes=[cls.theme],
        )

    def urls(self):
        return [
            self.community.url,
            self.contribution.url,
            self.document.url,
            self.contribution.url + self.contribution.reverse_subpage("bundle"),
        ]

    def test_outsiders_are_sent_to_the_login_page(self):
        for role in ["anonymous", "trainer", "contributor_b"]:
            self.client.logout()
            if self.users[role]:
                self.client.force_login(self.users[role])
            for url in self.urls():
                with self.subTest(role=role, url=url):
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 302)
                    if url == self.community.url and self.users[role]:
                        # A logged-in outsider is offered to ask to join the space instead.
                        self.assertEqual(response["Location"], f"/rejoindre/{self.community.pk}/")
                    else:
                        self.assertTrue(response["Location"].startswith(LOGIN))

    def test_members_contributors_administrators_and_hub_editors_get_in(self):
        for role in ["mediator", "contributor_a", "admin_a", "hub_editor"]:
            self.client.force_login(self.users[role])
            for url in self.urls():
                with self.subTest(role=role, url=url):
                    self.assertEqual(self.client.get(url).status_code, 200)

    def test_its_contents_are_found_by_those_who_may_open_them_only(self):
        for role, may_open in [
            ("anonymous", False),
            ("trainer", False),
            ("contributor_b", False),
            ("mediator", True),
            ("admin_a", True),
        ]:
            self.client.logout()
            if self.users[role]:
                self.client.force_login(self.users[role])
            with self.subTest(role=role):
                html = unescape(self.client.get(QUERY).content.decode())
                self.assertIn(self.public_contribution.url, html)
                self.assertEqual(self.contribution.url in html, may_open)
                newest = unescape(self.client.get("/recherche/?tri=recent").content.decode())
                self.assertEqual(self.contribution.url in newest, may_open)

    def test_its_contents_are_absent_from_listings(self):
        for url in [
            home().url,
            self.public_community.get_parent().url,
            self.theme.get_absolute_url(),
        ]:
            with self.subTest(url=url):
                html = unescape(self.client.get(url, follow=True).content.decode())
                self.assertNotIn(self.contribution.url, html)
        listing = self.client.get(self.theme.get_absolute_url(), follow=True)
        self.assertIn(self.public_contribution.url, unescape(listing.content.decode()))

    def test_the_space_is_found_again_once_public(self):
        self.community.is_private = False
        self.community.save_revision().publish()
        self.assertFalse(PageViewRestriction.objects.filter(page=self.community).exists())
        self.assertFalse(
            CollectionViewRestriction.objects.filter(
                collection=self.community.access.collection
            ).exists()
        )
        html = unescape(self.client.get(QUERY).content.decode())
        self.assertIn(self.contribution.url, html)
        self.assertEqual(self.client.get(self.document.url).status_code, 200)

    def test_one_restriction_of_the_communitys_groups_is_kept_in_sync(self):
        self.community.save_revision().publish()
        restriction = PageViewRestriction.objects.get(page=self.community)
        access = self.community.access
        self.assertEqual(
            set(restriction.groups.values_list("name", flat=True)),
            {
                access.administrators.name,
                access.contributors.name,
                access.members.name,
                "Éditeurs du hub",
            },
        )

    def chooser_html(self, role) -> str:
        self.client.force_login(self.users[role])
        response = self.client.get(reverse("wagtaildocs_chooser:choose"))
        self.assertEqual(response.status_code, 200)
        return unescape(json.loads(response.content)["html"])

    def test_its_files_stay_out_of_other_roles_file_choosers(self):
        for role in ["trainer", "contributor_b"]:
            with self.subTest(role=role):
                self.assertNotIn(self.document.title, self.chooser_html(role))
        self.assertIn(self.document.title, self.chooser_html("contributor_a"))
