"""The demo's registrations: trainers find lists, a full session and its waiting list;
loading the demo again adds none."""

import pytest
from django.core.management import call_command

from catalogue.models import Registration, TrainingSession

pytestmark = pytest.mark.django_db


def test_the_demo_has_registrations_and_a_full_session_with_a_waiting_list(demo_site):
    assert Registration.objects.filter(status=Registration.Status.CONFIRMED).count() >= 10
    full = [
        s
        for s in TrainingSession.objects.with_seats_left().filter(registrations__isnull=False)
        if s.seats_left == 0
    ]
    assert full
    assert full[0].registrations.filter(status=Registration.Status.WAITING).count() == 2


def test_loading_the_demo_again_adds_no_registration(demo_site):
    before = Registration.objects.count()
    call_command("load_demo", verbosity=0)
    assert Registration.objects.count() == before
