"""The demo's past sessions: the module pages show their satisfaction results, the demo
trainer finds their sessions (one to close), and loading again adds nothing."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core.management import call_command
from django.utils import timezone

from catalogue.models import SatisfactionSurvey, TrainingModulePage, TrainingSession
from catalogue.satisfaction import module_results
from demo.training_history import load_training_history

pytestmark = pytest.mark.django_db


def modules_with_past_sessions():
    return (
        TrainingModulePage.objects.live()
        .filter(sessions__start_date__lt=timezone.localdate())
        .distinct()
    )


def test_four_modules_publish_their_results(demo_site, client):
    modules = list(modules_with_past_sessions())
    assert len(modules) == 4
    for module in modules:
        results = module_results(module.pk)
        assert results.published, module.title
        assert 0 < results.satisfaction_rate < 100
        assert 0 < results.completion_rate < 100
    page = BeautifulSoup(client.get(modules[0].url).content, "html.parser")
    section = page.find(id="resultats").parent
    assert "Taux de satisfaction" in section.get_text()
    assert "Nombre de stagiaires formés" in section.get_text()


def test_the_demo_trainer_has_sessions_to_look_back_on_and_one_to_close(demo_site, client):
    client.force_login(User.objects.get(username="formateur"))
    page = client.get("/admin/inscriptions/", {"period": "past"}).content.decode()
    assert page.count("clôturée le") >= 4
    unclosed = TrainingSession.objects.filter(
        closed_at__isnull=True, end_date__lt=timezone.localdate()
    ).get()
    assert unclosed.registrations.count() == 8
    assert client.get(f"/admin/inscriptions/session/{unclosed.pk}/presences/").status_code == 200


def test_loading_again_adds_no_history(demo_site):
    sessions, answers = TrainingSession.objects.count(), SatisfactionSurvey.objects.count()
    assert load_training_history() == 0
    call_command("load_demo", verbosity=0)
    assert (TrainingSession.objects.count(), SatisfactionSurvey.objects.count()) == (
        sessions,
        answers,
    )
