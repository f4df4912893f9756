"""Registrants' personal data are kept `RHINOCC_REGISTRATION_RETENTION_MONTHS` months after
their session's last day, then anonymised (`manage.py purge_registrations`).

Anonymised rather than deleted: the rows carry what the hub must keep counting after the
names are gone — how many registered, came, completed and were satisfied, per session
and module (Qualiopi indicators, the hub's activity report). Deleting them would change the
published figures. What could identify a person is erased: first and last name, e-mail,
phone, structure, accessibility needs, the link to their account, and the free comment of
their satisfaction questionnaire (people write names in it). What remains: the session,
status and funding, the dates of registration, attendance per half-day and the
questionnaire's ratings. Every signed link of the registration dies with its address.

Cancelled registrations and waiting lists are treated the same way, by their session's end.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Registration, SatisfactionSurvey


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` calendar months earlier (the month's last day when shorter:
    31 March minus one month is 28 or 29 February)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    next_month = datetime.date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_month - datetime.timedelta(days=1)).day
    return datetime.date(year, month, min(day.day, last_day))


def retention_cutoff(today: datetime.date | None = None) -> datetime.date:
    """Sessions that ended before this day have had their registrants' data long enough."""
    today = today or timezone.localdate()
    return months_before(today, settings.RHINOCC_REGISTRATION_RETENTION_MONTHS)


def due_registrations(today: datetime.date | None = None):
    return Registration.objects.filter(
        anonymised_at__isnull=True, session__end_date__lt=retention_cutoff(today)
    )


ERASED = {
    "first_name": "",
    "last_name": "",
    "email": "",
    "structure": "",
    "phone": "",
    "accessibility_needs": "",
    "user": None,
}


def anonymise_due(today: datetime.date | None = None) -> int:
    """Anonymises every registration past its retention; the number anonymised. Three
    queries whatever the number (the comments, the registrations, in one transaction)."""
    due = due_registrations(today)
    with transaction.atomic():
        ids = list(due.select_for_update().values_list("pk", flat=True))
        if not ids:
            return 0
        SatisfactionSurvey.objects.filter(registration__in=ids).exclude(comment="").update(
            comment=""
        )
        return Registration.objects.filter(pk__in=ids).update(
            anonymised_at=timezone.now(), **ERASED
        )
