"""Registering to a session from its module page: seats, the waiting list, offers of freed
seats and their expiry, cancellation by the mail's link, the closing delay, reminders,
the mails and their .ics, bad input, and who sees what."""

import datetime
import html
import re

import icalendar
import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from catalogue.models import Registration, TrainingSession
from catalogue.registration import services
from tests.factories.accounts import UserFactory
from tests.factories.catalogue import (
    RegistrationFactory,
    TrainingCataloguePageFactory,
    TrainingModulePageFactory,
    session,
)

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture(autouse=True)
def mails_at_once(monkeypatch):
    """The mails leave after the commit; the test's transaction never commits."""
    monkeypatch.setattr(services, "after_commit", lambda callback: callback())


def plain(text: str) -> str:
    """The page's text as typed: entities decoded, French non-breaking spaces as spaces."""
    return html.unescape(str(text)).replace("\xa0", " ").replace("\u202f", " ")


def person(n: int = 1, **values) -> dict:
    return {
        "first_name": f"Camille{n}",
        "last_name": "Durand",
        "email": f"camille{n}@example.org",
        "structure": "Centre social des Izards",
        "phone": "",
        "funding": "opco",
        "accessibility_needs": "",
        **values,
    }


@pytest.fixture
def module():
    return TrainingModulePageFactory(
        title="Accompagner les démarches en ligne",
        registration_delay_days=10,
        sessions=[session(30, seats=2, location="Albi"), session(60, seats=None)],
    )


@pytest.fixture
def small(module) -> TrainingSession:
    return module.sessions.order_by("start_date").first()


def register_url(s) -> str:
    return reverse("sessions:register", args=[s.pk])


def post(client, s, n=1, **values):
    return client.post(register_url(s), person(n, **values))


def link_in(message, name: str) -> str:
    """The path of the first link to the `name` URL in a mail."""
    prefix = {"registration": "/sessions/inscription/", "offer": "/sessions/place/"}[name]
    match = re.search(rf"https?://[^/\s]+({re.escape(prefix)}[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def ics_of(message) -> icalendar.Calendar:
    (attachment,) = [a for a in message.attachments if a[0] == "session.ics"]
    content = attachment[1]
    return icalendar.Calendar.from_ical(
        content if isinstance(content, bytes) else content.encode()
    )


# Registering


def test_registering_takes_a_seat_and_mails_a_confirmation_with_an_invitation(client, small):
    response = post(client, small)
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.status == Status.CONFIRMED and registration.confirmed_at
    assert registration.funding == "opco" and registration.user is None
    page = client.get(response["Location"])
    assert "Vous êtes inscrit" in plain(page.content.decode())
    (message,) = mail.outbox
    assert message.to == ["camille1@example.org"]
    assert "Bonjour Camille1," in message.body
    assert "/sessions/inscription/" in message.body
    calendar = ics_of(message)
    assert calendar["METHOD"] == "REQUEST"
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == small.uid
    assert event.decoded("DTSTART") == small.start_date
    assert event.decoded("DTEND") == small.end_date + datetime.timedelta(days=1)
    assert "Accompagner les démarches en ligne" in str(event["SUMMARY"])
    assert str(event["LOCATION"]) == "Albi"
    assert str(event["ATTENDEE"]) == "mailto:camille1@example.org"


def test_a_logged_in_user_finds_the_form_prefilled_and_is_linked(client, small):
    user = UserFactory(first_name="Léa", last_name="Martin", email="lea@example.org")
    client.force_login(user)
    form = client.get(register_url(small)).context["form"]
    assert form["first_name"].value() == "Léa" and form["email"].value() == "lea@example.org"
    post(client, small, email="lea@example.org")
    assert Registration.objects.get().user == user


def test_the_form_says_who_sees_the_data_and_when_it_is_deleted(client, small, settings):
    settings.RHINOCC_REGISTRATION_RETENTION_MONTHS = 18
    html = plain(client.get(register_url(small)).content.decode())
    assert "formatrices du module" in html and "éditeurs du hub" in html
    assert "18 mois après la session" in html
    assert "Besoins d'accessibilité" in html and "prise en charge OPCO" in html


def test_a_full_session_puts_people_on_the_waiting_list_in_arrival_order(client, small):
    for n in range(1, 5):
        post(client, small, n)
    statuses = list(
        Registration.objects.order_by("created_at", "pk").values_list("status", flat=True)
    )
    assert statuses == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITING, Status.WAITING]
    fourth = Registration.objects.get(email="camille4@example.org")
    assert services.waiting_position(fourth) == 2
    page = client.get(reverse("sessions:registration", args=[fourth.make_token("cancel")]))
    assert "numéro 2 sur la liste d'attente" in plain(page.content.decode())
    assert "liste d'attente" in mail.outbox[-1].subject


def test_the_form_announces_the_waiting_list_of_a_full_session(client, small):
    RegistrationFactory(session=small)
    RegistrationFactory(session=small)
    html = plain(client.get(register_url(small)).content.decode())
    assert "Cette session est complète." in html
    assert "Rejoindre la liste d'attente" in html


def test_a_session_without_a_number_of_seats_never_fills(client, module):
    open_ended = module.sessions.get(seats=None)
    for n in range(1, 6):
        post(client, open_ended, n)
    assert set(Registration.objects.values_list("status", flat=True)) == {Status.CONFIRMED}


def test_the_same_address_registers_once(client, small):
    post(client, small, email="lea@example.org")
    response = post(client, small, 2, email="LEA@example.org")
    assert response.status_code == 409
    assert "déjà inscrite" in plain(response.content.decode())
    assert response.context["form"]["first_name"].value() == "Camille2"
    assert Registration.objects.count() == 1


# Closing delay, cancelled and closed sessions


def test_registration_closes_at_the_module_delay(client):
    module = TrainingModulePageFactory(registration_delay_days=10, sessions=[session(9)])
    late = module.sessions.get()
    response = post(client, late)
    assert response.status_code == 409
    html = plain(response.content.decode())
    assert "L'inscription en ligne à cette session a fermé le" in html
    # What was typed is kept.
    assert response.context["form"]["structure"].value() == "Centre social des Izards"
    assert 'value="Centre social des Izards"' in html
    assert not Registration.objects.exists()


def test_registration_is_open_on_the_deadline_itself(client):
    module = TrainingModulePageFactory(registration_delay_days=10, sessions=[session(10)])
    assert post(client, module.sessions.get()).status_code == 302


def test_a_cancelled_session_refuses_registrations(client, small):
    TrainingSession.objects.filter(pk=small.pk).update(is_cancelled=True)
    response = post(client, small)
    assert response.status_code == 409
    assert "Cette session a été annulée" in plain(response.content.decode())


def test_a_closed_session_refuses_registrations(client, small):
    TrainingSession.objects.filter(pk=small.pk).update(closed_at=timezone.now())
    assert post(client, small).status_code == 409


def test_a_session_of_a_draft_or_private_module_is_not_found(client):
    draft = TrainingModulePageFactory(sessions=[session(30)])
    draft.unpublish()
    assert client.get(register_url(draft.sessions.get())).status_code == 404
    assert client.get("/sessions/999999/inscription/").status_code == 404


# Bad input


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "pas-une-adresse", "Donnez une adresse électronique valide"),
        ("email", "", "Donnez votre adresse électronique"),
        ("first_name", "", "Donnez votre prénom"),
        ("structure", "", "Donnez votre structure"),
        ("funding", "mecenat", "Choisissez qui finance la formation"),
        ("website", "http://spam.example", "comme le font les robots"),
    ],
)
def test_bad_input_is_refused_in_french_and_kept(client, small, field, value, message):
    response = post(client, small, **{field: value})
    assert response.status_code == 200
    html = plain(response.content.decode())
    assert message in html
    assert "Le formulaire n'a pas été envoyé" in html
    assert response.context["form"]["last_name"].value() == "Durand"
    assert not Registration.objects.exists()


def test_too_long_values_are_refused_not_cut(client, small):
    response = post(client, small, last_name="x" * 151)
    assert response.status_code == 200
    assert "last_name" in response.context["form"].errors


def test_too_many_registrations_from_one_address_are_refused(client, small, settings):
    settings.RHINOCC_REGISTRATION_ATTEMPTS_PER_HOUR = 1
    from django.core.cache import cache

    cache.clear()
    post(client, small, 1)
    response = post(client, small, 2)
    assert response.status_code == 429
    assert response.context["form"]["email"].value() == "camille2@example.org"


# Cancelling and the waiting list


def full_with_waiting(small, waiting: int = 2) -> list[Registration]:
    people = [services.register(small.pk, person(n)).registration for n in range(1, 3 + waiting)]
    mail.outbox.clear()
    return people


def test_cancelling_by_the_link_frees_the_seat_for_the_first_person_waiting(client, small):
    first, _second, third, fourth = full_with_waiting(small)
    url = reverse("sessions:registration", args=[first.make_token("cancel")])
    page = client.get(url)
    assert "Annuler mon inscription" in plain(page.content.decode())
    # Opening the link changes nothing (mail scanners open links): the button does.
    assert Registration.objects.get(pk=first.pk).status == Status.CONFIRMED
    response = client.post(url)
    assert response.status_code == 302
    first.refresh_from_db()
    third.refresh_from_db()
    fourth.refresh_from_db()
    assert first.status == Status.CANCELLED and first.cancelled_at
    assert third.status == Status.OFFERED
    assert third.offer_expires_at == pytest.approx(
        timezone.now() + datetime.timedelta(hours=48), abs=datetime.timedelta(minutes=1)
    )
    assert fourth.status == Status.WAITING
    subjects = {message.to[0]: message for message in mail.outbox}
    assert ics_of(subjects[first.email])["METHOD"] == "CANCEL"
    offer = subjects[third.email]
    assert "48" in offer.body or "jusqu'au" in offer.body
    assert link_in(offer, "offer")


def test_accepting_an_offer_confirms_the_seat(client, small):
    first, _second, third, _fourth = full_with_waiting(small)
    services.cancel(first.pk)
    offer = next(m for m in mail.outbox if m.to == [third.email])
    url = link_in(offer, "offer")
    assert "Prendre la place" in plain(client.get(url).content.decode())
    response = client.post(url)
    assert response.status_code == 302
    third.refresh_from_db()
    assert third.status == Status.CONFIRMED and third.offer_expires_at is None
    assert ics_of(mail.outbox[-1])["METHOD"] == "REQUEST"
    # The same link, used again, says so in French.
    again = client.post(url)
    assert again.status_code == 404 or "déjà accepté" in plain(again.content.decode())


def test_an_expired_offer_passes_to_the_next_person(client, small):
    first, _second, third, fourth = full_with_waiting(small)
    services.cancel(first.pk)
    offer_url = link_in(next(m for m in mail.outbox if m.to == [third.email]), "offer")
    Registration.objects.filter(pk=third.pk).update(
        offer_expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    mail.outbox.clear()
    call_command("run_registration_tasks", verbosity=0)
    third.refresh_from_db()
    fourth.refresh_from_db()
    assert third.status == Status.CANCELLED
    assert fourth.status == Status.OFFERED
    assert {m.to[0] for m in mail.outbox} == {third.email, fourth.email}
    # The expired link says so, and takes nothing.
    response = client.post(offer_url)
    assert response.status_code in (404, 409)
    assert Registration.objects.get(pk=third.pk).status == Status.CANCELLED


def test_an_offer_accepted_too_late_is_refused_and_passed_on(client, small):
    first, _second, third, fourth = full_with_waiting(small)
    services.cancel(first.pk)
    third.refresh_from_db()
    url = reverse("sessions:offer", args=[third.make_token("accept-offer")])
    Registration.objects.filter(pk=third.pk).update(
        offer_expires_at=third.offer_expires_at - datetime.timedelta(hours=49)
    )
    # The token still names this offer (its expiry is what the link is tied to).
    Registration.objects.filter(pk=third.pk).update(offer_expires_at=third.offer_expires_at)
    with pytest.MonkeyPatch.context() as patch:
        later = timezone.now() + datetime.timedelta(hours=49)
        patch.setattr(services, "now", lambda: later)
        response = client.post(url)
    assert response.status_code == 409
    assert "Cette proposition a expiré" in plain(response.content.decode())
    fourth.refresh_from_db()
    assert fourth.status == Status.OFFERED


def test_a_cancellation_link_used_twice_says_so(client, small):
    registration = services.register(small.pk, person()).registration
    url = reverse("sessions:registration", args=[registration.make_token("cancel")])
    client.post(url)
    response = client.post(url)
    assert response.status_code == 409
    assert "déjà annulée" in plain(response.content.decode())


def test_a_forged_link_is_refused_in_french(client):
    response = client.get(reverse("sessions:registration", args=["abc:def"]))
    assert response.status_code == 404
    assert "Ce lien ne peut plus servir" in plain(response.content.decode())
    assert client.get(reverse("sessions:offer", args=["abc:def"])).status_code == 404


def test_a_cancellation_link_does_not_accept_an_offer(client, small):
    first, _second, third, _fourth = full_with_waiting(small)
    services.cancel(first.pk)
    url = reverse("sessions:offer", args=[third.make_token("cancel")])
    assert client.post(url).status_code == 404
    assert Registration.objects.get(pk=third.pk).status == Status.OFFERED


def test_leaving_the_waiting_list_offers_nothing(small):
    _first, _second, third, fourth = full_with_waiting(small)
    services.cancel(third.pk)
    fourth.refresh_from_db()
    assert fourth.status == Status.WAITING
    assert [m.to for m in mail.outbox] == [[third.email]]


def test_a_new_registrant_does_not_jump_the_waiting_list(small):
    full_with_waiting(small, waiting=1)
    # A trainer adds a seat: the person waiting gets it, not the next one to register.
    TrainingSession.objects.filter(pk=small.pk).update(seats=3)
    outcome = services.register(small.pk, person(9))
    assert outcome.registration.status == Status.WAITING
    call_command("run_registration_tasks", verbosity=0)
    assert Registration.objects.get(email="camille3@example.org").status == Status.OFFERED


def test_the_calendar_file_of_a_confirmed_registration(client, small):
    registration = services.register(small.pk, person()).registration
    response = client.get(reverse("sessions:calendar", args=[registration.make_token("cancel")]))
    assert response["Content-Type"].startswith("text/calendar")
    (event,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["UID"]) == small.uid


# Reminders


def test_reminders_go_once_to_confirmed_registrants_of_sessions_soon(settings):
    settings.RHINOCC_REGISTRATION_REMINDER_DAYS = 3
    module = TrainingModulePageFactory(
        registration_delay_days=0, sessions=[session(3, seats=1), session(4), session(2)]
    )
    soon, later, cancelled = (
        module.sessions.get(start_date=timezone.localdate() + datetime.timedelta(days=d))
        for d in (3, 4, 2)
    )
    TrainingSession.objects.filter(pk=cancelled.pk).update(is_cancelled=True)
    confirmed = RegistrationFactory(session=soon)
    RegistrationFactory(session=soon, status=Status.WAITING)
    RegistrationFactory(session=later)
    RegistrationFactory(session=cancelled)
    call_command("run_registration_tasks", verbosity=0)
    assert [m.to for m in mail.outbox] == [[confirmed.email]]
    assert "Rappel" in mail.outbox[0].subject
    assert ics_of(mail.outbox[0])["METHOD"] == "REQUEST"
    confirmed.refresh_from_db()
    assert confirmed.reminder_sent_at is not None
    call_command("run_registration_tasks", verbosity=0)
    assert len(mail.outbox) == 1


def test_a_reminder_that_fails_is_tried_again(settings, monkeypatch):
    module = TrainingModulePageFactory(registration_delay_days=0, sessions=[session(1)])
    registration = RegistrationFactory(session=module.sessions.get())

    def broken(_registration):
        raise OSError("mail server down")

    monkeypatch.setattr(services.mail, "send_reminder", broken)
    assert services.send_reminders() == (0, 1)
    registration.refresh_from_db()
    assert registration.reminder_sent_at is None


# The module's editor and publication


def test_publishing_a_cancelled_session_tells_its_registrants(small):
    confirmed = RegistrationFactory(session=small)
    waiting = RegistrationFactory(session=small, status=Status.WAITING)
    page = small.module.get_latest_revision_as_object()
    sessions = list(page.sessions.all())
    for s in sessions:
        s.is_cancelled = s.pk == small.pk
    page.sessions = sessions
    page.save_revision().publish()
    assert {m.to[0] for m in mail.outbox} == {confirmed.email, waiting.email}
    assert all(ics_of(m)["METHOD"] == "CANCEL" for m in mail.outbox)
    assert set(Registration.objects.values_list("status", flat=True)) == {Status.CANCELLED}


# What the public sees


def test_the_module_page_shows_seats_left_and_a_link_per_session(client, module, small):
    RegistrationFactory(session=small)
    html = plain(client.get(module.url).content.decode())
    assert "1 place restante" in html
    assert register_url(small) in html
    assert "Inscription en ligne jusqu'à 10 jours avant la session." in html
    # Counts only, never names.
    assert Registration.objects.get().last_name not in html.replace("Durand", "")


def test_the_module_page_says_full_closed_and_cancelled(client):
    module = TrainingModulePageFactory(
        registration_delay_days=10,
        sessions=[session(30, seats=1), session(5, seats=5), session(40, seats=5)],
    )
    full, closed, cancelled = (
        module.sessions.get(start_date=timezone.localdate() + datetime.timedelta(days=d))
        for d in (30, 5, 40)
    )
    RegistrationFactory(session=full)
    TrainingSession.objects.filter(pk=cancelled.pk).update(is_cancelled=True)
    html = plain(client.get(module.url).content.decode())
    assert "Complet — liste d'attente" in html
    assert "Inscriptions closes" in html
    assert "Annulée" in html
    assert register_url(full) in html
    assert register_url(closed) not in html and register_url(cancelled) not in html


def test_registrants_names_never_reach_the_public_pages(client, small):
    RegistrationFactory(session=small, first_name="Zéphyrine", last_name="Quasimodo")
    catalogue = small.module.get_parent()
    for url in (small.module.url, catalogue.url, register_url(small)):
        html = client.get(url).content.decode()
        assert "Quasimodo" not in html and "Zéphyrine" not in html, url


def test_the_module_page_counts_seats_in_constant_queries(client):
    def queries(count: int) -> int:
        module = TrainingModulePageFactory(
            sessions=[session(20 + i, seats=5) for i in range(count)]
        )
        for s in module.sessions.all():
            RegistrationFactory(session=s)
        client.get(module.url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(module.url).status_code == 200
        return len(captured)

    assert queries(2) == queries(5)


def test_the_catalogue_shows_the_next_sessions_seats_left_in_constant_queries(client):
    catalogue = TrainingCataloguePageFactory()

    def add_module(seats: int, taken: int):
        module = TrainingModulePageFactory(parent=catalogue, sessions=[session(20, seats=seats)])
        for _ in range(taken):
            RegistrationFactory(session=module.sessions.get())

    add_module(3, 1)
    add_module(2, 2)
    client.get(catalogue.url)
    with CaptureQueriesContext(connection) as few:
        html = plain(client.get(catalogue.url).content.decode())
    assert "2 places restantes" in html
    assert "complet, liste d'attente" in html
    add_module(4, 0)
    add_module(4, 1)
    client.get(catalogue.url)
    with CaptureQueriesContext(connection) as many:
        client.get(catalogue.url)
    assert len(many) == len(few)


# The module's editor keeps registrants


@pytest.fixture
def editor(client):
    from tests.factories.accounts import hub_editor

    client.force_login(hub_editor())


def session_form_index(data, s) -> str:
    return next(
        key.split("-")[1]
        for key, value in data.items()
        if key.startswith("sessions-") and key.endswith("-id") and str(value) == str(s.pk)
    )


def test_the_editor_refuses_to_delete_a_session_that_has_registrants(client, editor, small):
    from tests.catalogue.test_form_bounds import edit_url, form_data, saved

    RegistrationFactory(session=small)
    data = form_data(client, edit_url(small.module))
    data[f"sessions-{session_form_index(data, small)}-DELETE"] = "1"
    response = saved(client, edit_url(small.module), data)
    assert response.status_code == 200
    errors = [plain(e) for e in response.context["form"].non_field_errors()]
    assert any("a des inscrits : elle ne peut pas être supprimée" in e for e in errors)
    assert TrainingSession.objects.filter(pk=small.pk).exists()


def test_the_editor_refuses_new_dates_for_a_session_that_has_registrants(client, editor, small):
    from tests.catalogue.test_form_bounds import edit_url, form_data, saved

    RegistrationFactory(session=small)
    data = form_data(client, edit_url(small.module))
    index = session_form_index(data, small)
    new_start = small.start_date + datetime.timedelta(days=7)
    data[f"sessions-{index}-start_date"] = new_start.isoformat()
    data[f"sessions-{index}-end_date"] = new_start.isoformat()
    response = saved(client, edit_url(small.module), data)
    assert response.status_code == 200
    formset = response.context["form"].formsets["sessions"]
    errors = [plain(e) for form in formset.forms for e in form.errors.get("start_date", [])]
    assert any("ses dates ne peuvent pas changer" in e for e in errors)
    # What was typed is kept.
    assert new_start.isoformat() in response.content.decode()


def test_the_editor_still_edits_a_session_that_has_registrants(client, editor, small):
    from tests.catalogue.test_form_bounds import edit_url, form_data, saved

    RegistrationFactory(session=small)
    data = form_data(client, edit_url(small.module))
    data[f"sessions-{session_form_index(data, small)}-location"] = "Albi, salle 2"
    response = saved(client, edit_url(small.module), data)
    assert response.status_code == 302
