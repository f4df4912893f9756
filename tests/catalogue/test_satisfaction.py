"""The satisfaction questionnaire (Qualiopi indicator 2): who receives it and when, its
signed single-use link, bad answers, and the results on the module's page (thresholds,
aggregation, constant queries)."""

import datetime
import time
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from catalogue import satisfaction
from catalogue.models import Registration, SatisfactionSurvey
from tests.factories.catalogue import (
    AttendanceFactory,
    RegistrationFactory,
    TrainingModulePageFactory,
    session,
)

pytestmark = pytest.mark.django_db

Status = Registration.Status


def module_with(*sessions):
    return TrainingModulePageFactory(sessions=list(sessions))


def sessions_of(module):
    return list(module.sessions.order_by("start_date"))


def attend(registration, *half_days):
    """Marks `registration` present on `half_days` ((date, half)), absent elsewhere."""
    wanted = set(half_days)
    for day, half in registration.session.half_days():
        AttendanceFactory(
            registration=registration, date=day, half=half, present=(day, half) in wanted
        )


def attend_all(registration):
    attend(registration, *registration.session.half_days())


def answer(registration, overall=5, recommend=True, objectives="fully", useful=4, comment=""):
    return SatisfactionSurvey.objects.create(
        registration=registration,
        sent_at=timezone.now(),
        answered_at=timezone.now(),
        overall=overall,
        would_recommend=recommend,
        objectives=objectives,
        useful=useful,
        comment=comment,
    )


def survey_for(registration) -> SatisfactionSurvey:
    return SatisfactionSurvey.objects.create(registration=registration, sent_at=timezone.now())


def answer_url(survey) -> str:
    return reverse("catalogue_satisfaction:answer", args=[satisfaction.make_token(survey)])


GOOD_ANSWER = {
    "overall": "5",
    "objectives": "mostly",
    "useful": "4",
    "would_recommend": "yes",
    "comment": "Des cas concrets, merci.",
}


# Who receives the questionnaire ---------------------------------------------------------


def test_a_closed_session_sends_the_questionnaire_to_those_who_attended():
    module = module_with(session(-1, length_days=1))
    (past,) = sessions_of(module)
    past.closed_at = timezone.now()
    past.save(update_fields=["closed_at"])
    came = RegistrationFactory(session=past, first_name="Inès")
    attend(came, past.half_days()[0])
    absent = RegistrationFactory(session=past)
    attend(absent)
    RegistrationFactory(session=past, status=Status.CANCELLED)
    RegistrationFactory(session=past, status=Status.WAITING)

    sent, failed = satisfaction.send_due_surveys()

    assert (sent, failed) == (1, 0)
    assert [message.to for message in mail.outbox] == [[came.email]]
    message = mail.outbox[0]
    assert module.title in message.subject
    assert "Bonjour Inès," in message.body
    assert "/questionnaire-satisfaction/" in message.body
    assert SatisfactionSurvey.objects.get().registration == came


def test_without_attendance_marked_everyone_confirmed_receives_it_two_days_after():
    module = module_with(session(-2), session(-1))
    two_days_ago, yesterday = sessions_of(module)
    early = RegistrationFactory(session=two_days_ago)
    RegistrationFactory(session=yesterday)

    satisfaction.send_due_surveys()

    # Yesterday's session waits for its attendance (or its closing) one more day.
    assert [message.to for message in mail.outbox] == [[early.email]]


def test_the_questionnaire_is_sent_once():
    module = module_with(session(-5))
    (past,) = sessions_of(module)
    RegistrationFactory(session=past)
    call_command("send_satisfaction_surveys", verbosity=0)
    call_command("send_satisfaction_surveys", verbosity=0)
    assert len(mail.outbox) == 1
    assert SatisfactionSurvey.objects.count() == 1


@pytest.mark.parametrize(
    "planned",
    [
        session(10),  # to come
        session(-5, is_cancelled=True),
        session(-60),  # ended too long ago
    ],
    ids=["upcoming", "cancelled", "old"],
)
def test_no_questionnaire_for_these_sessions(planned):
    module = module_with(planned)
    (each,) = sessions_of(module)
    RegistrationFactory(session=each)
    assert satisfaction.send_due_surveys() == (0, 0)
    assert mail.outbox == []


def test_no_questionnaire_once_anonymised():
    module = module_with(session(-6))
    (past,) = sessions_of(module)
    RegistrationFactory(session=past, anonymised_at=timezone.now(), email="")
    assert satisfaction.send_due_surveys() == (0, 0)


def test_a_failed_mail_is_sent_again_at_the_next_run():
    module = module_with(session(-5))
    (past,) = sessions_of(module)
    RegistrationFactory(session=past)
    with mock.patch("catalogue.satisfaction.send_mail", side_effect=OSError("SMTP down")):
        assert satisfaction.send_due_surveys() == (0, 1)
    assert not SatisfactionSurvey.objects.exists()
    assert satisfaction.send_due_surveys() == (1, 0)


# The link ------------------------------------------------------------------------------


@pytest.fixture
def survey():
    module = module_with(session(-3))
    (past,) = sessions_of(module)
    return survey_for(RegistrationFactory(session=past))


def test_the_link_opens_the_questionnaire_without_an_account(client, survey):
    response = client.get(answer_url(survey))
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert survey.registration.session.module.title in soup.h1.get_text()
    assert len(soup.select("input[name=overall]")) == 5


def test_an_answer_is_recorded_once(client, survey):
    url = answer_url(survey)
    response = client.post(url, GOOD_ANSWER)
    assert response.status_code == 200
    assert "Merci" in response.content.decode()
    survey.refresh_from_db()
    assert (survey.overall, survey.objectives, survey.useful, survey.would_recommend) == (
        5,
        "mostly",
        4,
        True,
    )
    assert survey.comment == "Des cas concrets, merci."

    again = client.post(url, {**GOOD_ANSWER, "overall": "1", "comment": "Autre"})
    assert again.status_code == 200
    assert "déjà répondu" in again.content.decode()
    survey.refresh_from_db()
    assert (survey.overall, survey.comment) == (5, "Des cas concrets, merci.")


def test_a_double_submit_records_the_first_answer_only(survey):
    satisfaction.record_answer(survey, {"overall": 4})
    with pytest.raises(satisfaction.AlreadyAnswered):
        satisfaction.record_answer(survey, {"overall": 1})
    survey.refresh_from_db()
    assert survey.overall == 4


def test_an_expired_link_says_so(client, survey):
    with mock.patch("time.time", return_value=time.time() - 31 * 24 * 3600):
        token = satisfaction.make_token(survey)
    response = client.get(reverse("catalogue_satisfaction:answer", args=[token]))
    assert response.status_code == 410
    assert "30 jours" in response.content.decode()
    assert (
        client.post(
            reverse("catalogue_satisfaction:answer", args=[token]), GOOD_ANSWER
        ).status_code
        == 410
    )
    survey.refresh_from_db()
    assert survey.answered_at is None


@pytest.mark.parametrize(
    "token",
    ["abc", "x" * 300, "WzEsIjIwMjYtMDEtMDFUMDA6MDA6MDArMDA6MDAiXQ:1tXX:forged"],
)
def test_an_altered_link_is_refused_without_an_error(client, survey, token):
    response = client.get(reverse("catalogue_satisfaction:answer", args=[token]))
    assert response.status_code == 400
    assert "incomplet" in response.content.decode()


def test_another_purpose_s_token_does_not_open_the_questionnaire(client, survey):
    cancel_token = survey.registration.make_token(Registration.CANCEL)
    response = client.get(reverse("catalogue_satisfaction:answer", args=[cancel_token]))
    assert response.status_code == 400


def test_a_questionnaire_sent_again_kills_the_older_link(client, survey):
    old_url = answer_url(survey)
    survey.sent_at = survey.sent_at + datetime.timedelta(seconds=1)
    survey.save()
    assert client.get(old_url).status_code == 400
    assert client.get(answer_url(survey)).status_code == 200


def test_the_link_dies_with_the_anonymisation(client, survey):
    Registration.objects.filter(pk=survey.registration_id).update(
        anonymised_at=timezone.now(), email="", first_name="", last_name=""
    )
    assert client.get(answer_url(survey)).status_code == 410


def test_missing_answers_are_said_in_french_and_what_was_typed_is_kept(client, survey):
    response = client.post(answer_url(survey), {"comment": "Mon commentaire"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Le formulaire n’a pas été envoyé" in page or "formulaire" in page
    assert "Choisissez votre niveau de satisfaction, de 1 à 5." in page
    assert "Répondez oui ou non." in page
    assert "Mon commentaire" in page
    survey.refresh_from_db()
    assert survey.answered_at is None


@pytest.mark.parametrize(
    "changes",
    [
        {"overall": "9"},
        {"overall": "cinq"},
        {"objectives": "peut-être"},
        {"would_recommend": "maybe"},
        {"comment": "é" * 3001},
    ],
)
def test_bad_values_are_refused(client, survey, changes):
    response = client.post(answer_url(survey), {**GOOD_ANSWER, **changes})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    survey.refresh_from_db()
    assert survey.answered_at is None


# Results on the module's page ----------------------------------------------------------


def trained_module(answers: int, satisfied: int):
    """A module with an ended session of `answers` trainees who all came to every half-day
    and answered, `satisfied` of them with 4 or 5."""
    module = module_with(session(-10, length_days=2), session(20))
    past = sessions_of(module)[0]
    for index in range(answers):
        registration = RegistrationFactory(session=past)
        attend_all(registration)
        answer(registration, overall=5 if index < satisfied else 2)
    return module


def test_below_the_threshold_no_figure_is_published(client):
    module = trained_module(answers=4, satisfied=4)
    results = satisfaction.module_results(module.pk)
    assert results.answers == 4 and not results.published
    page = BeautifulSoup(client.get(module.url).content, "html.parser")
    section = page.find(id="resultats").parent
    text = section.get_text(" ", strip=True)
    assert "%" not in text
    assert "à partir de 5" in text
    assert "4 réponses" in text


def test_from_the_threshold_the_figures_and_their_method_are_published(client):
    module = trained_module(answers=5, satisfied=4)
    page = BeautifulSoup(client.get(module.url).content, "html.parser")
    section = page.find(id="resultats").parent
    figures = {
        tile.dt.get_text(strip=True): tile.dd.get_text(strip=True)
        for tile in section.select("dl > div")
    }
    assert figures["Taux de satisfaction"] == "80 %"
    assert figures["Nombre de stagiaires formés"] == "5"
    assert figures["Taux d’achèvement"] == "100 %"
    assert "Comment ces chiffres sont calculés" in section.get_text()


def test_the_aggregation_counts_each_figure_on_its_own_population():
    module = module_with(session(-30, length_days=2), session(-10), session(-5, is_cancelled=True))
    two_days, one_day, cancelled = sorted(
        sessions_of(module), key=lambda s: (s.is_cancelled, s.start_date)
    )
    # Two days: one complete, one half, one confirmed who never came.
    complete = RegistrationFactory(session=two_days)
    attend_all(complete)
    partial = RegistrationFactory(session=two_days)
    attend(partial, two_days.half_days()[0])
    no_show = RegistrationFactory(session=two_days)
    attend(no_show)
    # Cancelled and waiting people count nowhere.
    RegistrationFactory(session=two_days, status=Status.CANCELLED)
    RegistrationFactory(session=two_days, status=Status.WAITING)
    # One day, attendance never marked: its trainees are not counted as trained.
    RegistrationFactory(session=one_day)
    # A cancelled session counts nowhere.
    attend_all(RegistrationFactory(session=cancelled))

    answer(complete, overall=5, recommend=True, objectives="fully")
    answer(partial, overall=3, recommend=False, objectives="partly")
    SatisfactionSurvey.objects.create(registration=no_show, sent_at=timezone.now())  # unanswered
    other_module = trained_module(answers=3, satisfied=3)

    results = satisfaction.module_results(module.pk)

    assert (results.answers, results.satisfied) == (2, 1)
    assert results.satisfaction_rate == 50
    assert (results.recommending, results.recommend_answers) == (1, 2)
    assert results.objectives_rate == 50
    assert (results.trained, results.completed, results.confirmed) == (2, 1, 3)
    assert results.completion_rate == 33
    assert results.sessions == 1
    assert satisfaction.module_results(other_module.pk).answers == 3


def test_anonymised_trainees_still_count():
    module = trained_module(answers=5, satisfied=5)
    Registration.objects.update(
        anonymised_at=timezone.now(), email="", first_name="", last_name=""
    )
    results = satisfaction.module_results(module.pk)
    assert (results.answers, results.trained, results.completion_rate) == (5, 5, 100)


def test_the_results_cost_three_queries_whatever_the_sessions(django_assert_num_queries):
    few = trained_module(answers=5, satisfied=5)
    many = module_with(*(session(-40 + 3 * n) for n in range(6)))
    for past in sessions_of(many):
        for _ in range(3):
            registration = RegistrationFactory(session=past)
            attend_all(registration)
            answer(registration)
    with django_assert_num_queries(3):
        satisfaction.module_results(few.pk)
    with django_assert_num_queries(3):
        assert satisfaction.module_results(many.pk).answers == 18


def test_a_module_without_sessions_costs_two_queries(django_assert_num_queries):
    module = module_with()
    with django_assert_num_queries(2):
        results = satisfaction.module_results(module.pk)
    assert (results.answers, results.trained, results.completion_rate) == (0, 0, None)
