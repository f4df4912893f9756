"""The satisfaction questionnaire after a session (Qualiopi indicator 2).

Each trainee who attended receives a link (signed, no account, valid some weeks, good for
one answer) to a short questionnaire; the answers are aggregated on the module's page
(catalogue/satisfaction.py) once there are enough of them. A questionnaire is created when
its mail is sent: its row says it was sent, its answer fills it in.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .registration import Registration


class SatisfactionSurvey(models.Model):
    class Rating(models.IntegerChoices):
        VERY_DISSATISFIED = 1, _("not satisfied at all")
        DISSATISFIED = 2, _("not very satisfied")
        NEUTRAL = 3, _("fairly satisfied")
        SATISFIED = 4, _("satisfied")
        VERY_SATISFIED = 5, _("very satisfied")

    class Objectives(models.TextChoices):
        FULLY = "fully", _("yes, fully")
        MOSTLY = "mostly", _("mostly")
        PARTLY = "partly", _("partly")
        NOT_AT_ALL = "not_at_all", _("not at all")

    # "Satisfied" in the published rate: these ratings and above.
    SATISFIED_FROM = Rating.SATISFIED
    # Objectives "reached" in the published rate.
    OBJECTIVES_REACHED = (Objectives.FULLY, Objectives.MOSTLY)

    registration = models.OneToOneField(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="satisfaction",
    )
    sent_at = models.DateTimeField(_("sent on"))
    answered_at = models.DateTimeField(_("answered on"), null=True, blank=True)
    overall = models.PositiveSmallIntegerField(
        _("overall satisfaction"),
        choices=Rating,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    objectives = models.CharField(
        _("objectives reached"), max_length=20, choices=Objectives, blank=True
    )
    useful = models.PositiveSmallIntegerField(
        _("useful for my practice"),
        choices=Rating,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    would_recommend = models.BooleanField(_("would recommend"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("satisfaction questionnaire")
        verbose_name_plural = _("satisfaction questionnaires")
        indexes = [models.Index(fields=["answered_at"], name="satisfaction_answered")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(overall__isnull=True)
                | models.Q(overall__gte=1, overall__lte=5),
                name="satisfaction_overall_1_to_5",
            ),
        ]

    def __str__(self):
        return f"{self.registration_id} — {self.sent_at:%d/%m/%Y}"

    @property
    def is_answered(self) -> bool:
        return self.answered_at is not None
