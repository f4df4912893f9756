"""What a member follows (a community, a theme, a competency, a trainer) and how often
they want the digest of what appeared there.

A follow names exactly one target. Following never grants a look: the feed and the digest
show only what the member may open when they are read (see `social.follows.feed`), so a
member who leaves a private space stops seeing its contents there at once.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

__all__ = ["DigestPreference", "Follow"]


class FollowTarget(models.TextChoices):
    """The field of `Follow` that names the target; also the value of the follow forms."""

    COMMUNITY = "community", _("community")
    THEME = "theme", _("theme")
    COMPETENCY = "competency", _("competency")
    TRAINER = "trainer", _("trainer")


TARGET_FIELDS = tuple(FollowTarget.values)


def exactly_one_target() -> Q:
    one = Q()
    for field in TARGET_FIELDS:
        one |= Q(
            **{f"{field}__isnull": False},
            **{f"{other}__isnull": True for other in TARGET_FIELDS if other != field},
        )
    return one


class Follow(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="follows",
    )
    community = models.ForeignKey(
        "communities.CommunityPage",
        verbose_name=_("community"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="follows",
    )
    theme = models.ForeignKey(
        "taxonomy.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="follows",
    )
    competency = models.ForeignKey(
        "taxonomy.Competency",
        verbose_name=_("competency"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="follows",
    )
    # A trainer is followed as an account: the modules they teach (catalogue.Trainer.user).
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="followers",
    )
    created_at = models.DateTimeField(_("followed since"), auto_now_add=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.CheckConstraint(condition=exactly_one_target(), name="follow_one_target"),
            *(
                models.UniqueConstraint(
                    fields=["user", field],
                    condition=Q(**{f"{field}__isnull": False}),
                    name=f"follow_{field}_once",
                )
                for field in TARGET_FIELDS
            ),
        ]

    def __str__(self):
        return f"{self.user} → {self.target}"

    @property
    def target_field(self) -> str:
        return next(field for field in TARGET_FIELDS if getattr(self, f"{field}_id"))

    @property
    def target(self):
        return getattr(self, self.target_field)


class DigestPreference(models.Model):
    class Frequency(models.TextChoices):
        NEVER = "never", _("Never")
        WEEKLY = "weekly", _("Every week (on Monday)")
        MONTHLY = "monthly", _("Every month (on the 1st)")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="digest_preference",
    )
    frequency = models.CharField(
        _("digest"), max_length=10, choices=Frequency.choices, default=Frequency.NEVER
    )
    # The period ("2026-W49", "2026-12") whose digest was last enqueued: `send_digests`
    # takes only the members whose period has changed, so a second run sends nothing.
    last_period = models.CharField(_("last period"), max_length=10, blank=True)
    # What the next digest starts from: the previous one, or the day of opting in.
    last_sent_at = models.DateTimeField(_("last digest"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("digest preference")
        verbose_name_plural = _("digest preferences")
        indexes = [models.Index(fields=["frequency", "last_period"])]

    def __str__(self):
        return f"{self.user}: {self.get_frequency_display()}"
