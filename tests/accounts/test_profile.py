"""The member's profile: name, e-mail change with confirmation, password, account deletion
and what becomes of the account's contributions."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from wagtail.models import Page, Revision

from accounts.member_views import EMAIL_CHANGES_PER_DAY
from tests.factories.accounts import PASSWORD, SuperuserFactory, UserFactory, community_user
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def member():
    return UserFactory(
        first_name="Nina", last_name="Martin", email="nina@example.org", username="nina-1a2b3c"
    )


def confirmation_link() -> str:
    return re.search(
        r"http://testserver(/mon-espace/adresse/confirmer/\S+/)", mail.outbox[-1].body
    )[1]


def test_profile_pages_are_for_logged_in_members(client):
    for url in [
        "/mon-espace/nom/",
        "/mon-espace/adresse/",
        "/mon-espace/mot-de-passe/",
        "/mon-espace/supprimer/",
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/connexion/?next=")


def test_changing_my_name(client, member):
    client.force_login(member)
    response = client.post("/mon-espace/nom/", {"first_name": "Ninon", "last_name": "Marty"})
    assert response.status_code == 302 and response["Location"] == "/mon-espace/"
    member.refresh_from_db()
    assert (member.first_name, member.last_name) == ("Ninon", "Marty")
    page = client.get("/mon-espace/").content.decode()
    assert "Votre nom est enregistré." in page and "Ninon Marty" in page


def test_a_name_with_control_characters_is_refused_and_kept(client, member):
    client.force_login(member)
    response = client.post("/mon-espace/nom/", {"first_name": "Ni\x07na", "last_name": "Martin"})
    assert response.status_code == 200
    assert "Le formulaire n'a pas été envoyé" in response.content.decode()
    member.refresh_from_db()
    assert member.first_name == "Nina"


def test_the_email_changes_only_when_the_link_sent_to_the_new_address_is_opened(client, member):
    client.force_login(member)
    response = client.post(
        "/mon-espace/adresse/", {"email": "Ninon@Example.org", "password": PASSWORD}
    )
    assert response.status_code == 200
    assert "Vérifiez votre messagerie" in response.content.decode()
    sent = mail.outbox[-1]
    assert sent.to == ["ninon@example.org"]
    assert sent.body.startswith("Bonjour Nina,")
    member.refresh_from_db()
    assert member.email == "nina@example.org"

    link = confirmation_link()
    # Opening the link (a mail scanner would) changes nothing; the button does.
    confirm = client.get(link)
    assert "ninon@example.org" in confirm.content.decode()
    member.refresh_from_db()
    assert member.email == "nina@example.org"
    response = client.post(link)
    assert response.status_code == 302 and response["Location"] == "/mon-espace/"
    member.refresh_from_db()
    assert member.email == "ninon@example.org"
    # The old address is told, in case it was not its owner's doing.
    notice = mail.outbox[-1]
    assert notice.to == ["nina@example.org"]
    assert notice.body.startswith("Bonjour Nina,") and "ninon@example.org" in notice.body
    # The link works once, and logs in with the new address from now on.
    assert client.post(link).status_code == 400
    client.logout()
    login = client.post("/connexion/", {"username": "ninon@example.org", "password": PASSWORD})
    assert login.status_code == 302


def test_the_email_change_asks_for_the_current_password(client, member):
    client.force_login(member)
    response = client.post("/mon-espace/adresse/", {"email": "ninon@example.org", "password": "x"})
    html = response.content.decode()
    assert "Ce n’est pas votre mot de passe actuel." in html
    assert 'value="ninon@example.org"' in html  # what was typed is kept
    assert not mail.outbox


def test_another_accounts_link_does_nothing(client, member):
    client.force_login(member)
    client.post("/mon-espace/adresse/", {"email": "ninon@example.org", "password": PASSWORD})
    link = confirmation_link()
    intruder = UserFactory()
    client.force_login(intruder)
    assert client.post(link).status_code == 400
    intruder.refresh_from_db()
    assert intruder.email != "ninon@example.org"


def test_an_address_of_another_account_is_not_taken_nor_revealed(client, member):
    UserFactory(email="pris@example.org", first_name="Paul")
    client.force_login(member)
    response = client.post(
        "/mon-espace/adresse/", {"email": "pris@example.org", "password": PASSWORD}
    )
    # The same answer as for a free address; the mailbox's owner is told, by name.
    assert "Vérifiez votre messagerie" in response.content.decode()
    assert mail.outbox[-1].to == ["pris@example.org"]
    assert (
        "déjà" in mail.outbox[-1].body
        and "/mon-espace/adresse/confirmer/" not in mail.outbox[-1].body
    )
    assert mail.outbox[-1].body.startswith("Bonjour Nina,")
    member.refresh_from_db()
    assert member.email == "nina@example.org"


def test_an_address_taken_between_the_mail_and_the_click_is_refused(client, member):
    client.force_login(member)
    client.post("/mon-espace/adresse/", {"email": "ninon@example.org", "password": PASSWORD})
    link = confirmation_link()
    UserFactory(email="ninon@example.org")
    response = client.post(link)
    assert response.status_code == 409
    assert "Adresse déjà utilisée" in response.content.decode()
    member.refresh_from_db()
    assert member.email == "nina@example.org"


def test_email_changes_are_rate_limited(client, member):
    client.force_login(member)
    for number in range(EMAIL_CHANGES_PER_DAY):
        client.post(
            "/mon-espace/adresse/", {"email": f"n{number}@example.org", "password": PASSWORD}
        )
    assert len(mail.outbox) == EMAIL_CHANGES_PER_DAY
    response = client.post(
        "/mon-espace/adresse/", {"email": "n9@example.org", "password": PASSWORD}
    )
    assert response.status_code == 429
    assert "Trop de demandes aujourd’hui" in response.content.decode()
    assert len(mail.outbox) == EMAIL_CHANGES_PER_DAY


def test_changing_my_password_keeps_me_logged_in(client, member):
    client.force_login(member)
    page = client.get("/mon-espace/mot-de-passe/").content.decode()
    assert "Changer de mot de passe" in page and "Ancien mot de passe" in page
    new = "un-nouveau-mot-de-passe-88"
    response = client.post(
        "/mon-espace/mot-de-passe/",
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302 and response["Location"] == "/mon-espace/"
    member.refresh_from_db()
    assert member.check_password(new)
    assert "Votre mot de passe est changé." in client.get("/mon-espace/").content.decode()


def test_a_wrong_old_password_is_a_french_error(client, member):
    client.force_login(member)
    response = client.post(
        "/mon-espace/mot-de-passe/",
        {"old_password": "faux", "new_password1": "x-1234567-y", "new_password2": "x-1234567-y"},
    )
    assert response.status_code == 200
    assert "Votre ancien mot de passe est incorrect" in response.content.decode()


def test_the_deletion_page_says_plainly_what_happens_to_my_contributions(client):
    community = CommunityPageFactory(title="Réseau du Sicoval")
    contributor = community_user(community, "contributors")
    WorkshopContentPageFactory(parent=community, title="Atelier publié", owner=contributor)
    WorkshopContentPageFactory(
        parent=community, title="Mon brouillon", owner=contributor, live=False
    )
    client.force_login(contributor)
    html = client.get("/mon-espace/supprimer/").content.decode()
    assert "Votre contenu publié (1 page) reste en ligne" in html
    assert "appartient désormais au Hub" in html and "votre nom en est retiré" in html
    assert "Votre brouillon jamais publié est supprimé" in html and "Mon brouillon" in html
    assert "définitive" in html


def test_deleting_my_account_keeps_published_contents_without_my_name(client):
    community = CommunityPageFactory(title="Réseau du Sicoval")
    contributor = community_user(community, "contributors", first_name="Camille")
    published = WorkshopContentPageFactory(
        parent=community, title="Atelier publié", owner=contributor
    )
    Revision.objects.filter(object_id=str(published.pk)).update(user=contributor)
    draft = WorkshopContentPageFactory(
        parent=community, title="Mon brouillon", owner=contributor, live=False
    )
    in_review = WorkshopContentPageFactory(
        parent=community, title="En relecture", owner=contributor, live=False
    )
    in_review.get_workflow().start(in_review, contributor)
    client.force_login(contributor)

    refused = client.post("/mon-espace/supprimer/", {"password": "faux"})
    assert "Ce n’est pas votre mot de passe actuel." in refused.content.decode()
    assert User.objects.filter(pk=contributor.pk).exists()

    response = client.post("/mon-espace/supprimer/", {"password": PASSWORD})
    assert response.status_code == 200
    assert "Votre compte est supprimé" in response.content.decode()
    assert not User.objects.filter(pk=contributor.pk).exists()
    assert "_auth_user_id" not in client.session
    published.refresh_from_db()
    assert published.live and published.owner is None
    assert not Revision.objects.filter(object_id=str(published.pk), user__isnull=False).exists()
    assert not Page.objects.filter(pk__in=[draft.pk, in_review.pk]).exists()
    assert client.get(published.url).status_code == 200


def test_site_administrators_are_not_deleted_from_mon_espace(client):
    admin = SuperuserFactory()
    client.force_login(admin)
    assert "Supprimer mon compte" not in client.get("/mon-espace/").content.decode()
    response = client.post("/mon-espace/supprimer/", {"password": PASSWORD})
    assert response.status_code == 403
    assert "demandez à un autre administrateur" in response.content.decode()
    assert User.objects.filter(pk=admin.pk).exists()
