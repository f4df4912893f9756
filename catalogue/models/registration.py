"""Registration to training sessions: registrants, the waiting list, attendance.

Personal data: a registration is seen by the module's trainers and the hub's editors only;
the public sees counts (seats left), never names. It is anonymised some months after the
session (`RHINOCC_REGISTRATION_RETENTION_MONTHS`).
"""

import hashlib

from django.core import signing
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class HalfDay(models.TextChoices):
    MORNING = "morning", _("morning")
    AFTERNOON = "afternoon", _("afternoon")


class Registration(models.Model):
    """One person's registration to a session, from the public form (with or without an
    account) or added by the trainer. `created_at` orders the waiting list."""

    class Funding(models.TextChoices):
        OPCO = "opco", _("OPCO funding")
        STRUCTURE = "structure", _("funded by the structure")
        PERSONAL = "personal", _("personal funding")

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        WAITING = "waiting", _("on the waiting list")
        # A waiting person offered a freed seat, held for them until `offer_expires_at`.
        OFFERED = "offered", _("seat offered")
        CANCELLED = "cancelled", _("cancelled")

    # The registrations that take a seat of the session.
    HOLDING_A_SEAT = (Status.CONFIRMED, Status.OFFERED)

    # Signed links (no account needed), one salt per purpose: a cancellation link cannot
    # accept an offer, nor the reverse.
    CANCEL = "cancel"
    ACCEPT_OFFER = "accept-offer"
    LINK_PURPOSES = (CANCEL, ACCEPT_OFFER)

    session = models.ForeignKey(
        "catalogue.TrainingSession",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        "auth.User",
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="training_registrations",
    )
    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    structure = models.CharField(_("structure"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    funding = models.CharField(_("funding"), max_length=20, choices=Funding)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.CONFIRMED)
    created_at = models.DateTimeField(_("registered on"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed on"), null=True, blank=True)
    offer_expires_at = models.DateTimeField(_("offer expires on"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled on"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent on"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised on"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        indexes = [
            # The seats taken, the waiting list in arrival order.
            models.Index(
                fields=["session", "status", "created_at"], name="registration_session_list"
            ),
            # The scheduled tasks: offers that expire.
            models.Index(fields=["status", "offer_expires_at"], name="registration_offers"),
        ]
        constraints = [
            # One live registration per person and session (the e-mail, in any case).
            models.UniqueConstraint(
                Lower("email"),
                "session",
                condition=~Q(status="cancelled") & Q(anonymised_at__isnull=True),
                name="registration_once_per_session",
                violation_error_message=_("This e-mail address is already registered."),
            ),
        ]

    def __str__(self):
        return f"{self.full_name} — {self.session_id}"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def holds_a_seat(self) -> bool:
        return self.status in self.HOLDING_A_SEAT

    # Signed links -------------------------------------------------------------------

    @staticmethod
    def link_salt(purpose: str) -> str:
        if purpose not in Registration.LINK_PURPOSES:
            raise ValueError(f"Unknown registration link purpose: {purpose}")
        return f"catalogue.registration.{purpose}"

    def link_stamp(self, purpose: str) -> str:
        """What the link is tied to besides the registration: an offer's link is valid for
        that offer only (a later offer has a later expiry), and every link dies with the
        address it was sent to (anonymisation)."""
        if purpose == self.ACCEPT_OFFER:
            return self.offer_expires_at.isoformat() if self.offer_expires_at else ""
        # A digest, not the address: a signed value is readable, and links land in logs.
        return hashlib.sha256(self.email.lower().encode()).hexdigest()[:20]

    def make_token(self, purpose: str) -> str:
        """The signed token of this registration's `purpose` link (CANCEL, ACCEPT_OFFER)."""
        return signing.dumps([self.pk, self.link_stamp(purpose)], salt=self.link_salt(purpose))

    @classmethod
    def from_token(cls, token: str, purpose: str, queryset=None) -> "Registration | None":
        """The registration a `purpose` link names; None when the token is forged, of
        another purpose, or no longer matches its registration (a later offer, the
        address anonymised)."""
        try:
            pk, stamp = signing.loads(token, salt=cls.link_salt(purpose))
        except (signing.BadSignature, TypeError, ValueError):
            return None
        queryset = cls.objects.all() if queryset is None else queryset
        registration = queryset.filter(pk=pk).first() if isinstance(pk, int) else None
        if registration is None or registration.link_stamp(purpose) != stamp:
            return None
        return registration


Funding = Registration.Funding
Status = Registration.Status


class Attendance(models.Model):
    """Whether a registrant was there, per half-day of the session (the signing sheet)."""

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    date = models.DateField(_("date"))
    half = models.CharField(_("half-day"), max_length=10, choices=HalfDay)
    present = models.BooleanField(_("present"), default=False)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        # "morning" sorts after "afternoon": descending puts the morning first.
        ordering = ["registration", "date", "-half"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "date", "half"], name="attendance_once_per_half_day"
            )
        ]

    def __str__(self):
        return f"{self.registration} — {self.date:%d/%m/%Y} {self.get_half_display()}"
