"""Finding 12 (names part): first and last names refuse control characters with a French
form error that keeps what was typed, wherever a person types them."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "un-mot-de-passe-solide-42"
BAD_NAMES = ["Nina\r\nBcc: x@example.org", "Nina\x00", "Ni\x1bna", "Nina\u2028Martin"]
ERROR = "caractères de contrôle"


@pytest.mark.parametrize("bad_name", BAD_NAMES)
def test_signing_up_refuses_control_characters_in_names(client, bad_name):
    client.post("/inscription/", {"email": "nina@example.org"})
    link = re.search(r"http://testserver(/inscription/confirmer/\S+/)", mail.outbox[-1].body)[1]
    response = client.post(
        link,
        {
            "first_name": "Nina",
            "last_name": bad_name,
            "new_password1": PASSWORD,
            "new_password2": PASSWORD,
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert ERROR in html
    assert 'value="Nina"' in html
    assert not UserFactory._meta.model.objects.filter(email="nina@example.org").exists()


def test_accepting_an_invitation_refuses_control_characters_in_names(client):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    invitee = UserFactory(email="invitee@example.org", first_name="", last_name="")
    invitee.set_unusable_password()
    invitee.save()
    uidb64 = urlsafe_base64_encode(force_bytes(invitee.pk))
    token = default_token_generator.make_token(invitee)
    form = client.get(f"/invitation/{uidb64}/{token}/", follow=True)
    url = form.redirect_chain[-1][0]
    response = client.post(
        url,
        {
            "first_name": "Léa\nMartin",
            "last_name": "Martin",
            "new_password1": PASSWORD,
            "new_password2": PASSWORD,
        },
    )
    assert response.status_code == 200
    assert ERROR in response.content.decode()
    invitee.refresh_from_db()
    assert not invitee.has_usable_password()


def test_the_admin_profile_refuses_control_characters_in_names(client):
    user = UserFactory(is_superuser=True, first_name="Nina", last_name="Martin")
    client.force_login(user)
    response = client.post(
        reverse("wagtailadmin_account"),
        {
            "name_email-first_name": "Nina\r\nBcc",
            "name_email-last_name": "Martin",
            "name_email-email": user.email,
            "locale-preferred_language": "fr",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "true",
        },
    )
    assert response.status_code == 200
    assert ERROR in response.content.decode()
    user.refresh_from_db()
    assert user.first_name == "Nina"
