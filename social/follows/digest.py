"""The e-mail digest: what appeared in what a member follows since their last one.

Rule (README « Lettre de suivi »): `manage.py send_digests` runs on the scheduled timer;
a weekly member gets the digest of a week at the first run of that week (Monday), a
monthly one at the first run of the month (the 1st), a missed day caught up at the next
run. Each preference records the period it was last sent for (`last_period`), set when
the member's task is enqueued, so that no period is sent twice however often the command
runs. A member who opts in starts at the next period.

The command reads the due members in keyset chunks (bounded memory whatever their
number) and enqueues one task per member; each task reads that member's entries, as
visible to them at that moment, and sends nothing when nothing is new.
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks import task

from accounts.mail import header_text

from .feed import feed_entries, is_update
from .models import DigestPreference

logger = logging.getLogger(__name__)

Frequency = DigestPreference.Frequency
CHUNK_SIZE = 500
# Beyond this, the mail says how many more and links to the feed in Mon espace.
MAX_ITEMS = 30
UNSUBSCRIBE_SALT = "social.follows.unsubscribe"


def period_of(frequency: str, day: datetime.date) -> str:
    if frequency == Frequency.WEEKLY:
        year, week, _weekday = day.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{day.year}-{day.month:02d}"


def choose_frequency(user, frequency: str) -> DigestPreference:
    """Saves the member's choice; opting in (or changing the frequency) starts the digests
    at the next period, from now."""
    preference, _created = DigestPreference.objects.get_or_create(user=user)
    if frequency != preference.frequency:
        preference.frequency = frequency
        if frequency != Frequency.NEVER:
            preference.last_period = period_of(frequency, timezone.localdate())
            preference.last_sent_at = timezone.now()
        preference.save()
    return preference


def due_preferences(frequency: str, period: str):
    return (
        DigestPreference.objects.filter(frequency=frequency, user__is_active=True)
        .exclude(user__email="")
        .exclude(last_period=period)
    )


def send_digests(today: datetime.date | None = None) -> int:
    """Enqueues the digest of every member due today; returns how many were enqueued."""
    today = today or timezone.localdate()
    now = timezone.now()
    enqueued = 0
    for frequency in (Frequency.WEEKLY, Frequency.MONTHLY):
        period = period_of(frequency, today)
        last_pk = 0
        while True:
            with transaction.atomic():
                chunk = list(
                    due_preferences(frequency, period)
                    .filter(pk__gt=last_pk)
                    .order_by("pk")
                    .select_for_update()
                    .values_list("pk", "user_id", "last_sent_at")[:CHUNK_SIZE]
                )
                if not chunk:
                    break
                last_pk = chunk[-1][0]
                DigestPreference.objects.filter(pk__in=[pk for pk, *_rest in chunk]).update(
                    last_period=period, last_sent_at=now
                )
            # Once the period is recorded: a worker, or a second run, finds it.
            for _pk, user_id, since in chunk:
                send_digest.enqueue(user_id, since.isoformat() if since else None, period)
            enqueued += len(chunk)
    return enqueued


@task()
def send_digest(user_id: int, since: str | None, period: str) -> bool:
    """The task: one member's digest of what appeared since `since`; False if nothing."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return False
    since_time = datetime.datetime.fromisoformat(since) if since else None
    entries = feed_entries(user, since=since_time)
    items = list(entries[: MAX_ITEMS + 1])
    if not items:
        return False
    more = entries.count() - MAX_ITEMS if len(items) > MAX_ITEMS else 0
    digest_mail(user, items[:MAX_ITEMS], more, period).send()
    return True


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def unsubscribe_token(user) -> str:
    return signing.dumps({"user": user.pk}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str):
    """The account a link was signed for, or None if it was altered or the account is gone."""
    try:
        user_pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)["user"]
    except (signing.BadSignature, KeyError, TypeError):
        return None
    return get_user_model().objects.filter(pk=user_pk).first()


def unsubscribe_link(user) -> str:
    return absolute(reverse("follows:unsubscribe", args=[unsubscribe_token(user)]))


def digest_mail(user, entries, more: int, period: str) -> EmailMultiAlternatives:
    with translation.override(settings.LANGUAGE_CODE):
        items = [
            {
                "title": entry.title,
                "url": entry.page.full_url or "",
                "kind": entry.get_kind_display(),
                "is_update": is_update(entry),
                "date": timezone.localtime(entry.page.last_published_at).date(),
            }
            for entry in entries
        ]
        unsubscribe = unsubscribe_link(user)
        context = {
            "first_name": user.first_name,
            "items": items,
            "more": more,
            "feed_link": absolute(reverse("accounts:member_area")) + "#panneau-feed",
            "preferences_link": absolute(reverse("accounts:member_area")) + "#panneau-follows",
            "unsubscribe_link": unsubscribe,
        }
        count = len(items) + more
        subject = ngettext(
            "RhinOcc: %(count)d new content in what you follow",
            "RhinOcc: %(count)d new contents in what you follow",
            count,
        ) % {"count": count}
        message = EmailMultiAlternatives(
            header_text(subject),
            render_to_string("social/follows/emails/digest.txt", context),
            None,
            [user.email],
            headers={
                # RFC 8058: mail clients offer their own unsubscribe button, which POSTs.
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "List-Id": f"{_('RhinOcc digest')} <digest.{list_host()}>",
            },
        )
        message.attach_alternative(
            render_to_string("social/follows/emails/digest.html", context), "text/html"
        )
    return message


def list_host() -> str:
    """The site's host name, what the List-Id header is named after."""
    return settings.WAGTAILADMIN_BASE_URL.split("//", 1)[-1].split("/", 1)[0].split(":")[0]
