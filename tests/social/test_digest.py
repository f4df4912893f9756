"""The e-mail digest of what a member follows: when it goes, what it holds, for whom, and
the one-click unsubscribe link."""

import datetime
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command

from social.follows.digest import (
    choose_frequency,
    period_of,
    send_digests,
    unsubscribe_token,
)
from social.follows.models import DigestPreference, Follow
from tests.factories.accounts import community_member, mediator
from tests.factories.communities import CommunityPageFactory
from tests.factories.kits import WorkshopContentPageFactory
from tests.factories.taxonomy import ThemeFactory

pytestmark = pytest.mark.django_db

MONDAY = datetime.date(2026, 3, 2)
FIRST_OF_MONTH = datetime.date(2026, 4, 1)


def at(day: datetime.date, hour: int = 8):
    return mock.patch(
        "django.utils.timezone.now",
        return_value=datetime.datetime(day.year, day.month, day.day, hour, tzinfo=datetime.UTC),
    )


def subscriber(frequency="weekly", *, since=datetime.date(2026, 2, 20), **fields):
    """A member following a theme, subscribed before `since` (their last digest)."""
    member = mediator(**fields)
    with at(since):
        choose_frequency(member, frequency)
    theme = ThemeFactory()
    Follow.objects.create(user=member, theme=theme)
    return member, theme


def content(theme, day=datetime.date(2026, 2, 25), hour=12, **fields):
    with at(day, hour):
        return WorkshopContentPageFactory(themes=[theme], **fields)


def test_periods_are_iso_weeks_and_months():
    assert period_of("weekly", MONDAY) == "2026-W10"
    assert period_of("weekly", MONDAY + datetime.timedelta(days=6)) == "2026-W10"
    assert period_of("monthly", FIRST_OF_MONTH) == "2026-04"


def test_a_weekly_member_gets_what_appeared_since_their_last_digest():
    member, theme = subscriber()
    content(theme, title="Atelier de la semaine")
    content(theme, day=datetime.date(2026, 2, 10), title="Atelier trop ancien")

    with at(MONDAY):
        assert send_digests(MONDAY) == 1

    (message,) = mail.outbox
    assert message.to == [member.email]
    assert "Atelier de la semaine" in message.body
    assert "Atelier trop ancien" not in message.body
    assert message.subject == "RhinOcc : 1 nouveauté dans ce que vous suivez"
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "Atelier de la semaine" in html


def test_running_again_in_the_same_period_sends_nothing_twice():
    _member, theme = subscriber()
    content(theme)

    with at(MONDAY):
        send_digests(MONDAY)
    with at(MONDAY + datetime.timedelta(days=2)):
        assert send_digests(MONDAY + datetime.timedelta(days=2)) == 0
        call_command("send_digests", verbosity=0)

    assert len(mail.outbox) == 1


def test_a_member_who_opts_in_starts_at_the_next_period():
    wednesday = MONDAY + datetime.timedelta(days=2)
    _member, theme = subscriber(since=wednesday)
    content(theme, day=wednesday)

    with at(wednesday, hour=20):
        assert send_digests(wednesday) == 0
    next_monday = MONDAY + datetime.timedelta(days=7)
    with at(next_monday):
        assert send_digests(next_monday) == 1


def test_a_monthly_member_is_sent_on_the_first_of_the_month_only():
    _member, theme = subscriber("monthly", since=datetime.date(2026, 3, 3))
    content(theme, day=datetime.date(2026, 3, 20))

    with at(MONDAY + datetime.timedelta(days=14)):
        assert send_digests(MONDAY + datetime.timedelta(days=14)) == 0
    with at(FIRST_OF_MONTH):
        assert send_digests(FIRST_OF_MONTH) == 1

    assert len(mail.outbox) == 1


def test_nothing_is_sent_when_nothing_is_new():
    subscriber()

    with at(MONDAY):
        send_digests(MONDAY)

    assert mail.outbox == []


def test_members_who_never_opted_in_or_chose_never_get_nothing():
    member, theme = subscriber()
    choose_frequency(member, "never")
    other = mediator()
    Follow.objects.create(user=other, theme=theme)
    content(theme)

    with at(MONDAY):
        assert send_digests(MONDAY) == 0


def test_private_contents_are_not_in_an_outsiders_digest():
    outsider, theme = subscriber()
    private = CommunityPageFactory(is_private=True)
    Follow.objects.create(user=outsider, community=private)
    content(theme, parent=private, title="Compte rendu interne")
    content(theme, title="Atelier public")
    member = community_member(private, email="membre@example.org")
    with at(datetime.date(2026, 2, 20)):
        choose_frequency(member, "weekly")
    Follow.objects.create(user=member, community=private)

    with at(MONDAY):
        send_digests(MONDAY)

    by_address = {message.to[0]: message.body for message in mail.outbox}
    assert "Atelier public" in by_address[outsider.email]
    assert "Compte rendu interne" not in by_address[outsider.email]
    assert "Compte rendu interne" in by_address["membre@example.org"]


def test_the_mail_carries_one_click_unsubscribe_headers():
    member, theme = subscriber()
    content(theme)

    with at(MONDAY):
        send_digests(MONDAY)

    (message,) = mail.outbox
    link = f"http://testserver/lettre/desinscription/{unsubscribe_token(member)}/"
    assert message.extra_headers["List-Unsubscribe"] == f"<{link}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link in message.body


def test_the_unsubscribe_link_confirms_then_unsubscribes_without_login(client):
    member, _theme = subscriber()
    url = f"/lettre/desinscription/{unsubscribe_token(member)}/"

    page = client.get(url)
    assert page.status_code == 200
    assert "Ne plus recevoir la lettre" in page.content.decode()
    assert DigestPreference.objects.get(user=member).frequency == "weekly"

    done = client.post(url)

    assert done.status_code == 200
    assert "Vous ne recevrez plus la lettre de suivi" in done.content.decode()
    assert DigestPreference.objects.get(user=member).frequency == "never"


def test_a_mail_clients_one_click_post_unsubscribes_without_a_csrf_token():
    from django.test import Client

    member, _theme = subscriber()
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        f"/lettre/desinscription/{unsubscribe_token(member)}/",
        {"List-Unsubscribe": "One-Click"},
    )

    assert response.status_code == 200
    assert DigestPreference.objects.get(user=member).frequency == "never"


def test_an_altered_unsubscribe_link_is_refused_in_french_and_changes_nothing(client):
    member, _theme = subscriber()
    token = unsubscribe_token(member)
    altered = token[:-3] + ("abc" if not token.endswith("abc") else "xyz")

    for response in (
        client.get(f"/lettre/desinscription/{altered}/"),
        client.post(f"/lettre/desinscription/{altered}/"),
    ):
        assert response.status_code == 400
        assert "n'est pas valide" in response.content.decode()
    assert DigestPreference.objects.get(user=member).frequency == "weekly"


def test_a_reused_unsubscribe_link_says_it_was_already_done(client):
    member, _theme = subscriber()
    url = f"/lettre/desinscription/{unsubscribe_token(member)}/"
    client.post(url)

    again = client.post(url)

    assert again.status_code == 200
    assert "déjà désinscrit" in again.content.decode()
    assert "Vous n'êtes pas abonné" in client.get(url).content.decode()


def test_a_member_chooses_the_frequency_in_mon_espace(client):
    member = mediator()
    client.force_login(member)

    response = client.post("/mon-espace/lettre/", {"frequency": "monthly"})

    assert response.status_code == 302
    assert DigestPreference.objects.get(user=member).frequency == "monthly"
    assert client.post("/mon-espace/lettre/", {"frequency": "daily"}).status_code == 302
    assert DigestPreference.objects.get(user=member).frequency == "monthly"
    assert client.post("/mon-espace/lettre/", {"frequency": "never"}).status_code == 302
    assert DigestPreference.objects.get(user=member).frequency == "never"


def test_anonymous_visitors_cannot_choose_a_frequency(client):
    response = client.post("/mon-espace/lettre/", {"frequency": "weekly"})

    assert response.status_code == 302 and response["Location"].startswith("/connexion/")
    assert not DigestPreference.objects.exists()


# The worker takes its tasks in transactions of its own. serialized_rollback: the roles
# and pages the migrations create are restored after another such test emptied the tables.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_database_backends_worker_sends_the_digest(settings):
    """The production path: `send_digests` queues the task in the database, the worker
    (`manage.py db_worker`) runs it and the mail leaves."""
    from django_tasks_db.models import DBTaskResult

    _member, theme = subscriber()
    content(theme, title="Atelier pour le worker")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    with at(MONDAY):
        assert send_digests(MONDAY) == 1
    assert mail.outbox == []
    (queued,) = DBTaskResult.objects.all()
    assert queued.task_path == "social.follows.digest.send_digest"

    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    (message,) = mail.outbox
    assert "Atelier pour le worker" in message.body
    queued.refresh_from_db()
    assert queued.status == "SUCCESSFUL"
