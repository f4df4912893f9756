"""A report: someone (anonymous or a member) says a content page, or a comment on one, is
inappropriate, out of date, wrong or a duplicate; a hub editor processes it in the admin
(social/reports/admin.py) and the reporter is told the outcome when they left an address.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

__all__ = ["Report"]


class ReportQuerySet(models.QuerySet):
    def new(self):
        return self.filter(state=Report.State.NEW)

    def about_same_target(self, report: "Report"):
        """The reports on the target of `report` (itself included)."""
        return self.filter(
            page_id=report.page_id,
            recommendation_id=report.recommendation_id,
            reply_id=report.reply_id,
        )


class Report(models.Model):
    class Reason(models.TextChoices):
        INAPPROPRIATE = "inappropriate", _("Inappropriate content")
        OUT_OF_DATE = "out_of_date", _("Out-of-date content")
        ERRORS = "errors", _("Contains errors")
        DUPLICATE = "duplicate", _("Duplicate")

    class State(models.TextChoices):
        NEW = "new", pgettext_lazy("report", "New")
        PROCESSED = "processed", pgettext_lazy("report", "Processed")

    class Outcome(models.TextChoices):
        UNPUBLISHED = "unpublished", _("Content unpublished")
        AUTHOR_ASKED = "author_asked", _("Author asked")
        DISMISSED = "dismissed", _("Dismissed")
        COMMENT_HIDDEN = "comment_hidden", _("Comment hidden")

    class TargetType(models.TextChoices):
        PAGE = "page", pgettext_lazy("report", "Content")
        RECOMMENDATION = "recommendation", _("Rating comment")
        REPLY = "reply", pgettext_lazy("report", "Reply")

    # Exactly one target. A report goes with what it is about: deleted with it.
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("reported content"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    recommendation = models.ForeignKey(
        "social.Recommendation",
        verbose_name=_("reported rating comment"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reports",
    )
    reply = models.ForeignKey(
        "social.FeedbackReply",
        verbose_name=_("reported reply"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reports",
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    comment = models.TextField(_("comment"), max_length=2000)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reporter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reporter_email = models.EmailField(_("reporter's e-mail"), blank=True)
    created_at = models.DateTimeField(_("received on"), auto_now_add=True, db_index=True)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.NEW, db_index=True
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    processed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("processed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    processed_at = models.DateTimeField(_("processed on"), null=True, blank=True)
    reporter_note = models.TextField(_("note to the reporter"), blank=True)
    author_message = models.TextField(_("message to the author"), blank=True)
    # When the editors' digest (send_report_digest) listed it: each report is listed once.
    digested_at = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                name="report_has_one_target",
                condition=(
                    Q(page__isnull=False, recommendation__isnull=True, reply__isnull=True)
                    | Q(page__isnull=True, recommendation__isnull=False, reply__isnull=True)
                    | Q(page__isnull=True, recommendation__isnull=True, reply__isnull=False)
                ),
            )
        ]

    def __str__(self):
        return f"{self.get_reason_display()} — {self.target_title}"

    @property
    def target_type(self) -> str:
        if self.page_id:
            return self.TargetType.PAGE
        if self.recommendation_id:
            return self.TargetType.RECOMMENDATION
        return self.TargetType.REPLY

    def get_target_type_display(self) -> str:
        return self.TargetType(self.target_type).label

    @property
    def is_about_comment(self) -> bool:
        return self.target_type != self.TargetType.PAGE

    @property
    def comment_target(self):
        """The Recommendation or FeedbackReply reported, None for a page."""
        return self.recommendation or self.reply

    @property
    def content_page(self):
        """The page reported, or the page the comment is about."""
        if self.page_id:
            return self.page
        if self.recommendation_id:
            return self.recommendation.page
        return self.reply.recommendation.page

    @property
    def target_title(self) -> str:
        page = self.content_page
        return page.title if page is not None else ""

    @property
    def is_new(self) -> bool:
        return self.state == self.State.NEW
