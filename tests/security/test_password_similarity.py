"""Also seen: a password close to the e-mail or the names was accepted. Django's
UserAttributeSimilarityValidator sees the e-mail and the names typed in the same form."""

import re

import pytest
from django.core import mail

from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db
SIMILAR = "trop semblable"


def confirmation_link(client, email):
    client.post("/inscription/", {"email": email})
    return re.search(r"http://testserver(/inscription/confirmer/\S+/)", mail.outbox[-1].body)[1]


def test_signing_up_refuses_a_password_close_to_the_email(client):
    link = confirmation_link(client, "camille.dupontel@example.org")
    response = client.post(
        link, {"new_password1": "camille.dupontel", "new_password2": "camille.dupontel"}
    )
    assert response.status_code == 200
    assert SIMILAR in response.content.decode()


def test_signing_up_refuses_a_password_close_to_the_names_typed_with_it(client):
    link = confirmation_link(client, "c.d@example.org")
    response = client.post(
        link,
        {
            "first_name": "Maximilienne",
            "last_name": "Vandenberghe",
            "new_password1": "Vandenberghe1",
            "new_password2": "Vandenberghe1",
        },
    )
    assert response.status_code == 200
    assert SIMILAR in response.content.decode()


def test_resetting_a_password_refuses_one_close_to_the_email(client):
    UserFactory(username="cd-1234", email="camille.dupontel@example.org")
    client.post("/mot-de-passe-oublie/", {"email": "camille.dupontel@example.org"})
    link = re.search(r"http://testserver(/mot-de-passe/\S+/)", mail.outbox[-1].body)[1]
    form = client.get(link, follow=True)
    response = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "camille.dupontel", "new_password2": "camille.dupontel"},
    )
    assert response.status_code == 200
    assert SIMILAR in response.content.decode()
