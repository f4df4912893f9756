"""Asking to join a private space: the member's request, the administrators' answer in the
admin, the mail and the notification, the requests in Mon espace; and who may not."""

from html import unescape

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Notification
from communities.joining import pending_counts
from communities.models import JoinRequest
from tests.factories.accounts import (
    SuperuserFactory,
    UserFactory,
    community_admin,
    community_contributor,
    community_member,
    hub_editor,
    mediator,
)
from tests.factories.communities import CommunityPageFactory, community_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def space():
    return CommunityPageFactory(title="Cercle des aidants du Lauragais", is_private=True)


@pytest.fixture
def admin(space):
    return community_admin(space, email="admin@example.org", first_name="Nadia")


def join_url(space):
    return reverse("communities:join", args=[space.pk])


def requests_url(space):
    return reverse("community_join_requests", args=[space.pk])


def ask(client, space, message="Je coordonne l'espace France services de Villefranche."):
    return client.post(join_url(space), {"message": message})


# Where a non-member meets the space


def test_the_private_card_in_the_listing_offers_to_ask_to_join(client, space):
    public = CommunityPageFactory(title="Réseau ouvert du Tarn")
    html = client.get(community_index().url).content.decode()
    assert f'href="{join_url(space)}"' in html
    assert reverse("communities:join", args=[public.pk]) not in html


def test_an_anonymous_visitor_is_sent_to_log_in_first(client, space):
    response = client.get(join_url(space))
    assert response.status_code == 302
    assert response["Location"].startswith("/connexion/?next=")


def test_a_logged_in_outsider_opening_the_space_is_offered_to_ask(client, space):
    client.force_login(mediator())
    response = client.get(space.url)
    assert response.status_code == 302
    assert response["Location"] == join_url(space)
    page = client.get(join_url(space)).content.decode()
    assert "Demander à rejoindre" in page
    assert 'name="message"' in page


def test_a_member_is_told_they_belong_already_and_cannot_ask(client, space):
    member = community_member(space)
    client.force_login(member)
    page = client.get(join_url(space)).content.decode()
    assert "Vous avez déjà accès à cet espace." in page
    assert 'name="message"' not in page
    ask(client, space)
    assert not JoinRequest.objects.exists()


def test_a_hub_editor_who_reads_the_space_already_is_not_offered_to_ask(client, space):
    client.force_login(hub_editor())
    page = unescape(client.get(join_url(space)).content.decode())
    assert "Vous avez déjà accès à cet espace." in page
    assert 'name="message"' not in page


def test_a_public_community_has_nothing_to_ask(client):
    public = CommunityPageFactory()
    client.force_login(mediator())
    response = client.post(join_url(public), {"message": "x"})
    assert response.status_code == 302
    assert not JoinRequest.objects.exists()


# Asking


def test_asking_creates_one_pending_request_and_mails_the_administrators(
    client, space, admin, django_capture_on_commit_callbacks
):
    asker = mediator(first_name="Léa", last_name="Martin")
    client.force_login(asker)
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, space)
    assert response.status_code == 302
    join_request = JoinRequest.objects.get()
    assert (join_request.user, join_request.community, join_request.state) == (
        asker,
        space,
        JoinRequest.State.PENDING,
    )
    assert [message.to for message in mail.outbox] == [["admin@example.org"]]
    body = mail.outbox[0].body
    assert "Léa Martin" in body and "France services de Villefranche" in body
    assert requests_url(space) in body
    page = client.get(join_url(space)).content.decode()
    assert "Votre demande" in page and "Retirer ma demande" in page


def test_asking_twice_keeps_one_pending_request(client, space, admin):
    client.force_login(mediator())
    ask(client, space)
    ask(client, space)
    assert JoinRequest.objects.count() == 1


def test_a_message_with_html_is_shown_as_text(client, space, admin):
    client.force_login(admin)
    asker = mediator()
    JoinRequest.objects.create(community=space, user=asker, message="<script>alert(1)</script>")
    html = client.get(requests_url(space)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_too_long_a_message_is_refused_in_french_and_kept(client, space):
    client.force_login(mediator())
    response = ask(client, space, message="a" * 1001)
    assert response.status_code == 400
    assert "1000 caractères" in response.content.decode() or "1 000" in response.content.decode()
    assert "a" * 1001 in response.content.decode()
    assert not JoinRequest.objects.exists()


def test_asking_is_rate_limited_with_the_message_kept(client, space):
    asker = mediator()
    client.force_login(asker)
    for _ in range(3):
        ask(client, space)
        JoinRequest.objects.filter(user=asker).delete()
    response = ask(client, space, message="Encore moi")
    assert response.status_code == 429
    assert "Trop de demandes" in response.content.decode()
    assert "Encore moi" in response.content.decode()
    assert not JoinRequest.objects.exists()


# Answering


def test_accepting_makes_a_member_tells_them_by_mail_and_notification(
    client, space, admin, django_capture_on_commit_callbacks
):
    asker = mediator(email="lea@example.org")
    join_request = JoinRequest.objects.create(community=space, user=asker)
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            requests_url(space), {"request": join_request.pk, "action": "accept"}
        )
    assert response.status_code == 302
    join_request.refresh_from_db()
    assert join_request.state == JoinRequest.State.ACCEPTED
    assert join_request.answered_by == admin and join_request.answered_at is not None
    assert asker.groups.filter(pk=space.access.members_id).exists()
    assert [message.to for message in mail.outbox] == [["lea@example.org"]]
    assert "acceptée" in mail.outbox[0].subject
    notification = Notification.objects.get(user=asker)
    assert notification.kind == "join_answer"
    assert notification.key == f"join-{join_request.pk}"
    assert notification.url.endswith(space.url)
    client.force_login(asker)
    assert client.get(space.url).status_code == 200


def test_declining_keeps_them_out_and_tells_them(
    client, space, admin, django_capture_on_commit_callbacks
):
    asker = mediator()
    join_request = JoinRequest.objects.create(community=space, user=asker)
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(requests_url(space), {"request": join_request.pk, "action": "decline"})
    join_request.refresh_from_db()
    assert join_request.state == JoinRequest.State.DECLINED
    assert not asker.groups.filter(pk=space.access.members_id).exists()
    assert "refusée" in Notification.objects.get(user=asker).text
    client.force_login(asker)
    assert client.get(space.url).status_code == 302


def test_a_request_answered_once_stays_answered(client, space, admin):
    join_request = JoinRequest.objects.create(community=space, user=mediator())
    client.force_login(admin)
    client.post(requests_url(space), {"request": join_request.pk, "action": "decline"})
    response = client.post(
        requests_url(space), {"request": join_request.pk, "action": "accept"}, follow=True
    )
    assert "déjà reçu une réponse" in unescape(response.content.decode())
    join_request.refresh_from_db()
    assert join_request.state == JoinRequest.State.DECLINED


def test_malformed_answers_get_a_french_message_not_a_500(client, space, admin):
    client.force_login(admin)
    for data in [{}, {"request": "abc", "action": "accept"}, {"request": "1", "action": "x"}]:
        response = client.post(requests_url(space), data, follow=True)
        assert response.status_code == 200
        assert "Cette demande n'existe pas." in unescape(response.content.decode())


def test_another_communitys_request_cannot_be_answered_from_here(client, space, admin):
    other = CommunityPageFactory(is_private=True)
    join_request = JoinRequest.objects.create(community=other, user=mediator())
    client.force_login(admin)
    client.post(requests_url(space), {"request": join_request.pk, "action": "accept"})
    join_request.refresh_from_db()
    assert join_request.is_pending


# Who may see the requests


def test_the_requests_list_shows_pending_first_with_its_count(
    client, space, admin, django_assert_max_num_queries
):
    for _ in range(3):
        JoinRequest.objects.create(community=space, user=mediator(), message="Bonjour")
    JoinRequest.objects.create(community=space, user=mediator(), state="declined")
    client.force_login(admin)
    with django_assert_max_num_queries(40):
        response = client.get(requests_url(space))
    html = response.content.decode()
    assert "3 demandes en attente de réponse." in html
    assert html.count('value="accept"') == 3
    for _ in range(10):
        JoinRequest.objects.create(community=space, user=mediator())
    with django_assert_max_num_queries(40):
        client.get(requests_url(space))
    assert pending_counts([space.pk]) == {space.pk: 13}


@pytest.mark.parametrize("who", ["anonymous", "member", "contributor", "other_admin", "editor"])
def test_the_requests_screen_refuses_everyone_but_its_administrators(client, space, who):
    JoinRequest.objects.create(community=space, user=mediator(), message="Secret")
    users = {
        "anonymous": None,
        "member": lambda: community_member(space),
        "contributor": lambda: community_contributor(space),
        "other_admin": lambda: community_admin(CommunityPageFactory(is_private=True)),
        "editor": hub_editor,
    }
    if users[who] is not None:
        client.force_login(users[who]())
    for response in [
        client.get(requests_url(space)),
        client.post(requests_url(space), {"request": "1", "action": "accept"}),
    ]:
        assert response.status_code in (302, 403)
        assert "Secret" not in response.content.decode()
    assert JoinRequest.objects.get().is_pending


def test_a_superuser_may_answer(client, space):
    join_request = JoinRequest.objects.create(community=space, user=mediator())
    client.force_login(SuperuserFactory())
    client.post(requests_url(space), {"request": join_request.pk, "action": "accept"})
    join_request.refresh_from_db()
    assert join_request.state == "accepted"


# Mon espace


def test_my_space_lists_my_requests_with_their_state_and_withdraws_a_pending_one(client, space):
    other = CommunityPageFactory(title="Réseau du Sicoval", is_private=True)
    asker = mediator()
    pending = JoinRequest.objects.create(community=space, user=asker)
    JoinRequest.objects.create(community=other, user=asker, state="declined")
    someone_elses = JoinRequest.objects.create(community=other, user=UserFactory())
    client.force_login(asker)
    html = unescape(client.get(reverse("accounts:member_area")).content.decode())
    assert "Mes demandes d'adhésion" in html
    assert "Cercle des aidants du Lauragais" in html and "Réseau du Sicoval" in html
    assert "En attente" in html and "Refusée" in html
    response = client.post(reverse("communities:withdraw_request", args=[someone_elses.pk]))
    assert JoinRequest.objects.filter(pk=someone_elses.pk).exists()
    response = client.post(reverse("communities:withdraw_request", args=[pending.pk]))
    assert response.status_code == 302
    assert not JoinRequest.objects.filter(pk=pending.pk).exists()


def test_my_space_shows_no_requests_panel_without_requests(client):
    client.force_login(mediator())
    html = unescape(client.get(reverse("accounts:member_area")).content.decode())
    assert "Mes demandes d'adhésion" not in html


def test_my_space_tells_an_administrator_how_many_requests_wait(client, space, admin):
    JoinRequest.objects.create(community=space, user=mediator())
    client.force_login(admin)
    html = client.get(reverse("accounts:member_area")).content.decode()
    assert requests_url(space) in html
    assert "1 en attente" in html


def test_my_requests_panel_reads_a_fixed_number_of_queries(client):
    asker = mediator()
    client.force_login(asker)

    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get(reverse("accounts:member_area"))
        return len(queries)

    JoinRequest.objects.create(community=CommunityPageFactory(is_private=True), user=asker)
    count()  # the first request reads what later ones find cached
    one = count()
    for _ in range(5):
        JoinRequest.objects.create(community=CommunityPageFactory(is_private=True), user=asker)
    # Published since: a new generation, read again once (core.generations).
    count()
    assert count() == one
