"""Members' recommendations of a content: a level out of four, an optional comment, and
the replies of its author and of other members, in a thread under each comment.

A content's author (its page owner; for a training module, its trainers too) may switch
public feedback off (`FeedbackSetting`): its ratings and comments are then neither shown
nor accepted, nor counted by the « Les mieux recommandés » sort. What a hub editor hides
(`is_hidden`) is left out everywhere the public reads: the page, its distribution, the sort.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["FeedbackReply", "FeedbackSetting", "Recommendation"]

COMMENT_MAX_LENGTH = 2000


class Recommendation(models.Model):
    class Level(models.IntegerChoices):
        NOT_RECOMMENDED = 1, _("Not recommended")
        LITTLE_RECOMMENDED = 2, _("Little recommended")
        RECOMMENDED = 3, _("Recommended")
        HIGHLY_RECOMMENDED = 4, _("Highly recommended")

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("content"),
        on_delete=models.CASCADE,
        related_name="recommendations",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="recommendations",
    )
    level = models.PositiveSmallIntegerField(_("recommendation"), choices=Level.choices)
    comment = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH, blank=True)
    is_hidden = models.BooleanField(_("hidden"), default=False)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    class Meta:
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "author"], name="one_recommendation_per_member"
            )
        ]
        indexes = [models.Index(fields=["page", "is_hidden", "-created_at"])]

    def __str__(self):
        return f"{self.get_level_display()} — {self.page_id}"


class FeedbackReply(models.Model):
    """A reply in the thread of a recommendation; `parent` when it answers another reply
    (shown in the thread's order, saying whom it answers)."""

    recommendation = models.ForeignKey(
        Recommendation,
        verbose_name=_("recommendation"),
        on_delete=models.CASCADE,
        related_name="replies",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="feedback_replies",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("in reply to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="answers",
    )
    body = models.TextField(_("reply"), max_length=COMMENT_MAX_LENGTH)
    is_hidden = models.BooleanField(_("hidden"), default=False)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.body[:60]


class FeedbackSetting(models.Model):
    """Whether a content takes public feedback; a content without a row takes it."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("content"),
        on_delete=models.CASCADE,
        related_name="feedback_setting",
    )
    public_feedback = models.BooleanField(_("public feedback"), default=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    class Meta:
        verbose_name = _("feedback setting")
        verbose_name_plural = _("feedback settings")

    def __str__(self):
        return str(self.page_id)
