"""The hub editors' daily digest of new reports: one mail per editor listing the reports
received since the last digest and not processed yet; nothing when there are none.

The scheduled timer runs every few minutes (deploy/rhinocc-scheduled.service): the digest
goes at its first run from DIGEST_HOUR (Paris time) on a day no digest went yet, so that
editors get it at the same time each morning. A report is listed once (`digested_at`);
if the mail server fails, nothing is marked and the next run sends again.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.roles import HUB_EDITORS

from . import mail
from .admin import TARGET_RELATIONS
from .models import Report

DIGEST_HOUR = 8


def editors():
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=HUB_EDITORS)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def is_due(now: datetime.datetime) -> bool:
    """From DIGEST_HOUR on, once a day."""
    local = timezone.localtime(now)
    today_at = local.replace(hour=DIGEST_HOUR, minute=0, second=0, microsecond=0)
    if local < today_at:
        return False
    last = Report.objects.filter(digested_at__isnull=False).order_by("-digested_at").first()
    return last is None or last.digested_at < today_at


def send_report_digest(now: datetime.datetime | None = None, *, force: bool = False) -> int:
    """Sends the digest if it is due (or `force`); returns the number of mails sent."""
    now = now or timezone.now()
    if not force and not is_due(now):
        return 0
    received = list(
        Report.objects.filter(digested_at__isnull=True, created_at__lte=now)
        .select_related(*TARGET_RELATIONS)
        .order_by("created_at", "pk")
    )
    # Those an editor already processed since are left out: the digest says what to do.
    reports = [report for report in received if report.is_new]
    recipients = list(editors()) if reports else []
    for editor in recipients:
        mail.send_digest(editor, reports)
    Report.objects.filter(pk__in=[report.pk for report in received]).update(digested_at=now)
    return len(recipients)
