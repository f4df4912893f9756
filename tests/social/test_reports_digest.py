"""The hub editors' daily digest of new reports: one mail per editor, the reports received
since the last digest and still new, once a day from 8 o'clock, nothing when none."""

import datetime
import zoneinfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from social.models import Report
from social.reports.digest import send_report_digest
from tests.factories.accounts import SuperuserFactory, hub_editor, mediator
from tests.factories.kits import WorkshopContentPageFactory

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def at(days_ahead: int, hour: int, minute: int = 0) -> datetime.datetime:
    """Paris time on a day to come: the reports of the test are received before."""
    day = timezone.localdate() + datetime.timedelta(days=days_ahead)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=PARIS)


def report(title="Créer son adresse mail", **fields) -> Report:
    fields.setdefault("reason", Report.Reason.OUT_OF_DATE)
    fields.setdefault("comment", "Le lien est mort.")
    return Report.objects.create(page=WorkshopContentPageFactory(title=title), **fields)


@pytest.fixture
def editors():
    return [hub_editor(email="emilie@example.org"), hub_editor(email="paul@example.org")]


def test_each_editor_gets_one_mail_listing_the_new_reports(editors):
    hub_editor(email="")  # no address, no mail
    mediator(email="maya@example.org")
    SuperuserFactory(email="admin@example.org")
    report("Atelier smartphone")
    report("Fiche France Services", comment="<b>Doublon</b> de la fiche 12")
    assert send_report_digest(at(1, 8, 5)) == 2
    assert sorted(message.to[0] for message in mail.outbox) == [
        "emilie@example.org",
        "paul@example.org",
    ]
    message = mail.outbox[0]
    assert "2 nouveaux signalements" in message.subject
    assert "Atelier smartphone" in message.body and "Fiche France Services" in message.body
    assert "http://testserver/admin/signalements/edit/" in message.body
    html, kind = message.alternatives[0]
    assert kind == "text/html"
    assert "&lt;b&gt;Doublon&lt;/b&gt;" in html and "<b>Doublon</b>" not in html


def test_nothing_is_sent_when_there_is_no_new_report(editors):
    assert send_report_digest(at(1, 9)) == 0
    report(state=Report.State.PROCESSED, outcome=Report.Outcome.DISMISSED)
    assert send_report_digest(at(1, 9)) == 0
    assert not mail.outbox


def test_once_a_day_from_eight_and_each_report_once(editors):
    first = report("Premier")
    assert send_report_digest(at(1, 7, 55)) == 0
    assert send_report_digest(at(1, 8)) == 2
    mail.outbox.clear()
    report("Deuxième")
    # Every run of the timer that day sends nothing more.
    assert send_report_digest(at(1, 17)) == 0
    assert send_report_digest(at(2, 7, 30)) == 0
    assert send_report_digest(at(2, 8, 5)) == 2
    body = mail.outbox[0].body
    assert "Deuxième" in body and "Premier" not in body
    assert "un nouveau signalement" in mail.outbox[0].subject.lower()
    first.refresh_from_db()
    assert first.digested_at is not None


def test_the_command_sends_when_forced(editors):
    report()
    call_command("send_report_digest", "--force", verbosity=0)
    assert len(mail.outbox) == 2
    call_command("send_report_digest", "--force", verbosity=0)
    assert len(mail.outbox) == 2


def test_the_scheduled_service_runs_the_digest():
    from pathlib import Path

    service = Path(__file__).resolve().parents[2] / "deploy" / "rhinocc-scheduled.service"
    assert "manage.py send_report_digest" in service.read_text()
