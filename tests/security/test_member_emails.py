"""Finding 5: a community's administrators cannot collect the e-mail addresses of the hub's
users. Usernames are generated handles, never addresses; the member search shows names and
finds an address only when it is typed whole."""

import importlib
import re

import pytest
from django.apps import apps as global_apps
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.factories.accounts import UserFactory, community_admin
from tests.factories.communities import CommunityPageFactory

pytestmark = pytest.mark.django_db
User = get_user_model()
PASSWORD = "un-mot-de-passe-solide-42"


@pytest.fixture
def community():
    return CommunityPageFactory(title="Réseau du Lauragais")


@pytest.fixture
def admin_client(client, community):
    client.force_login(community_admin(community))
    return client


def sign_up(client, email: str, **names) -> None:
    client.post("/inscription/", {"email": email})
    link = re.search(r"http://testserver(/inscription/confirmer/\S+/)", mail.outbox[-1].body)[1]
    client.post(link, {**names, "new_password1": PASSWORD, "new_password2": PASSWORD})
    client.logout()


def test_signing_up_gives_a_handle_not_the_email_as_username(client):
    sign_up(client, "Camille.Roux@Example.org", first_name="Camille", last_name="Roux")
    user = User.objects.get(email="camille.roux@example.org")
    assert "@" not in user.username
    assert "example" not in user.username
    assert user.username.startswith("camille-roux-")


def test_handles_of_namesakes_are_unique(client):
    for number in range(3):
        sign_up(client, f"homonyme{number}@example.org", first_name="Léa", last_name="Martin")
    handles = set(User.objects.filter(last_name="Martin").values_list("username", flat=True))
    assert len(handles) == 3
    assert all(handle.startswith("lea-martin-") for handle in handles)


def test_an_invitation_gives_a_handle_not_the_email_as_username(admin_client, community):
    url = reverse("community_members", args=[community.pk])
    admin_client.post(url, {"action": "invite", "email": "invitee@example.org", "role": "members"})
    invitee = User.objects.get(email="invitee@example.org")
    assert "@" not in invitee.username
    assert "invitee" not in invitee.username

    admin_client.logout()
    link = re.search(r"http://testserver(/invitation/\S+/)", mail.outbox[-1].body)[1]
    form = admin_client.get(link, follow=True)
    admin_client.post(
        form.redirect_chain[-1][0],
        {
            "first_name": "Léa",
            "last_name": "Martin",
            "new_password1": PASSWORD,
            "new_password2": PASSWORD,
        },
    )
    invitee.refresh_from_db()
    assert invitee.has_usable_password()
    assert invitee.username.startswith("lea-martin-")


def test_people_log_in_with_their_email_whatever_its_case(client):
    sign_up(client, "camille.roux@example.org", first_name="Camille")
    response = client.post(
        "/connexion/", {"username": "Camille.Roux@EXAMPLE.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(
        User.objects.get(email="camille.roux@example.org").pk
    )


def test_people_log_in_to_the_admin_with_their_email(client):
    UserFactory(email="editrice@example.org", password=PASSWORD, is_superuser=True)
    response = client.post(
        "/admin/login/", {"username": "EDITRICE@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_the_migration_gives_email_usernames_a_handle_and_keeps_email_login(client):
    old = UserFactory(
        username="ancienne.membre@example.org",
        email="",
        first_name="Anne",
        last_name="Cienne",
        password=PASSWORD,
    )
    migration = importlib.import_module("accounts.migrations.0002_usernames_are_not_emails")
    migration.give_email_usernames_a_handle(global_apps, None)
    old.refresh_from_db()
    assert "@" not in old.username
    assert old.username.startswith("anne-cienne-")
    assert old.email == "ancienne.membre@example.org"
    response = client.post(
        "/connexion/", {"username": "ancienne.membre@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302


def test_the_member_search_does_not_match_parts_of_emails_or_usernames(admin_client, community):
    UserFactory(
        username="jeanne.dupont@example.org", email="jeanne.dupont@example.org", first_name="J"
    )
    url = reverse("community_members", args=[community.pk])
    for query in ["@example.org", "example", "jeanne.dupont", "dupont@"]:
        html = admin_client.get(url, {"q": query}).content.decode()
        assert "jeanne.dupont@example.org" not in html, query
        assert "Aucun compte" in html, query


def test_the_member_search_finds_a_person_by_name_and_shows_no_email(admin_client, community):
    UserFactory(
        username="jdupont",
        email="jeanne.dupont@example.org",
        first_name="Jeanne",
        last_name="Dupont",
    )
    url = reverse("community_members", args=[community.pk])
    html = admin_client.get(url, {"q": "jeanne dupont"}).content.decode()
    assert "Jeanne Dupont" in html
    assert "jeanne.dupont@example.org" not in html
    by_email = admin_client.get(url, {"q": "Jeanne.Dupont@Example.org"}).content.decode()
    assert "Jeanne Dupont" in by_email


def test_no_email_of_anyone_is_listed_on_the_members_screen(admin_client, community):
    outsider = UserFactory(
        username="externe@example.org", email="externe@example.org", first_name="", last_name=""
    )
    member = UserFactory(
        username="membre@example.org",
        email="membre@example.org",
        groups=[community.access.members],
    )
    url = reverse("community_members", args=[community.pk])
    html = admin_client.get(url, {"q": ""}).content.decode()
    assert member.get_full_name() in html
    assert "membre@example.org" not in html
    for query in ["externe", "example.org", "e"]:
        html = admin_client.get(url, {"q": query}).content.decode()
        assert outsider.email not in html, query
