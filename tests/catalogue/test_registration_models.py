"""The registration data model: seats left in one query, the closing delay, half-days,
signed links, and sessions that survive the module's publications."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from catalogue.models import Registration, TrainingSession
from tests.factories.catalogue import RegistrationFactory, TrainingModulePageFactory, session

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture
def module():
    return TrainingModulePageFactory(
        registration_delay_days=10,
        sessions=[session(30, seats=3), session(60, seats=None, location="Albi")],
    )


def test_seats_left_count_confirmed_and_offered_in_one_query(module, django_assert_num_queries):
    full, open_ended = module.sessions.order_by("start_date")
    RegistrationFactory(session=full)
    RegistrationFactory(session=full, status=Status.OFFERED)
    RegistrationFactory(session=full, status=Status.WAITING)
    RegistrationFactory(session=full, status=Status.CANCELLED)
    RegistrationFactory(session=open_ended)
    with django_assert_num_queries(1):
        sessions = {
            s.pk: s for s in TrainingSession.objects.with_seats_left().filter(module=module)
        }
    assert (sessions[full.pk].taken_seats, sessions[full.pk].seats_left) == (2, 1)
    assert (sessions[open_ended.pk].taken_seats, sessions[open_ended.pk].seats_left) == (1, None)


def test_seats_left_never_go_below_zero(module):
    full = module.sessions.order_by("start_date").first()
    for _ in range(4):
        RegistrationFactory(session=full)
    annotated = TrainingSession.objects.with_seats_left().get(pk=full.pk)
    assert (annotated.taken_seats, annotated.seats_left) == (4, 0)


def test_seats_left_compose_with_the_related_manager(module):
    first = module.sessions.order_by("start_date").first()
    RegistrationFactory(session=first)
    assert [s.seats_left for s in module.sessions.with_seats_left().order_by("start_date")] == [
        2,
        None,
    ]


def test_registration_closes_at_the_module_delay(module):
    first = module.sessions.order_by("start_date").first()
    deadline = first.start_date - datetime.timedelta(days=10)
    assert first.registration_deadline() == deadline
    assert first.registration_open(today=deadline)
    assert not first.registration_open(today=deadline + datetime.timedelta(days=1))


def test_a_cancelled_or_closed_session_takes_no_registration(module):
    first = module.sessions.order_by("start_date").first()
    today = timezone.localdate()
    assert first.registration_open(today)
    first.is_cancelled = True
    assert not first.registration_open(today)
    first.is_cancelled = False
    first.closed_at = timezone.now()
    assert not first.registration_open(today)


def test_half_days_cover_every_day_morning_then_afternoon():
    start = datetime.date(2027, 3, 1)
    two_days = TrainingSession(start_date=start, end_date=start + datetime.timedelta(days=1))
    assert two_days.half_days() == [
        (start, "morning"),
        (start, "afternoon"),
        (start + datetime.timedelta(days=1), "morning"),
        (start + datetime.timedelta(days=1), "afternoon"),
    ]


def test_the_calendar_uid_is_stable(module):
    first = module.sessions.order_by("start_date").first()
    assert first.uid == f"training-session-{first.pk}@rhinocc.fr"
    assert TrainingSession.objects.get(pk=first.pk).uid == first.uid


def test_links_are_signed_per_purpose(module):
    registration = RegistrationFactory(session=module.sessions.first())
    cancel = registration.make_token(Registration.CANCEL)
    assert Registration.from_token(cancel, Registration.CANCEL) == registration
    # A cancellation link accepts no offer, and a tampered one names nobody.
    assert Registration.from_token(cancel, Registration.ACCEPT_OFFER) is None
    assert Registration.from_token(cancel[:-2] + "xx", Registration.CANCEL) is None
    assert Registration.from_token("garbage", Registration.CANCEL) is None


def test_an_offer_link_is_valid_for_its_offer_only(module):
    registration = RegistrationFactory(
        session=module.sessions.first(),
        status=Status.OFFERED,
        offer_expires_at=timezone.now() + datetime.timedelta(hours=48),
    )
    first_offer = registration.make_token(Registration.ACCEPT_OFFER)
    assert Registration.from_token(first_offer, Registration.ACCEPT_OFFER) == registration
    registration.offer_expires_at += datetime.timedelta(days=3)
    registration.save()
    assert Registration.from_token(first_offer, Registration.ACCEPT_OFFER) is None


def test_links_die_with_the_anonymised_address(module):
    registration = RegistrationFactory(session=module.sessions.first())
    cancel = registration.make_token(Registration.CANCEL)
    registration.email = "anonyme@invalid"
    registration.anonymised_at = timezone.now()
    registration.save()
    assert Registration.from_token(cancel, Registration.CANCEL) is None


def test_one_live_registration_per_address_and_session(module):
    first = module.sessions.first()
    RegistrationFactory(session=first, email="lea@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(session=first, email="LEA@example.org")
    # Once cancelled, the person may register again.
    Registration.objects.filter(session=first).update(status=Status.CANCELLED)
    RegistrationFactory(session=first, email="lea@example.org")


def test_publishing_the_module_keeps_sessions_and_their_registrants(module):
    first = module.sessions.order_by("start_date").first()
    registration = RegistrationFactory(session=first)
    page = module.get_latest_revision_as_object()
    page.title = "Nouveau titre"
    page.save_revision().publish()
    assert TrainingSession.objects.filter(pk=first.pk).exists()
    assert Registration.objects.filter(pk=registration.pk, session=first).exists()


def test_publishing_an_older_revision_does_not_reopen_a_closed_session(module):
    first = module.sessions.order_by("start_date").first()
    revision = module.get_latest_revision_as_object()
    closed_at = timezone.now()
    TrainingSession.objects.filter(pk=first.pk).update(closed_at=closed_at)
    revision.title = "Titre modifié après la clôture"
    revision.save_revision().publish()
    assert TrainingSession.objects.get(pk=first.pk).closed_at == closed_at
