"""Notifications shown in Mon espace: something happened that concerns a member.

Other apps call `notify()`; it keeps one notification per (member, kind, key, day) so
that a burst of the same event (ten ratings of one content in an afternoon, a page
published again after a fix) says it once a day instead of filling the panel. The day
is stored rather than derived from `created_at` so that the database's unique
constraint does the deduplication, also between concurrent requests.
"""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    PUBLISHED = "published", _("Content published")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    FEEDBACK = "feedback", _("Feedback on my content")
    INVITATION = "invitation", _("Invitation")
    JOIN_ANSWER = "join_answer", _("Join request answered")


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=32, choices=NotificationKind.choices)
    text = models.CharField(max_length=500)
    url = models.CharField(max_length=500, blank=True)
    # What the notification is about ("page:42"), so that the same event about the
    # same thing is told once a day; empty when the kind alone identifies it.
    key = models.CharField(max_length=200, blank=True)
    day = models.DateField()
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "accounts"
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "key", "day"], name="notification_once_a_day"
            )
        ]
        indexes = [models.Index(fields=["user", "read_at", "-created_at"])]

    def __str__(self):
        return self.text

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


def notify(user, kind: str, *, text: str, url: str = "", key: str = "") -> None:
    """Tell `user` about an event of `kind`, once per day for the same `key`.

    A second call the same (local) day with the same kind and key does nothing, even
    if the text differs: the first one already sent the member to look.
    """
    if user is None or not user.is_active:
        return
    if kind not in NotificationKind.values:
        raise ValueError(f"Unknown notification kind: {kind!r}")
    now = timezone.now()
    try:
        # The savepoint keeps a caller's transaction usable when the row exists.
        with transaction.atomic():
            Notification.objects.get_or_create(
                user=user,
                kind=kind,
                key=key[:200],
                day=timezone.localdate(now),
                defaults={"text": text[:500], "url": url[:500], "created_at": now},
            )
    except IntegrityError:
        # Created by a concurrent request between the read and the insert.
        pass
