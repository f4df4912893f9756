"""The rules of registration: seats, the waiting list, offers of freed seats, cancellation.

Every change to a session's registrations runs in a transaction that first locks the
session's row (`select_for_update`): two people sending the form for the last seat at
the same time are served one after the other, and the second one goes to the waiting
list. (SQLite has no row locks but serialises its writers, which gives the same order.)
Mails leave once the transaction has committed.
"""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.typography import french_date

from ..models import Registration, TrainingSession
from . import mail

Status = Registration.Status
logger = logging.getLogger(__name__)


class RegistrationRefused(Exception):
    """A registration, cancellation or acceptance that the rules refuse; `message` is the
    French sentence shown to the person."""

    def __init__(self, message, code: str):
        super().__init__(str(message))
        self.message = message
        self.code = code


CLOSED = _(
    "Online registration to this session closed on %(deadline)s. Contact us: a seat may "
    "still be found."
)
CANCELLED_SESSION = _("This session has been cancelled: it takes no more registrations.")
CLOSED_SESSION = _("This session is over: it takes no more registrations.")
ALREADY_REGISTERED = _(
    "This e-mail address is already registered to this session. The mail we sent you "
    "has the link to your registration."
)

OFFER_EXPIRED = _(
    "This offer expired: the seat went to the next person waiting. You may register again "
    "from the module's page."
)
OFFER_GONE = _("This offer is no longer valid: the seat went to the next person waiting.")


@dataclass(frozen=True)
class Outcome:
    registration: Registration
    # Position on the waiting list (1 for the first one), None when a seat is held.
    waiting_position: int | None


def after_commit(callback) -> None:
    """Mails leave once the change is committed; a mail server down is logged, and does
    not turn a committed registration into an error page."""
    transaction.on_commit(callback, robust=True)


def now() -> datetime.datetime:
    return timezone.now()


def locked_session(session_id: int) -> TrainingSession:
    """The session, its row locked until the end of the current transaction."""
    return TrainingSession.objects.select_for_update().select_related("module").get(pk=session_id)


def taken_seats(session: TrainingSession) -> int:
    return session.registrations.filter(status__in=Registration.HOLDING_A_SEAT).count()


def waiting_position(registration: Registration) -> int | None:
    """1 for the first person waiting, in arrival order; None for someone not waiting."""
    if registration.status != Status.WAITING:
        return None
    ahead = (
        registration.session.registrations.filter(status=Status.WAITING)
        .filter(
            # Arrival order: the time sent, then the row's number for the same instant.
            created_at__lt=registration.created_at
        )
        .count()
        + registration.session.registrations.filter(
            status=Status.WAITING, created_at=registration.created_at, pk__lt=registration.pk
        ).count()
    )
    return ahead + 1


def refuse_if_closed(session: TrainingSession, today: datetime.date | None = None) -> None:
    today = today or timezone.localdate()
    if session.is_cancelled:
        raise RegistrationRefused(CANCELLED_SESSION, "cancelled")
    if session.closed_at is not None or session.start_date < today:
        raise RegistrationRefused(CLOSED_SESSION, "over")
    if not session.registration_open(today):
        raise RegistrationRefused(
            CLOSED % {"deadline": french_date(session.registration_deadline())}, "closed"
        )


def register(session_id: int, values: dict, user=None) -> Outcome:
    """Registers a person (`values`: the form's fields) to the session: a seat if one is
    free and nobody waits before them, else the waiting list."""
    with transaction.atomic():
        session = locked_session(session_id)
        refuse_if_closed(session)
        if (
            session.registrations.exclude(status=Status.CANCELLED)
            .filter(email__iexact=values["email"], anonymised_at__isnull=True)
            .exists()
        ):
            raise RegistrationRefused(ALREADY_REGISTERED, "duplicate")
        someone_waits = session.registrations.filter(status=Status.WAITING).exists()
        has_seat = not someone_waits and (
            session.seats is None or taken_seats(session) < session.seats
        )
        moment = now()
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    session=session,
                    user=user if user is not None and user.is_authenticated else None,
                    status=Status.CONFIRMED if has_seat else Status.WAITING,
                    confirmed_at=moment if has_seat else None,
                    created_at=moment,
                    **values,
                )
        except IntegrityError as error:  # the unique constraint, as a last guard
            raise RegistrationRefused(ALREADY_REGISTERED, "duplicate") from error
        registration.session = session
        position = None if has_seat else waiting_position(registration)
        if has_seat:
            after_commit(lambda: mail.send_confirmation(registration))
        else:
            after_commit(lambda: mail.send_waiting(registration, position))
    return Outcome(registration, position)


def offer_free_seats(session: TrainingSession) -> list[Registration]:
    """Offers the session's free seats to the first people waiting, in arrival order, each
    for RHINOCC_REGISTRATION_OFFER_HOURS (at most until the session starts). The caller
    holds the session's lock."""
    if session.is_cancelled or session.closed_at is not None:
        return []
    moment = now()
    starts = timezone.make_aware(datetime.datetime.combine(session.start_date, datetime.time()))
    expires = min(
        moment + datetime.timedelta(hours=settings.RHINOCC_REGISTRATION_OFFER_HOURS), starts
    )
    if expires <= moment:
        return []
    free = None if session.seats is None else session.seats - taken_seats(session)
    waiting = session.registrations.filter(status=Status.WAITING).order_by("created_at", "pk")
    offered = list(waiting if free is None else waiting[: max(free, 0)])
    for registration in offered:
        registration.status = Status.OFFERED
        registration.offer_expires_at = expires
        registration.save(update_fields=["status", "offer_expires_at"])
        registration.session = session
        after_commit(lambda registration=registration: mail.send_offer(registration))
    return offered


def locked_registration(registration_id: int) -> Registration:
    """The registration, after its session's lock (always in that order: no deadlock)."""
    session_id = Registration.objects.values_list("session_id", flat=True).get(pk=registration_id)
    session = locked_session(session_id)
    registration = Registration.objects.select_for_update().get(pk=registration_id)
    registration.session = session
    return registration


def cancel(registration_id: int) -> Registration:
    """Cancels a registration (by its person's link): a seat it held goes to the first
    person waiting."""
    with transaction.atomic():
        registration = locked_registration(registration_id)
        if registration.status == Status.CANCELLED:
            raise RegistrationRefused(
                _("This registration was already cancelled. Nothing more to do."), "reused"
            )
        if registration.session.start_date < timezone.localdate():
            raise RegistrationRefused(
                _("This session has already started: write to the trainer to cancel."), "over"
            )
        held_a_seat = registration.holds_a_seat
        registration.status = Status.CANCELLED
        registration.cancelled_at = now()
        registration.offer_expires_at = None
        registration.save(update_fields=["status", "cancelled_at", "offer_expires_at"])
        after_commit(lambda: mail.send_cancelled(registration))
        if held_a_seat:
            offer_free_seats(registration.session)
    return registration


def accept_offer(registration_id: int) -> Registration:
    """The person waiting takes the seat offered to them, if the offer still runs."""
    with transaction.atomic():
        registration = locked_registration(registration_id)
        if registration.status == Status.CONFIRMED:
            raise RegistrationRefused(
                _("You have already accepted this seat: your registration is confirmed."),
                "reused",
            )
        if registration.status != Status.OFFERED:
            raise RegistrationRefused(OFFER_GONE, "expired")
        too_late = registration.offer_expires_at is None or registration.offer_expires_at <= now()
        if too_late:
            # Passed on at once (not at the next scheduled run), and kept so.
            expire(registration)
        else:
            registration.status = Status.CONFIRMED
            registration.confirmed_at = now()
            registration.offer_expires_at = None
            registration.save(update_fields=["status", "confirmed_at", "offer_expires_at"])
            after_commit(lambda: mail.send_confirmation(registration))
    if too_late:
        raise RegistrationRefused(OFFER_EXPIRED, "expired")
    return registration


def expire(registration: Registration) -> None:
    """An offer not taken in time: the person leaves the list, the seat goes on."""
    registration.status = Status.CANCELLED
    registration.cancelled_at = now()
    registration.save(update_fields=["status", "cancelled_at"])
    after_commit(lambda: mail.send_offer_expired(registration))
    offer_free_seats(registration.session)


def expire_offers() -> int:
    """Every offer past its time passes to the next person waiting; returns how many."""
    expired = 0
    overdue = Registration.objects.filter(status=Status.OFFERED, offer_expires_at__lte=now())
    for registration_id in overdue.values_list("pk", flat=True):
        with transaction.atomic():
            registration = locked_registration(registration_id)
            # Accepted meanwhile, or already passed on by another run.
            if registration.status == Status.OFFERED and registration.offer_expires_at <= now():
                expire(registration)
                expired += 1
    return expired


def offer_waiting_seats() -> int:
    """Seats that are free while people wait (a trainer added seats): offered."""
    offered = 0
    sessions = (
        TrainingSession.objects.upcoming()
        .filter(is_cancelled=False, closed_at__isnull=True, registrations__status=Status.WAITING)
        .with_seats_left()
        .filter(seats_left__gt=0)
        .values_list("pk", flat=True)
        .distinct()
    )
    for session_id in sessions:
        with transaction.atomic():
            offered += len(offer_free_seats(locked_session(session_id)))
    return offered


def send_reminders(today: datetime.date | None = None) -> tuple[int, int]:
    """The reminder, once, to every confirmed registrant of a session that starts within
    RHINOCC_REGISTRATION_REMINDER_DAYS; returns how many were sent, how many failed."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=settings.RHINOCC_REGISTRATION_REMINDER_DAYS)
    due = Registration.objects.filter(
        status=Status.CONFIRMED,
        reminder_sent_at__isnull=True,
        anonymised_at__isnull=True,
        session__is_cancelled=False,
        session__start_date__gte=today,
        session__start_date__lte=horizon,
    ).select_related("session__module")
    sent = failed = 0
    for registration in due:
        # Claimed before sending: two runs at once never send it twice.
        claimed = Registration.objects.filter(pk=registration.pk, reminder_sent_at__isnull=True)
        if not claimed.update(reminder_sent_at=now()):
            continue
        try:
            mail.send_reminder(registration)
        except Exception:  # the next run tries again
            logger.exception("Reminder to registration %s not sent", registration.pk)
            Registration.objects.filter(pk=registration.pk).update(reminder_sent_at=None)
            failed += 1
        else:
            sent += 1
    return sent, failed


def cancel_for_cancelled_sessions(module) -> int:
    """When a module is published with sessions ticked « cancelled », their registrants
    are told and their registrations cancelled (once)."""
    told = 0
    for session in module.sessions.filter(is_cancelled=True).values_list("pk", flat=True):
        with transaction.atomic():
            session = locked_session(session)
            live = list(session.registrations.exclude(status=Status.CANCELLED))
            for registration in live:
                registration.status = Status.CANCELLED
                registration.cancelled_at = now()
                registration.offer_expires_at = None
                registration.save(update_fields=["status", "cancelled_at", "offer_expires_at"])
                registration.session = session
                after_commit(
                    lambda registration=registration: mail.send_session_cancelled(registration)
                )
            told += len(live)
    return told


def on_module_published(sender, instance, **kwargs):
    """`page_published` of a module: registrants of its cancelled sessions are told."""
    cancel_for_cancelled_sessions(instance)
