"""The mails of a registration, in the hub's register (accounts.mail): greeted by the first
name typed in the form, plain text, every one with the link to the registration (to
cancel it, no account needed). The confirmation carries the session as an .ics invitation
(core.calendar), a cancellation the same event cancelled.

Links are built on WAGTAILADMIN_BASE_URL, the address the site is served at: the scheduled
command (offers passed on, reminders) has no request to build them from.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.mail import header_text
from core.calendar import CalendarEntry, calendar_bytes
from core.typography import french_date

from ..models import Registration


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def manage_link(registration: Registration) -> str:
    return absolute(
        reverse(
            "sessions:registration",
            args=[registration.make_token(Registration.CANCEL)],
        )
    )


def offer_link(registration: Registration) -> str:
    return absolute(
        reverse(
            "sessions:offer",
            args=[registration.make_token(Registration.ACCEPT_OFFER)],
        )
    )


def session_dates(session) -> str:
    if session.end_date and session.end_date != session.start_date:
        return _("from %(start)s until %(end)s") % {
            "start": french_date(session.start_date),
            "end": french_date(session.end_date),
        }
    return _("on %(date)s") % {"date": french_date(session.start_date)}


def session_place(session) -> str:
    if session.location:
        return session.location + (f" {_('(and remotely)')}" if session.is_online else "")
    return _("Remotely")


def organiser_email() -> str:
    return getattr(settings, "RHINOCC_TRAINING_PROVIDER", {}).get("email", "")


def calendar_entry(registration: Registration, *, cancelled: bool = False) -> CalendarEntry:
    session = registration.session
    module = session.module
    return CalendarEntry(
        uid=session.uid,
        summary=_("Training: %(title)s") % {"title": module.title},
        start=session.start_date,
        end=session.end_date,
        description=_("Your registration, and the link to cancel it: %(link)s")
        % {"link": manage_link(registration)},
        location=session.location or _("Remotely"),
        url=module.full_url or "",
        cancelled=cancelled,
        attendee_email=registration.email,
        organizer_email=organiser_email(),
    )


def invitation(registration: Registration, *, cancelled: bool = False) -> bytes:
    return calendar_bytes(
        [calendar_entry(registration, cancelled=cancelled)],
        method="CANCEL" if cancelled else "REQUEST",
    )


def send(
    registration: Registration, subject: str, template: str, *, ics: bytes | None = None, **context
) -> None:
    session = registration.session
    body = render_to_string(
        f"catalogue/emails/{template}",
        {
            "first_name": registration.first_name,
            "registration": registration,
            "module": session.module,
            "module_link": session.module.full_url or "",
            "dates": session_dates(session),
            "place": session_place(session),
            "manage_link": manage_link(registration),
            **context,
        },
    )
    message = EmailMessage(header_text(subject), body, None, [registration.email])
    if ics is not None:
        message.attach("session.ics", ics, "text/calendar")
    message.send()


def subject(text: str, registration: Registration) -> str:
    return text % {"title": registration.session.module.title}


def send_confirmation(registration: Registration) -> None:
    send(
        registration,
        subject(_("Registration confirmed: %(title)s"), registration),
        "registration_confirmed.txt",
        ics=invitation(registration),
    )


def send_waiting(registration: Registration, position: int | None) -> None:
    send(
        registration,
        subject(_("On the waiting list: %(title)s"), registration),
        "registration_waiting.txt",
        position=position,
    )


def send_offer(registration: Registration) -> None:
    send(
        registration,
        subject(_("A seat is free for you: %(title)s"), registration),
        "registration_offer.txt",
        offer_link=offer_link(registration),
        expires=registration.offer_expires_at,
    )


def send_offer_expired(registration: Registration) -> None:
    send(
        registration,
        subject(_("The seat offered has gone: %(title)s"), registration),
        "registration_offer_expired.txt",
    )


def send_cancelled(registration: Registration) -> None:
    send(
        registration,
        subject(_("Registration cancelled: %(title)s"), registration),
        "registration_cancelled.txt",
        ics=invitation(registration, cancelled=True),
    )


def send_session_cancelled(registration: Registration) -> None:
    send(
        registration,
        subject(_("Session cancelled: %(title)s"), registration),
        "registration_session_cancelled.txt",
        ics=invitation(registration, cancelled=True),
    )


def send_reminder(registration: Registration) -> None:
    send(
        registration,
        subject(_("Reminder, your training is coming: %(title)s"), registration),
        "registration_reminder.txt",
        ics=invitation(registration),
    )
