"""Registrants' data retention: `purge_registrations` anonymises the registrants of sessions
ended more than RHINOCC_REGISTRATION_RETENTION_MONTHS months ago, keeps what the counts
need, and kills their links."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from catalogue import retention, satisfaction
from catalogue.models import Attendance, Registration, SatisfactionSurvey
from tests.factories.accounts import UserFactory
from tests.factories.catalogue import (
    AttendanceFactory,
    RegistrationFactory,
    TrainingModulePageFactory,
    session,
)

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2026, 12, 2), 12, datetime.date(2025, 12, 2)),
        (datetime.date(2026, 3, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2028, 3, 31), 1, datetime.date(2028, 2, 29)),
        (datetime.date(2026, 1, 15), 1, datetime.date(2025, 12, 15)),
        (datetime.date(2026, 5, 31), 18, datetime.date(2024, 11, 30)),
        (datetime.date(2026, 5, 10), 0, datetime.date(2026, 5, 10)),
    ],
)
def test_months_before_counts_calendar_months(day, months, expected):
    assert retention.months_before(day, months) == expected


@pytest.fixture
def sessions():
    """A session ended 13 months ago, one ended 11 months ago."""
    today = timezone.localdate()
    old_start = retention.months_before(today, 13)
    recent_start = retention.months_before(today, 11)
    module = TrainingModulePageFactory(
        sessions=[
            session(-(today - old_start).days, length_days=2),
            session(-(today - recent_start).days),
        ]
    )
    return list(module.sessions.order_by("start_date"))


def full_registration(training_session, **fields):
    return RegistrationFactory(
        session=training_session,
        user=UserFactory(),
        phone="06 12 34 56 78",
        accessibility_needs="Fauteuil roulant",
        **fields,
    )


def test_the_old_session_s_registrants_are_anonymised_and_the_counts_remain(sessions):
    old, recent = sessions
    came = full_registration(old)
    AttendanceFactory(registration=came)
    cancelled = full_registration(old, status=Status.CANCELLED)
    waiting = full_registration(old, status=Status.WAITING)
    SatisfactionSurvey.objects.create(
        registration=came,
        sent_at=timezone.now(),
        answered_at=timezone.now(),
        overall=5,
        would_recommend=True,
        comment="Merci à Léa Martin !",
    )
    kept = full_registration(recent)

    assert retention.anonymise_due() == 3

    for registration in (came, cancelled, waiting):
        registration.refresh_from_db()
        assert registration.anonymised_at is not None
        assert [
            registration.first_name,
            registration.last_name,
            registration.email,
            registration.structure,
            registration.phone,
            registration.accessibility_needs,
        ] == [""] * 6
        assert registration.user_id is None
    # What the statistics need stays.
    assert (came.status, came.funding, came.session_id) == (
        Status.CONFIRMED,
        Registration.Funding.STRUCTURE,
        old.pk,
    )
    assert Attendance.objects.filter(registration=came, present=True).exists()
    answer = SatisfactionSurvey.objects.get()
    assert (answer.overall, answer.would_recommend, answer.comment) == (5, True, "")
    # The recent session keeps everything.
    kept.refresh_from_db()
    assert kept.anonymised_at is None and kept.phone == "06 12 34 56 78"


def test_anonymising_twice_changes_nothing_more(sessions):
    old, _recent = sessions
    registration = full_registration(old)
    assert retention.anonymise_due() == 1
    registration.refresh_from_db()
    first = registration.anonymised_at
    assert retention.anonymise_due() == 0
    registration.refresh_from_db()
    assert registration.anonymised_at == first


def test_the_registration_s_links_die_with_it(client, sessions):
    old, _recent = sessions
    registration = full_registration(old)
    cancel_token = registration.make_token(Registration.CANCEL)
    survey = SatisfactionSurvey.objects.create(registration=registration, sent_at=timezone.now())
    survey_link = reverse("catalogue_satisfaction:answer", args=[satisfaction.make_token(survey)])
    retention.anonymise_due()
    assert Registration.from_token(cancel_token, Registration.CANCEL) is None
    assert client.get(survey_link).status_code == 410


@override_settings(RHINOCC_REGISTRATION_RETENTION_MONTHS=24)
def test_the_retention_is_a_setting(sessions):
    old, _recent = sessions
    full_registration(old)
    assert retention.anonymise_due() == 0


def test_the_command_says_what_it_did_in_french(sessions):
    old, _recent = sessions
    full_registration(old)
    full_registration(old)
    dry = StringIO()
    call_command("purge_registrations", "--dry-run", stdout=dry)
    assert "2 inscriptions à anonymiser" in dry.getvalue()
    assert "rien n’a été modifié" in dry.getvalue()
    assert not Registration.objects.filter(anonymised_at__isnull=False).exists()

    out = StringIO()
    call_command("purge_registrations", stdout=out)
    assert "2 inscriptions anonymisées" in out.getvalue()
    assert "12 mois" in out.getvalue()
    assert Registration.objects.filter(anonymised_at__isnull=False).count() == 2


def test_a_quiet_run_with_nothing_to_do_prints_nothing(sessions):
    out = StringIO()
    call_command("purge_registrations", stdout=out)
    assert out.getvalue() == ""


def test_the_same_person_may_register_again_after_anonymisation(sessions):
    old, _recent = sessions
    full_registration(old, email="camille@example.org")
    retention.anonymise_due()
    # Another old row with the same (now erased) address: the uniqueness does not bite.
    full_registration(old, email="camille@example.org")
    assert retention.anonymise_due() == 1


def test_the_anonymisation_costs_three_queries_whatever_the_number(
    sessions, django_assert_max_num_queries
):
    old, _recent = sessions
    for _ in range(15):
        registration = full_registration(old)
        SatisfactionSurvey.objects.create(
            registration=registration, sent_at=timezone.now(), comment="Bien"
        )
    with django_assert_max_num_queries(5):
        assert retention.anonymise_due() == 15
