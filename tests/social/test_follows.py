"""Following a community, a theme, a competency or a trainer; the feed and notifications
in Mon espace; who may follow what and see what."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.notifications import Notification, notify
from social.follows.models import Follow
from tests.factories.accounts import (
    UserFactory,
    community_admin,
    community_contributor,
    community_member,
    hub_editor,
    mediator,
)
from tests.factories.catalogue import TrainerFactory, TrainingModulePageFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory
from tests.factories.taxonomy import ThemeFactory, competency

pytestmark = pytest.mark.django_db
MEMBER_AREA = "/mon-espace/"
FOLLOW = "/suivre/"


def panel(client, name: str, url=MEMBER_AREA) -> str:
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    start = html.index(f'class="member-panel member-panel--{name}"')
    return html[start : html.index("</section>", start)]


def test_a_member_follows_a_community_and_its_new_contents_are_in_the_feed(client):
    community = CommunityPageFactory(title="Réseau du Sicoval")
    WorkshopContentPageFactory(parent=community, title="Atelier démarches en ligne")
    WorkshopContentPageFactory(title="Atelier ailleurs")
    member = mediator()
    client.force_login(member)

    response = client.post(
        FOLLOW, {"target": "community", "id": community.pk, "next": community.url}
    )

    assert response.status_code == 302 and response["Location"] == community.url
    assert Follow.objects.get(user=member).community_id == community.pk
    feed = panel(client, "feed")
    assert "Atelier démarches en ligne" in feed
    assert "Atelier ailleurs" not in feed


def test_following_twice_keeps_one_follow_and_unfollowing_removes_it(client):
    theme = ThemeFactory(name="Parentalité", slug="parentalite-test")
    member = mediator()
    client.force_login(member)
    client.post(FOLLOW, {"target": "theme", "id": theme.slug})
    client.post(FOLLOW, {"target": "theme", "id": theme.slug})
    assert Follow.objects.filter(user=member, theme=theme).count() == 1

    client.post("/suivre/arreter/", {"target": "theme", "id": theme.slug})

    assert not Follow.objects.filter(user=member).exists()


def test_theme_competency_and_trainer_follows_fill_the_feed_newest_first(client):
    theme = ThemeFactory(name="Loisirs", slug="loisirs-test")
    trainer_account = UserFactory(first_name="Inès", last_name="Formatrice")
    trainer = TrainerFactory(user=trainer_account)
    TrainingModulePageFactory(title="Module de l'Inès", trainers=[trainer])
    WorkshopContentPageFactory(title="Atelier CRCN", competencies=[competency("CRCN-4.2")])
    WorkshopContentPageFactory(title="Atelier loisirs", themes=[theme])
    member = mediator()
    client.force_login(member)
    client.post(FOLLOW, {"target": "theme", "id": theme.slug})
    client.post(FOLLOW, {"target": "competency", "id": "CRCN-4.2"})
    client.post(FOLLOW, {"target": "trainer", "id": trainer_account.pk})

    feed = panel(client, "feed")

    positions = [feed.index(t) for t in ("Atelier loisirs", "Atelier CRCN", "Module de l")]
    assert positions == sorted(positions)


def test_an_account_that_teaches_nothing_cannot_be_followed_as_a_trainer(client):
    client.force_login(mediator())

    response = client.post(FOLLOW, {"target": "trainer", "id": UserFactory().pk})

    assert response.status_code == 404
    assert not Follow.objects.exists()


@pytest.mark.parametrize(
    "data",
    [{"target": "planet", "id": "1"}, {"target": "community", "id": "abc"}, {}],
)
def test_bad_follow_forms_get_a_404_not_a_500(client, data):
    client.force_login(mediator())

    assert client.post(FOLLOW, data).status_code == 404


def test_an_outsider_cannot_follow_a_private_community(client):
    private = CommunityPageFactory(title="Espace privé", is_private=True)
    outsider = mediator()
    client.force_login(outsider)

    response = client.post(FOLLOW, {"target": "community", "id": private.pk})

    assert response.status_code == 403
    assert "seuls ses membres" in response.content.decode()
    assert not Follow.objects.exists()


def test_a_member_of_a_private_community_may_follow_it(client):
    private = CommunityPageFactory(is_private=True)
    member = community_member(private)
    client.force_login(member)

    assert client.post(FOLLOW, {"target": "community", "id": private.pk}).status_code == 302
    assert Follow.objects.filter(user=member, community=private).exists()


def test_private_contents_never_reach_an_outsiders_feed(client):
    """The outsider follows the theme the private space's content carries, and even the
    private community itself (followed while a member, then removed from it)."""
    theme = ThemeFactory(slug="theme-prive")
    private = CommunityPageFactory(is_private=True)
    WorkshopContentPageFactory(parent=private, title="Compte rendu interne", themes=[theme])
    WorkshopContentPageFactory(title="Atelier public", themes=[theme])
    outsider = mediator()
    Follow.objects.create(user=outsider, theme=theme)
    Follow.objects.create(user=outsider, community=private)
    client.force_login(outsider)

    feed = panel(client, "feed")

    assert "Atelier public" in feed
    assert "Compte rendu interne" not in feed


def test_the_private_spaces_members_find_its_contents_in_their_feed(client):
    private = CommunityPageFactory(is_private=True)
    WorkshopContentPageFactory(parent=private, title="Compte rendu interne")
    member = community_member(private)
    Follow.objects.create(user=member, community=private)
    client.force_login(member)

    assert "Compte rendu interne" in panel(client, "feed")


def test_anonymous_visitors_get_a_login_link_and_cannot_post(client):
    page = client.get(reverse("terms:competency", args=["CRCN-1.1"])).content.decode()
    assert "Se connecter pour suivre" in page
    assert 'action="/suivre/"' not in page

    response = client.post(FOLLOW, {"target": "competency", "id": "CRCN-1.1"})

    assert response.status_code == 302 and response["Location"].startswith("/connexion/")
    assert not Follow.objects.exists()


def test_the_buttons_say_follow_then_following(client):
    community = CommunityPageFactory()
    client.force_login(mediator())
    assert 'action="/suivre/"' in client.get(community.url).content.decode()

    client.post(FOLLOW, {"target": "community", "id": community.pk})

    assert 'action="/suivre/arreter/"' in client.get(community.url).content.decode()


def test_a_module_page_offers_to_follow_its_trainers_with_an_account(client):
    trainer = TrainerFactory(user=UserFactory())
    module = TrainingModulePageFactory(trainers=[trainer, TrainerFactory()])
    client.force_login(mediator())

    html = client.get(module.url).content.decode()

    assert html.count('name="target" value="trainer"') == 1
    assert f'name="id" value="{trainer.user_id}"' in html


def test_the_next_parameter_never_leaves_the_site(client):
    client.force_login(mediator())

    response = client.post(
        FOLLOW, {"target": "competency", "id": "CRCN-1.1", "next": "https://ailleurs.example/"}
    )

    assert response["Location"] == "/mon-espace/#panneau-follows"


def test_the_feed_reads_in_a_fixed_number_of_queries(client):
    theme = ThemeFactory(slug="compter")
    member = mediator()
    Follow.objects.create(user=member, theme=theme)
    Follow.objects.create(user=member, competency=competency("CRCN-1.1"))
    client.force_login(member)

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            panel(client, "feed")
        return len(queries)

    WorkshopContentPageFactory(themes=[theme])
    count_queries()  # the first request fills the caches (site root paths, menus)
    few = count_queries()
    for _ in range(8):
        WorkshopContentPageFactory(themes=[theme], competencies=[competency("CRCN-1.1")])
    # Published since: a new generation, read again once (core.generations).
    count_queries()
    many = count_queries()

    assert many == few


def test_the_feed_is_paginated(client):
    theme = ThemeFactory(slug="paginer")
    member = mediator()
    Follow.objects.create(user=member, theme=theme)
    for number in range(12):
        WorkshopContentPageFactory(title=f"Atelier numéro {number:02d}", themes=[theme])
    client.force_login(member)

    first, second = panel(client, "feed"), panel(client, "feed", MEMBER_AREA + "?suivi=2")

    assert first.count("Atelier numéro") == 10 and second.count("Atelier numéro") == 2


def test_notifications_unread_first_and_marked_as_read(client):
    member, other = mediator(), mediator()
    notify(member, "feedback", text="Une note sur votre atelier", key="page:1")
    notify(member, "published", text="Votre kit est publié", key="page:2")
    Notification.objects.filter(text="Une note sur votre atelier").update(read_at=timezone.now())
    notify(other, "feedback", text="Pas pour vous", key="page:3")
    client.force_login(member)

    html = panel(client, "notifications")
    assert html.index("Votre kit est publié") < html.index("Une note sur votre atelier")
    assert "Pas pour vous" not in html

    client.post("/mon-espace/notifications/lues/")

    assert not Notification.objects.filter(user=member, read_at__isnull=True).exists()
    assert Notification.objects.get(user=other).read_at is None


def test_a_member_cannot_mark_someone_elses_notification(client):
    member, other = mediator(), mediator()
    notify(other, "feedback", text="Pas pour vous", key="page:3")
    client.force_login(member)

    client.post(
        "/mon-espace/notifications/lues/",
        {"notification": Notification.objects.get().pk},
    )

    assert Notification.objects.get().read_at is None


def test_an_owner_is_notified_when_someone_else_publishes_their_content(
    django_capture_on_commit_callbacks,
):
    author, editor = mediator(), hub_editor()
    page = WorkshopContentPageFactory(title="Atelier relu", owner=author, live=False)

    with django_capture_on_commit_callbacks(execute=True):
        page.get_latest_revision().publish(user=editor)

    notification = Notification.objects.get(user=author)
    assert notification.kind == "published"
    assert "Atelier relu" in notification.text


def test_an_owner_publishing_their_own_content_is_not_notified(
    django_capture_on_commit_callbacks,
):
    author = hub_editor()
    page = WorkshopContentPageFactory(owner=author, live=False)

    with django_capture_on_commit_callbacks(execute=True):
        page.get_latest_revision().publish(user=author)

    assert not Notification.objects.exists()


def test_changes_requested_notify_the_contributor(django_capture_on_commit_callbacks):
    community = CommunityPageFactory()
    contributor, admin = community_contributor(community), community_admin(community)
    page = WorkshopContentPageFactory(
        parent=community, title="Atelier à revoir", owner=contributor, live=False
    )
    workflow_state = page.get_workflow().start(page, contributor)

    with django_capture_on_commit_callbacks(execute=True):
        workflow_state.current_task_state.task.specific.on_action(
            workflow_state.current_task_state, admin, "reject", comment="Ajouter les sources"
        )

    notification = Notification.objects.get(user=contributor)
    assert notification.kind == "changes_requested"
    assert "Atelier à revoir" in notification.text
    assert not Notification.objects.filter(user=admin).exists()


def test_an_existing_account_added_to_a_community_is_notified_once_a_day(client):
    community = CommunityPageFactory(title="Réseau des aidants")
    member = UserFactory()
    client.force_login(community_admin(community))
    url = reverse("community_members", args=[community.pk])

    client.post(url, {"action": "add", "user": member.pk, "role": "members"})
    client.post(url, {"action": "add", "user": member.pk, "role": "contributors"})

    notification = Notification.objects.get(user=member)
    assert notification.kind == "invitation"
    assert "Réseau des aidants" in notification.text and notification.url == community.url


def test_someone_invited_without_an_account_gets_the_mail_not_a_notification(client):
    community = CommunityPageFactory()
    client.force_login(community_admin(community))

    client.post(
        reverse("community_members", args=[community.pk]),
        {"action": "invite", "email": "nouvelle@example.org", "role": "members"},
    )

    assert not Notification.objects.exists()
