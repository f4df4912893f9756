"""Notifications (accounts/notifications.py): once per member, kind, key and day."""

import datetime
from unittest import mock

import pytest
from django.utils import timezone

from accounts.notifications import Notification, notify
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_the_same_event_the_same_day_is_notified_once():
    member = UserFactory()
    notify(member, "feedback", text="Une note sur « Atelier »", url="/a/", key="page:1")
    notify(member, "feedback", text="Une autre note sur « Atelier »", url="/a/", key="page:1")

    assert list(Notification.objects.values_list("text", flat=True)) == [
        "Une note sur « Atelier »"
    ]


def test_another_key_another_kind_or_another_member_is_notified_again():
    member, other = UserFactory(), UserFactory()
    notify(member, "feedback", text="a", key="page:1")
    notify(member, "feedback", text="b", key="page:2")
    notify(member, "published", text="c", key="page:1")
    notify(other, "feedback", text="d", key="page:1")

    assert Notification.objects.count() == 4


def test_the_same_event_the_next_day_is_notified_again():
    member = UserFactory()
    for day in (2, 3):
        moment = datetime.datetime(2026, 3, day, 10, tzinfo=datetime.UTC)
        with mock.patch("django.utils.timezone.now", return_value=moment):
            notify(member, "published", text="Publié", key="page:1")

    assert sorted(Notification.objects.values_list("day", flat=True)) == [
        datetime.date(2026, 3, 2),
        datetime.date(2026, 3, 3),
    ]


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        notify(UserFactory(), "gossip", text="x")


def test_an_inactive_account_gets_nothing():
    notify(UserFactory(is_active=False), "invitation", text="x")

    assert not Notification.objects.exists()


def test_a_notification_is_stored_unread_with_its_day():
    member = UserFactory()
    notify(member, "invitation", text="Invité", url="/c/", key="community:3")

    notification = Notification.objects.get()
    assert (notification.is_read, notification.day) == (False, timezone.localdate())
