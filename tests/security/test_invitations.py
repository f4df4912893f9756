"""Findings 11 and 12 (mail part): broken invitation links are a French 404, and a page
title with control characters never breaks the mail sent to an invitee or a new member."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.factories.accounts import UserFactory, community_admin
from tests.factories.communities import CommunityPageFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.mark.parametrize(
    "uidb64",
    [
        urlsafe_base64_encode(force_bytes(999_999)),
        "pas-un-identifiant",
        "MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkw",
    ],
)
def test_an_invitation_for_an_unknown_account_is_a_french_404(client, uidb64):
    response = client.get(f"/invitation/{uidb64}/set-password/", follow=True)
    assert response.status_code == 404
    assert "ne peut plus servir" in response.content.decode()
    response = client.post(
        f"/invitation/{uidb64}/un-jeton/", {"new_password1": "x", "new_password2": "x"}
    )
    assert response.status_code == 404


def test_a_password_reset_link_for_an_unknown_account_is_a_french_404(client):
    uidb64 = urlsafe_base64_encode(force_bytes(999_999))
    response = client.get(f"/mot-de-passe/{uidb64}/set-password/", follow=True)
    assert response.status_code == 404
    assert "ne peut plus servir" in response.content.decode()


@pytest.fixture
def community_with_a_bad_title():
    community = CommunityPageFactory(title="Réseau\r\nBcc: victime@example.org")
    # Titles saved before titles refused control characters.
    return community


def test_inviting_into_a_community_whose_title_has_cr_lf_sends_a_clean_mail(
    client, community_with_a_bad_title
):
    community = community_with_a_bad_title
    client.force_login(community_admin(community))
    url = reverse("community_members", args=[community.pk])
    response = client.post(
        url, {"action": "invite", "email": "invite@example.org", "role": "members"}
    )
    assert response.status_code == 302
    message = mail.outbox[-1]
    assert message.to == ["invite@example.org"]
    assert "\n" not in message.subject and "\r" not in message.subject
    assert "Bcc" not in message.message().get("Bcc", "")
    assert "Réseau Bcc: victime@example.org" in message.subject


def test_adding_a_member_to_a_community_whose_title_has_cr_lf_sends_a_clean_mail(
    client, community_with_a_bad_title
):
    community = community_with_a_bad_title
    newcomer = UserFactory(email="nouveau@example.org")
    client.force_login(community_admin(community))
    url = reverse("community_members", args=[community.pk])
    response = client.post(url, {"action": "add", "user": newcomer.pk, "role": "members"})
    assert response.status_code == 302
    assert newcomer.groups.filter(pk=community.access.members.pk).exists()
    assert mail.outbox[-1].to == ["nouveau@example.org"]
    assert "\n" not in mail.outbox[-1].subject
