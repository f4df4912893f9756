"""The public login, logout and forgotten-password pages, and the demo accounts."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command

from accounts.roles import HUB_EDITORS, MEDIATORS, TRAINERS
from catalogue.models import Trainer
from communities.models import CommunityPage
from demo.accounts import DEMO_ACCOUNTS, ensure_demo_accounts

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]
User = get_user_model()
PASSWORD = "un-mot-de-passe-solide-42"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def mediator():
    return User.objects.create_user("nina", email="nina@example.org", password=PASSWORD)


def test_logging_in_returns_to_the_page_asked_for(client, mediator):
    page = client.get("/connexion/?next=/communautes/")
    assert "Se connecter" in page.content.decode()
    response = client.post(
        "/connexion/", {"username": "nina", "password": PASSWORD, "next": "/communautes/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/communautes/"


def test_a_wrong_password_is_a_french_error(client, mediator):
    response = client.post("/connexion/", {"username": "nina", "password": "faux"})
    assert response.status_code == 200
    assert "Saisissez un nom d’utilisateur et un mot de passe valides" in response.content.decode()


def test_logging_out(client, mediator):
    client.force_login(mediator)
    response = client.post("/deconnexion/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_forgotten_password_is_reset_by_email_once(client, mediator):
    done = client.post("/mot-de-passe-oublie/", {"email": "nina@example.org"}, follow=True)
    assert "Vérifiez votre messagerie" in done.content.decode()
    link = re.search(r"http://testserver(/mot-de-passe/\S+/)", mail.outbox[-1].body)[1]
    form = client.get(link, follow=True)
    set_password_url = form.redirect_chain[-1][0]
    new_password = "un-autre-mot-de-passe-77"
    response = client.post(
        set_password_url, {"new_password1": new_password, "new_password2": new_password}
    )
    assert response.status_code == 302
    mediator.refresh_from_db()
    assert mediator.check_password(new_password)
    assert client.get(link, follow=True).status_code == 400


def test_the_demo_has_one_account_per_role():
    def groups(username):
        return set(User.objects.get(username=username).groups.values_list("name", flat=True))

    sicoval = CommunityPage.objects.get(slug="reseau-mediation-numerique-sicoval").access
    concertation = CommunityPage.objects.get(slug="concertation-31400").access
    assert groups("editrice") == {HUB_EDITORS}
    assert groups("formateur") == {TRAINERS}
    assert groups("contributrice-sicoval") == {sicoval.contributors.name}
    assert groups("admin-sicoval") == {sicoval.administrators.name}
    assert groups("contributeur-31400") == {concertation.contributors.name}
    private = CommunityPage.objects.get(is_private=True)
    assert groups("mediatrice") == {MEDIATORS, sicoval.members.name, private.access.members.name}
    assert Trainer.objects.filter(user__username="formateur").exists()


def test_demo_accounts_are_created_once_and_their_passwords_printed_once(capsys):
    assert ensure_demo_accounts() == []
    User.objects.filter(username="editrice").delete()
    call_command("load_demo")
    output = capsys.readouterr().out
    assert re.search(r"editrice\s+\S{16}\s+\(éditrice du hub\)", output)
    assert "formateur " not in output
    assert User.objects.filter(username__in=[row[0] for row in DEMO_ACCOUNTS]).count() == len(
        DEMO_ACCOUNTS
    )
    assert Group.objects.get(name=HUB_EDITORS).user_set.filter(username="editrice").exists()
