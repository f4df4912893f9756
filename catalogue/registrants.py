"""Who sees a session's registrants, and what the trainer does with them.

Registrants' personal data (names, addresses, structures, needs) are seen by:

- the module's trainers: the accounts of the `Trainer` profiles ticked in the module's
  « Formateurs » field, as the module stands in the database (its last publication);
- the hub's editors (and superusers), for every session.

Nobody else: a trainer of another module, a contributor, a community administrator, a
mediator or an anonymous visitor gets Wagtail's refusal. Every view of the admin screens
(catalogue/admin_views.py) and every export asks `may_manage` first.

What the trainer does, each in one transaction on the locked session row so that the
public registration (which locks the same row before counting seats) never sees a half
move: confirm a person from the waiting list (when a seat is left), move a confirmed person
to the end of the waiting list or cancel them (the freed seat then goes to the first
waiting person, `catalogue.registration.services.offer_free_seats`), mark attendance per
half-day,
close the session (or reopen it).
"""

import logging
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from accounts.roles import HUB_EDITORS

from .models import Attendance, Registration, TrainingModulePage, TrainingSession
from .registration import mail, services

Status = Registration.Status
logger = logging.getLogger(__name__)


def is_hub_editor(user) -> bool:
    """A hub editor or a superuser: every session's registrants."""
    if not user.is_authenticated or not user.is_active:
        return False
    cache_name = "_catalogue_is_hub_editor"
    if not hasattr(user, cache_name):
        setattr(
            user,
            cache_name,
            user.is_superuser or user.groups.filter(name=HUB_EDITORS).exists(),
        )
    return getattr(user, cache_name)


def sessions_managed_by(user):
    """The sessions whose registrants `user` may see and manage."""
    sessions = TrainingSession.objects.all()
    if is_hub_editor(user):
        return sessions
    if not user.is_authenticated or not user.is_active:
        return sessions.none()
    # A subquery, not a join: a module with two profiles of the same account is listed once.
    return sessions.filter(
        module__in=TrainingModulePage.objects.filter(trainers__user=user).values("pk")
    )


def manages_any_session(user) -> bool:
    """Whether the « Inscriptions » screens are for `user` (the menu item, the dashboard)."""
    if is_hub_editor(user):
        return True
    if not user.is_authenticated or not user.is_active:
        return False
    cache_name = "_catalogue_trains_a_module"
    if not hasattr(user, cache_name):
        setattr(user, cache_name, TrainingModulePage.objects.filter(trainers__user=user).exists())
    return getattr(user, cache_name)


def may_manage_module(user, module_id: int) -> bool:
    """Whether `user` sees the registrants of every session of this module."""
    if is_hub_editor(user):
        return True
    if not user.is_authenticated or not user.is_active:
        return False
    return TrainingModulePage.objects.filter(pk=module_id, trainers__user=user).exists()


def may_manage(user, session: TrainingSession) -> bool:
    return may_manage_module(user, session.module_id)


class MoveRefused(Exception):
    """A move the session's state does not allow; its code names the French message the
    trainer reads (catalogue/admin_views.py)."""


def refuse_unless_movable(registration: Registration) -> None:
    if registration.anonymised_at is not None:
        raise MoveRefused("anonymised")
    if registration.session.is_cancelled:
        raise MoveRefused("session_cancelled")


def confirm(session: TrainingSession, registration_id: int) -> Registration:
    """Moves a waiting person into the list if a seat is free, or confirms a person
    offered a seat (theirs already); they receive the confirmation and its invitation."""
    with transaction.atomic():
        registration = services.locked_registration(registration_id)
        if registration.session_id != session.pk:
            raise Registration.DoesNotExist
        refuse_unless_movable(registration)
        if registration.status == Status.CONFIRMED:
            raise MoveRefused("already_confirmed")
        if registration.status == Status.CANCELLED:
            raise MoveRefused("cancelled")
        locked = registration.session
        if (
            registration.status == Status.WAITING
            and locked.seats is not None
            and services.taken_seats(locked) >= locked.seats
        ):
            raise MoveRefused("full")
        registration.status = Status.CONFIRMED
        registration.confirmed_at = timezone.now()
        registration.offer_expires_at = None
        registration.save(update_fields=["status", "confirmed_at", "offer_expires_at"])
        transaction.on_commit(lambda: mail.send_confirmation(registration))
    return registration


def move_to_waiting_list(
    session: TrainingSession, registration_id: int
) -> tuple[Registration, list[Registration]]:
    """Moves a confirmed (or offered) person to the end of the waiting list: the seat they
    free is offered to the first person waiting (the public flow's hand-over, its mail
    included), never back to them since they are now last. Refused when nobody else
    waits: the seat would come straight back to them (cancel the registration instead).
    Returns the person moved and the people offered a seat."""
    with transaction.atomic():
        registration = services.locked_registration(registration_id)
        if registration.session_id != session.pk:
            raise Registration.DoesNotExist
        refuse_unless_movable(registration)
        if registration.status not in Registration.HOLDING_A_SEAT:
            raise MoveRefused("not_in_list")
        locked = registration.session
        if not locked.registrations.filter(status=Status.WAITING).exists():
            raise MoveRefused("nobody_waits")
        registration.status = Status.WAITING
        registration.confirmed_at = None
        registration.offer_expires_at = None
        # The waiting list is in arrival order (`created_at`): they arrive now.
        registration.created_at = timezone.now()
        registration.save(
            update_fields=["status", "confirmed_at", "offer_expires_at", "created_at"]
        )
        offered = services.offer_free_seats(locked)
        position = services.waiting_position(registration)
        transaction.on_commit(lambda: mail.send_waiting(registration, position))
    return registration, offered


def cancel(session: TrainingSession, registration_id: int) -> tuple[Registration, list]:
    """Cancels a registration for its person (who told the trainer), before or during the
    session; they receive the cancellation, and a seat they held is offered to the first
    person waiting. Returns the registration and the people offered a seat."""
    with transaction.atomic():
        registration = services.locked_registration(registration_id)
        if registration.session_id != session.pk:
            raise Registration.DoesNotExist
        if registration.anonymised_at is not None:
            raise MoveRefused("anonymised")
        if registration.status == Status.CANCELLED:
            raise MoveRefused("cancelled")
        held_a_seat = registration.holds_a_seat
        registration.status = Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.offer_expires_at = None
        registration.save(update_fields=["status", "cancelled_at", "offer_expires_at"])
        transaction.on_commit(lambda: mail.send_cancelled(registration))
        offered = services.offer_free_seats(registration.session) if held_a_seat else []
    return registration, offered


def record_attendance(
    session: TrainingSession,
    registration_ids: Iterable[int],
    present: set[tuple[int, str, str]],
) -> int:
    """Writes the attendance of `registration_ids` (the rows of the grid that was shown)
    on every half-day of the session: present where `(registration id, ISO date, half)` is
    in `present`, absent elsewhere. Returns the number of half-days marked present.

    One query to read what exists, one to create the missing rows, one per changed value
    (two at most: the rows set present, the rows set absent).
    """
    half_days = [(day.isoformat(), half) for day, half in session.half_days()]
    registration_ids = set(
        Registration.objects.filter(
            pk__in=list(registration_ids), session=session, status=Status.CONFIRMED
        ).values_list("pk", flat=True)
    )
    with transaction.atomic():
        existing = {
            (row.registration_id, row.date.isoformat(), row.half): row
            for row in Attendance.objects.select_for_update().filter(
                registration__in=registration_ids
            )
        }
        to_create, set_present, set_absent = [], [], []
        for registration_id in registration_ids:
            for day, half in half_days:
                key = (registration_id, day, half)
                wanted = key in present
                row = existing.get(key)
                if row is None:
                    to_create.append(
                        Attendance(
                            registration_id=registration_id, date=day, half=half, present=wanted
                        )
                    )
                elif row.present != wanted:
                    (set_present if wanted else set_absent).append(row.pk)
        Attendance.objects.bulk_create(to_create)
        if set_present:
            Attendance.objects.filter(pk__in=set_present).update(present=True)
        if set_absent:
            Attendance.objects.filter(pk__in=set_absent).update(present=False)
    return sum(1 for key in present if key[0] in registration_ids)


def close(session: TrainingSession) -> bool:
    """Closes the session (attendance is final); False if it was closed already."""
    # An update, not save(): the session's `save()` keeps the row's `closed_at`.
    return bool(
        TrainingSession.objects.filter(pk=session.pk, closed_at__isnull=True).update(
            closed_at=timezone.now()
        )
    )


def reopen(session: TrainingSession) -> bool:
    return bool(
        TrainingSession.objects.filter(pk=session.pk, closed_at__isnull=False).update(
            closed_at=None
        )
    )


def log_export(user, session: TrainingSession, fmt: str) -> None:
    """Who exported whose personal data, and when (the application's log)."""
    logger.info("Registrants of session %s exported as %s by user %s", session.pk, fmt, user.pk)
