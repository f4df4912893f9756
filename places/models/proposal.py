"""A place proposed through the census form (/recensement/), waiting for a hub editor.

The proposed values are kept as one JSON object under the standard's field names, the
way a line of an import is: the form checked them as a `Place` before queuing them, the
editor may change them on the review screen, and accepting writes them onto a new or the
existing place. The proposer's name, e-mail and role are kept to answer them, never
published.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .place import DEPARTMENT_NAMES


class Proposal(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("to be reviewed")
        ACCEPTED = "accepted", _("accepted")
        REFUSED = "refused", _("refused")

    class Kind(models.TextChoices):
        NEW = "new", _("new place")
        UPDATE = "update", _("update")

    kind = models.CharField(_("kind"), max_length=6, choices=Kind.choices, default=Kind.NEW)
    state = models.CharField(
        _("state"), max_length=8, choices=State.choices, default=State.PENDING
    )
    # The place updated, or, once a new place is accepted, the one created. A place
    # deleted since leaves the proposal and its history.
    place = models.ForeignKey(
        "places.Place",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    data = models.JSONField(_("proposed values"), default=dict)
    # Copied out of `data` for the listing's filter and order.
    department_code = models.CharField(_("département"), max_length=3, blank=True)
    proposer_name = models.CharField(_("name"), max_length=150)
    proposer_email = models.EmailField(_("e-mail"))
    proposer_role = models.CharField(_("role in the structure"), max_length=150)
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True)
    treated_at = models.DateTimeField(_("treated on"), null=True, blank=True)
    treated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("treated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    refusal_message = models.TextField(_("message to the proposer"), blank=True)

    class Meta:
        verbose_name = _("place proposal")
        verbose_name_plural = _("place proposals")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["state", "-created_at"]),
            models.Index(fields=["department_code", "state"]),
        ]

    def __str__(self):
        return f"{self.name} ({self.data.get('commune', '')})"

    @property
    def name(self) -> str:
        return self.data.get("nom", "")

    @property
    def commune(self) -> str:
        return self.data.get("commune", "")

    @property
    def department_name(self) -> str:
        return DEPARTMENT_NAMES.get(self.department_code, self.department_code)

    @property
    def is_pending(self) -> bool:
        return self.state == self.State.PENDING
