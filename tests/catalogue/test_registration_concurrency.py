"""Two people taking the last seat at the same time never both get it: real concurrent
transactions on PostgreSQL, one connection per thread, released together by a barrier."""

import threading

import pytest
from django.db import connection, connections

from catalogue.models import Registration
from catalogue.registration import services
from tests.factories.catalogue import TrainingModulePageFactory, session

# Committed transactions: the database is flushed after each test, then reloaded with
# what the migrations left (home page, vocabularies, roles) for the tests that follow.
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

Status = Registration.Status


def person(n: int) -> dict:
    return {
        "first_name": f"Personne{n}",
        "last_name": "Concurrente",
        "email": f"personne{n}@example.org",
        "structure": "Association",
        "phone": "",
        "funding": "personal",
        "accessibility_needs": "",
    }


def register_together(session_id: int, people: int) -> list:
    """`people` threads register at the same instant; returns what each one got."""
    barrier = threading.Barrier(people)
    results, errors = [None] * people, []

    def run(n):
        try:
            barrier.wait(timeout=30)
            results[n] = services.register(session_id, person(n)).registration.status
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results


@pytest.fixture
def mails_sent(monkeypatch):
    sent = []
    monkeypatch.setattr(services.mail, "send_confirmation", sent.append)
    monkeypatch.setattr(services.mail, "send_waiting", lambda registration, position: None)
    return sent


def test_two_people_taking_the_last_seat_at_once_never_both_get_it(mails_sent):
    assert connection.vendor == "postgresql"
    module = TrainingModulePageFactory(registration_delay_days=0, sessions=[session(20, seats=1)])
    last_seat = module.sessions.get()
    for _ in range(5):
        Registration.objects.filter(session=last_seat).delete()
        results = register_together(last_seat.pk, 2)
        assert sorted(results) == [Status.CONFIRMED, Status.WAITING]
        assert Registration.objects.filter(session=last_seat, status=Status.CONFIRMED).count() == 1


def test_a_burst_fills_the_session_exactly_and_queues_the_rest_in_order(mails_sent):
    module = TrainingModulePageFactory(registration_delay_days=0, sessions=[session(20, seats=5)])
    burst = module.sessions.get()
    results = register_together(burst.pk, 12)
    assert results.count(Status.CONFIRMED) == 5
    assert results.count(Status.WAITING) == 7
    registrations = list(burst.registrations.order_by("created_at", "pk"))
    # Arrival order (the time each one got the lock): the first five have the seats.
    assert [r.status for r in registrations] == [Status.CONFIRMED] * 5 + [Status.WAITING] * 7
    assert len(mails_sent) == 5
