"""Mediators sign up with an email confirmation, without revealing who has an account."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from accounts.roles import MEDIATORS
from accounts.views import ATTEMPTS_PER_IP_PER_HOUR, EMAILS_PER_ADDRESS_PER_DAY
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()
SIGNUP = "/inscription/"
PASSWORD = "un-mot-de-passe-solide-42"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def confirmation_link() -> str:
    return re.search(r"http://testserver(/inscription/confirmer/\S+/)", mail.outbox[-1].body)[1]


def test_the_signup_page_is_in_french(client):
    response = client.get(SIGNUP)
    assert response.status_code == 200
    assert "Adresse électronique" in response.content.decode()


def test_signing_up_sends_a_link_that_creates_a_mediator_account_once(client):
    response = client.post(SIGNUP, {"email": "Nina.Martin@Example.org"})
    assert "Vérifiez votre messagerie" in response.content.decode()
    assert not User.objects.filter(email="nina.martin@example.org").exists()
    assert mail.outbox[-1].to == ["nina.martin@example.org"]
    link = confirmation_link()

    form = client.get(link)
    assert "nina.martin@example.org" in form.content.decode()
    response = client.post(
        link, {"first_name": "Nina", "new_password1": PASSWORD, "new_password2": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:welcome")
    user = User.objects.get(email="nina.martin@example.org")
    assert user.check_password(PASSWORD)
    assert list(user.groups.values_list("name", flat=True)) == [MEDIATORS]
    assert not user.has_perm("wagtailadmin.access_admin")
    assert "Bienvenue sur RhinOcc, Nina" in client.get(response["Location"]).content.decode()

    client.logout()
    again = client.get(link)
    assert again.status_code == 400
    assert "déjà été utilisé" in again.content.decode()


def test_the_answer_is_the_same_whether_or_not_the_address_has_an_account(client):
    UserFactory(username="deja-inscrite", email="deja@example.org")
    known = client.post(SIGNUP, {"email": "deja@example.org"}).content.decode()
    unknown = client.post(SIGNUP, {"email": "jamais@example.org"}).content.decode()
    strip = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    assert strip.sub("", known.replace("deja@example.org", "X")) == strip.sub(
        "", unknown.replace("jamais@example.org", "X")
    )
    to_known = next(message for message in mail.outbox if message.to == ["deja@example.org"])
    assert "/inscription/confirmer/" not in to_known.body
    assert "/connexion/" in to_known.body


def test_a_bad_or_expired_link_is_a_french_400(client):
    response = client.get("/inscription/confirmer/pas-un-jeton/")
    assert response.status_code == 400
    assert "expiré" in response.content.decode()


def test_a_bad_address_is_a_french_form_error_that_keeps_the_input(client):
    response = client.post(SIGNUP, {"email": "nina@"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Saisissez une adresse" in html
    assert 'value="nina@"' in html


def test_too_many_attempts_from_one_address_get_a_french_429(client):
    for number in range(ATTEMPTS_PER_IP_PER_HOUR):
        assert client.post(SIGNUP, {"email": f"essai{number}@example.org"}).status_code == 200
    response = client.post(SIGNUP, {"email": "encore@example.org"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Trop de demandes" in html
    assert 'value="encore@example.org"' in html
    other_visitor = client.post(SIGNUP, {"email": "autre@example.org"}, REMOTE_ADDR="192.0.2.10")
    assert other_visitor.status_code == 200


def test_one_mailbox_gets_a_few_emails_a_day_at_most(client):
    for _attempt in range(EMAILS_PER_ADDRESS_PER_DAY + 2):
        response = client.post(SIGNUP, {"email": "cible@example.org"})
        assert "Vérifiez votre messagerie" in response.content.decode()
    sent = [message for message in mail.outbox if message.to == ["cible@example.org"]]
    assert len(sent) == EMAILS_PER_ADDRESS_PER_DAY


def test_errors_are_announced_and_linked_to_their_field_and_the_input_is_kept(client):
    response = client.post("/inscription/", {"email": "pas-un-email"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert '<a href="#id_email">' in html
    assert (
        'aria-invalid="true"' in html
        and 'aria-describedby="id_email_helptext id_email_error"' in html
    )
    assert 'value="pas-un-email"' in html
