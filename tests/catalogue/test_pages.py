"""A module's page (Qualiopi's indicator 1) and its catalogue's list of modules."""

import datetime
from decimal import Decimal
from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from catalogue.models import TrainingModulePage, TrainingSession
from taxonomy.models import Public
from tests.factories.catalogue import (
    TrainerFactory,
    TrainingCataloguePageFactory,
    TrainingModulePageFactory,
    session,
    supports,
)
from tests.factories.documents import DocumentFactory
from tests.factories.taxonomy import competency

pytestmark = pytest.mark.django_db

MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip


def french_date(day: datetime.date) -> str:
    """How the pages write a date: "7 mars 2027", "1er mars 2027"."""
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


def key_fact(soup, label: str) -> str:
    term = soup.find("dt", string=lambda text: text and text.strip() == label)
    assert term is not None, label
    return term.find_next_sibling("dd").get_text(" ", strip=True)


@pytest.fixture
def module():
    return TrainingModulePageFactory(
        title="Accompagner les démarches en ligne",
        prerequisites="Savoir naviguer sur Internet",
        target_audience="Travailleurs sociaux du département",
        duration_hours=Decimal("14.0"),
        modality=TrainingModulePage.Modality.BLENDED,
        price="420 € par personne",
        access_terms="Inscription un mois avant la session.",
        contact="Léa Martin, formation@example.org",
        sessions=[
            session(40, length_days=2, location="Albi", seats=8),
            session(10, location="Toulouse", seats=12),
            session(70, location="", is_online=True, seats=None),
        ],
        supports=supports(DocumentFactory(title="Support du formateur")),
        trainers=[TrainerFactory(name="Camille Formatrice")],
        competencies=[competency("CRCN-1.1"), competency("CRCN-4.1")],
    )


def page_soup(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(unescape(response.content.decode()), "html.parser")


def test_module_page_shows_every_qualiopi_field(client, module):
    soup = page_soup(client, module)
    html = str(soup)

    for label in [
        "Objectifs pédagogiques",
        "Prérequis",
        "Public visé",
        "Méthodes mobilisées",
        "Modalités d'évaluation",
        "Accessibilité aux personnes handicapées",
        "Modalités et délais d'accès",
    ]:
        assert label in html, label
    assert key_fact(soup, "Durée") == "14 heures"
    assert key_fact(soup, "Modalité") == "Mixte"
    assert key_fact(soup, "Tarif") == "420 € par personne"
    assert key_fact(soup, "Attestation de fin de formation") == "Oui"
    assert key_fact(soup, "Mis à jour le") == french_date(timezone.localdate())
    contact = soup.find("h2", id="contact").find_next("p")
    assert contact.get_text(" ", strip=True) == "Léa Martin, formation@example.org"
    assert contact.find("a", href="mailto:formation@example.org")
    assert soup.find("a", href="mailto:handicap@example.org")  # the disability contact
    assert "Savoir naviguer sur Internet" in html
    assert "Travailleurs sociaux du département" in html
    assert "Accompagner une démarche en ligne" in html  # the objectives
    assert "Inscription un mois avant la session." in html
    assert "Camille Formatrice" in html
    for code in ("CRCN-1.1", "CRCN-4.1"):
        assert f"/recherche/?competence={code}" in html


def test_module_page_shows_the_next_session_and_every_upcoming_one_in_date_order(client, module):
    TrainingSession.objects.create(
        module=module,
        start_date=timezone.localdate().replace(year=2020),
        end_date=timezone.localdate().replace(year=2020),
        location="Salle d'autrefois",
    )
    soup = page_soup(client, module)
    today = timezone.localdate()
    first, second, online = (today + datetime.timedelta(days=days) for days in (10, 40, 70))

    assert key_fact(soup, "Prochaine session") == french_date(first)
    assert "Voir les 3 sessions programmées" in str(soup)
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])]
        for row in soup.select(
            "#sessions ~ * tbody tr, section[aria-labelledby=sessions] tbody tr"
        )
    ]
    assert [row[1:3] for row in rows] == [
        ["Toulouse", "12"],
        ["Albi", "8"],
        ["À distance", "Non précisé"],
    ]
    # Seats left and the registration link of each session (none is taken yet).
    assert rows[0][3].startswith("12 places restantes S'inscrire")
    assert rows[1][3].startswith("8 places restantes S'inscrire")
    assert rows[2][3].startswith("S'inscrire")
    assert french_date(first) in rows[0][0]
    assert french_date(second) in rows[1][0]
    assert french_date(second + datetime.timedelta(days=1)) in rows[1][0]  # its end
    assert french_date(online) in rows[2][0]
    assert "Salle d'autrefois" not in str(soup)


def test_a_module_without_upcoming_session_says_so(client):
    module = TrainingModulePageFactory(sessions=[session(-30, location="Castres")])
    soup = page_soup(client, module)
    assert key_fact(soup, "Prochaine session") == "À programmer"
    assert "Castres" not in str(soup)


def test_module_page_links_each_support_for_download(client, module):
    html = str(page_soup(client, module))
    support = module.supports.get()
    assert support.document.url in html
    assert "Support du formateur" in html


def test_catalogue_page_lists_its_live_modules_in_the_editors_order(client):
    catalogue = TrainingCataloguePageFactory()
    today = timezone.localdate()
    modules = [
        TrainingModulePageFactory(
            parent=catalogue, title="Sécuriser ses comptes", sessions=[session(20), session(5)]
        ),
        TrainingModulePageFactory(
            parent=catalogue, title="Accueillir un public éloigné du numérique", sessions=[]
        ),
        TrainingModulePageFactory(
            parent=catalogue,
            title="Outils de la visioconférence",
            duration_hours=Decimal("3.5"),
            modality=TrainingModulePage.Modality.REMOTE,
            publics=[Public.objects.get(slug="seniors")],
            sessions=[session(60)],
        ),
    ]
    TrainingModulePageFactory(parent=catalogue, title="Module en brouillon", live=False)
    TrainingModulePageFactory(title="Module d'un autre catalogue")

    soup = page_soup(client, catalogue)
    items = soup.select(".module-item")

    assert [item.h3.get_text(strip=True) for item in items] == [m.title for m in modules]
    assert "3 modules dans ce catalogue." in str(soup)
    next_sessions = [item.select_one(".next-session").get_text(" ", strip=True) for item in items]
    assert next_sessions == [
        f"Prochaine session\u00a0: {french_date(today + datetime.timedelta(days=5))}"
        " — 12 places restantes",
        "Aucune session programmée pour le moment",
        f"Prochaine session\u00a0: {french_date(today + datetime.timedelta(days=60))}"
        " — 12 places restantes",
    ]
    third = items[2].get_text(" ", strip=True)
    assert "3,5 heures" in third
    assert "Distanciel" in third
    assert "Seniors" in third
