from html import unescape

import pytest
from django.utils import timezone

from catalogue.models import TrainingCataloguePage, TrainingModulePage

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


@pytest.fixture
def module():
    return TrainingModulePage.objects.filter(supports__isnull=False).distinct().first()


def test_module_page_shows_every_qualiopi_field(client, module):
    html = unescape(client.get(module.url).content.decode())

    for label in [
        "Objectifs pédagogiques",
        "Prérequis",
        "Public visé",
        "Durée",
        "Modalité",
        "Méthodes mobilisées",
        "Modalités d'évaluation",
        "Accessibilité aux personnes handicapées",
        "Tarif",
        "Modalités et délais d'accès",
        "Contact",
        "Attestation de fin de formation",
        "Mis à jour le",
    ]:
        assert label in html, label
    assert module.prerequisites in html
    assert module.get_modality_display() in html
    assert module.price in html
    for trainer in module.trainers.all():
        assert trainer.name in html
    for competency in module.competencies.all():
        assert f"/recherche/?competence={competency.code}" in html


def test_module_page_lists_upcoming_sessions_only(client, module):
    upcoming = module.sessions.first()
    past = module.sessions.create(
        start_date=timezone.localdate().replace(year=2020),
        end_date=timezone.localdate().replace(year=2020),
        location="Salle d'autrefois",
    )
    html = unescape(client.get(module.url).content.decode())
    assert upcoming.start_date.strftime("%Y") in html
    assert past.location not in html


def test_module_page_links_each_support_for_download(client, module):
    html = unescape(client.get(module.url).content.decode())
    for support in module.supports.all():
        assert support.document.url in html
        assert support.document.title in html


def test_catalogue_page_lists_its_modules_with_their_next_session(client):
    catalogue = TrainingCataloguePage.objects.order_by("path").first()
    html = unescape(client.get(catalogue.url).content.decode())
    for module in TrainingModulePage.objects.child_of(catalogue):
        assert module.title in html
