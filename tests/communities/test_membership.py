"""A community's administrators add, invite and remove its members from the admin."""

import re

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from tests.factories.accounts import UserFactory, role_users
from tests.factories.communities import CommunityPageFactory

User = get_user_model()


class MembershipTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.community = CommunityPageFactory(title="Réseau des aidants du Lauragais")
        cls.other_community = CommunityPageFactory(title="Collectif numérique du Tarn")
        cls.users = role_users(cls.community, cls.other_community)
        cls.access = cls.community.access
        cls.url = reverse("community_members", args=[cls.community.pk])
        cls.newcomer = UserFactory(
            username="jeanne-dupont",
            first_name="Jeanne",
            last_name="Dupont",
            email="jeanne.dupont@example.org",
        )

    def setUp(self):
        self.client.force_login(self.users["admin_a"])

    def post(self, **data):
        return self.client.post(self.url, data)

    def test_the_administrator_sees_the_members_by_role(self):
        response = self.client.get(self.url)
        self.assertContains(response, "Administrateurs (")
        self.assertContains(response, self.users["contributor_a"].username)
        self.assertContains(response, self.users["mediator"].username)

    def test_only_the_communitys_administrators_manage_it(self):
        for role in ["contributor_a", "mediator", "contributor_b", "hub_editor"]:
            with self.subTest(role=role):
                self.client.force_login(self.users[role])
                response = self.client.get(self.url)
                self.assertEqual(response.status_code, 302)
        self.client.force_login(self.users["admin_a"])
        other = reverse("community_members", args=[self.other_community.pk])
        response = self.client.get(other)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(list(get_messages(response.wsgi_request)))

    def test_searching_finds_accounts_by_name_or_whole_email_and_never_shows_emails(self):
        by_name = self.client.get(self.url, {"q": "dupont"})
        self.assertContains(by_name, "jeanne-dupont")
        self.assertNotContains(by_name, "jeanne.dupont@example.org")
        self.assertContains(
            self.client.get(self.url, {"q": "jeanne.dupont@example.org"}), "Dupont"
        )
        self.assertNotContains(self.client.get(self.url, {"q": "@example.org"}), "jeanne-dupont")

    def test_adding_an_account_gives_it_the_role_and_tells_it(self):
        self.post(action="add", user=self.newcomer.pk, role="contributors")
        self.assertTrue(self.newcomer.groups.filter(pk=self.access.contributors.pk).exists())
        self.assertEqual(mail.outbox[-1].to, [self.newcomer.email])
        self.assertTrue(self.community.permissions_for_user(self.newcomer).can_add_subpage())

    def test_a_member_has_one_role_at_a_time(self):
        self.post(action="add", user=self.newcomer.pk, role="members")
        self.post(action="add", user=self.newcomer.pk, role="administrators")
        groups = set(self.newcomer.groups.all())
        self.assertIn(self.access.administrators, groups)
        self.assertNotIn(self.access.members, groups)

    def test_removing_a_member(self):
        contributor = self.users["contributor_a"]
        self.post(action="remove", user=contributor.pk)
        self.assertFalse(contributor.groups.filter(pk=self.access.contributors.pk).exists())
        self.assertFalse(self.community.permissions_for_user(contributor).can_add_subpage())

    def test_an_administrator_cannot_remove_themselves(self):
        admin = self.users["admin_a"]
        response = self.post(action="remove", user=admin.pk)
        self.assertTrue(admin.groups.filter(pk=self.access.administrators.pk).exists())
        self.assertIn("vous retirer", str(list(get_messages(response.wsgi_request))[0]))

    def invitation_link(self) -> str:
        return re.search(r"http://testserver(/invitation/\S+/)", mail.outbox[-1].body).group(1)

    def test_inviting_an_unknown_address_creates_the_account_and_sends_a_one_time_link(self):
        self.post(action="invite", email="Nouvelle.Membre@Example.org", role="contributors")
        invitee = User.objects.get(email="nouvelle.membre@example.org")
        self.assertFalse(invitee.has_usable_password())
        self.assertTrue(invitee.groups.filter(pk=self.access.contributors.pk).exists())
        self.assertIn("Réseau des aidants du Lauragais", mail.outbox[-1].subject)
        link = self.invitation_link()

        self.client.logout()
        form_page = self.client.get(link, follow=True)
        self.assertContains(form_page, "Choisissez votre mot de passe")
        set_password_url = form_page.redirect_chain[-1][0]
        response = self.client.post(
            set_password_url,
            {
                "first_name": "Nouvelle",
                "last_name": "Membre",
                "new_password1": "un-mot-de-passe-solide-42",
                "new_password2": "un-mot-de-passe-solide-42",
            },
        )
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        invitee.refresh_from_db()
        self.assertTrue(invitee.check_password("un-mot-de-passe-solide-42"))
        self.assertEqual(invitee.first_name, "Nouvelle")

        self.client.logout()
        again = self.client.get(link, follow=True)
        self.assertEqual(again.status_code, 400)
        self.assertContains(again, "ne peut plus servir", status_code=400)

    def test_inviting_an_existing_account_adds_it_without_a_new_account(self):
        count = User.objects.count()
        self.post(action="invite", email="JEANNE.DUPONT@example.org", role="members")
        self.assertEqual(User.objects.count(), count)
        self.assertTrue(self.newcomer.groups.filter(pk=self.access.members.pk).exists())
        self.assertNotIn("/invitation/", mail.outbox[-1].body)

    def test_a_bad_address_is_a_form_error_in_french(self):
        response = self.post(action="invite", email="pas-une-adresse", role="members")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Saisissez une adresse")

    def test_the_admin_offers_the_membership_screen_to_administrators_only(self):
        home = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(home, reverse("community_membership"))
        explorer = self.client.get(reverse("wagtailadmin_explore", args=[self.community.pk]))
        self.assertContains(explorer, self.url)
        self.client.force_login(self.users["contributor_a"])
        self.assertNotContains(
            self.client.get(reverse("wagtailadmin_home")), reverse("community_membership")
        )
