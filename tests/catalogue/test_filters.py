"""A catalogue's modules filtered by public, modality and duration: a plain GET form."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import TrainingModulePage
from taxonomy.models import Public
from tests.conftest import module_data
from tests.factories.catalogue import (
    TrainingCataloguePageFactory,
    TrainingModulePageFactory,
    session,
)

pytestmark = pytest.mark.django_db

IN_PERSON, REMOTE, BLENDED = "in_person", "remote", "blended"
# title: (publics, modality, duration in hours)
MODULES = {
    "Premiers pas sur la tablette": (["seniors"], IN_PERSON, "3.5"),
    "Les démarches de la retraite": (["seniors", "jeunes"], BLENDED, "7"),
    "Chercher un emploi en ligne": (["demandeurs-emploi"], REMOTE, "14"),
    "Le CV numérique": (["demandeurs-emploi"], IN_PERSON, "7"),
    "Réseaux sociaux et citoyenneté": (["jeunes"], BLENDED, "21"),
    "Courte sensibilisation": ([], REMOTE, "2"),
}


def publics(*slugs):
    return list(Public.objects.filter(slug__in=slugs))


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    """A catalogue with modules for several publics, modalities and durations, built once
    for the module (tests only read it)."""
    with module_data(django_db_blocker):
        page = TrainingCataloguePageFactory(title="Accompagner vers l'autonomie")
        for title, (slugs, modality, hours) in MODULES.items():
            TrainingModulePageFactory(
                parent=page,
                title=title,
                publics=publics(*slugs),
                modality=modality,
                duration_hours=Decimal(hours),
                sessions=[session(15 + len(title))],
            )
        TrainingModulePageFactory(
            parent=page, title="Brouillon pour seniors", publics=publics("seniors"), live=False
        )
        yield page


def modules_of(catalogue):
    return TrainingModulePage.objects.live().child_of(catalogue)


def listed_titles(client, catalogue, params=None) -> set[str]:
    response = client.get(catalogue.url, params or {})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {link.get_text(strip=True) for link in soup.select(".module-item h3 a")}


def titles(modules) -> set[str]:
    return {module.title for module in modules}


def test_without_filters_every_module_is_listed(client, catalogue):
    assert listed_titles(client, catalogue) == set(MODULES)


def test_filter_by_public_lists_only_the_modules_for_that_public(client, catalogue):
    assert listed_titles(client, catalogue, {"public": "seniors"}) == {
        "Premiers pas sur la tablette",
        "Les démarches de la retraite",
    }


def test_filter_by_modality_lists_only_modules_of_that_modality(client, catalogue):
    assert listed_titles(client, catalogue, {"modalite": "blended"}) == {
        "Les démarches de la retraite",
        "Réseaux sociaux et citoyenneté",
    }


@pytest.mark.parametrize(
    ("duration", "expected"),
    [
        # 3.5 hours is half a day, 7 hours a day: each bound belongs to the shorter range.
        ("demi-journee", {"Premiers pas sur la tablette", "Courte sensibilisation"}),
        ("journee", {"Les démarches de la retraite", "Le CV numérique"}),
        ("plusieurs-jours", {"Chercher un emploi en ligne", "Réseaux sociaux et citoyenneté"}),
    ],
)
def test_filter_by_duration_keeps_modules_within_the_range(client, catalogue, duration, expected):
    assert listed_titles(client, catalogue, {"duree": duration}) == expected


def test_filters_combine(client, catalogue):
    expected = {"Chercher un emploi en ligne"}

    listed = listed_titles(
        client, catalogue, {"public": "demandeurs-emploi", "duree": "plusieurs-jours"}
    )
    assert listed == expected


def test_no_match_says_so_and_offers_every_module(client, catalogue):
    response = client.get(catalogue.url, {"public": "seniors", "modalite": "remote"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Aucun module de ce catalogue ne correspond" in html
    assert f'href="{catalogue.url}#modules"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"public": "inconnu"},
        {"modalite": "en-avion"},
        {"duree": "99"},
        {"public": "x" * 5000, "modalite": "\x00", "duree": "'; DROP TABLE"},
        {"public": ["seniors", "jeunes", "inconnu"]},
        {"page": "abc", "public": ""},
    ],
)
def test_unknown_values_are_ignored_and_every_module_listed(client, catalogue, params):
    # A repeated parameter counts by its last value (QueryDict.get): here an unknown one.
    assert listed_titles(client, catalogue, params) == set(MODULES)


def test_a_public_this_catalogue_does_not_address_is_not_offered_and_is_ignored(client, catalogue):
    other = TrainingCataloguePageFactory(title="Outils numériques du social")
    for title in ("Le dossier social en ligne", "Le coffre-fort numérique"):
        TrainingModulePageFactory(
            parent=other, title=title, publics=publics("travailleurs-sociaux")
        )
    catalogue = other
    response = client.get(catalogue.url, {"public": "seniors"})
    soup = BeautifulSoup(response.content, "html.parser")

    offered = {option["value"] for option in soup.select("select[name=public] option")}
    assert offered == {"", "travailleurs-sociaux"}
    assert {a.get_text(strip=True) for a in soup.select(".module-item h3 a")} == titles(
        modules_of(catalogue)
    )


def test_the_form_keeps_the_chosen_values(client, catalogue):
    response = client.get(catalogue.url, {"public": "jeunes", "modalite": "in_person"})
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", class_="filters-form")
    assert form["method"] == "get"
    assert form.select_one("select[name=public] option[selected]")["value"] == "jeunes"
    assert form.select_one("select[name=modalite] option[selected]")["value"] == "in_person"
    assert form.select_one("select[name=duree] option[selected]") is None


def test_each_listed_module_shows_its_next_session(client, catalogue):
    soup = BeautifulSoup(client.get(catalogue.url).content, "html.parser")
    items = soup.select(".module-item")
    assert len(items) == len(MODULES)
    for item in items:
        module = modules_of(catalogue).get(title=item.h3.get_text(strip=True))
        next_session = module.get_upcoming_sessions().first()
        assert item.find("time")["datetime"] == next_session.start_date.isoformat()


def count_queries(client, url, params) -> int:
    client.get(url, params)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


def test_filtering_costs_no_extra_query(client, catalogue):
    unfiltered = count_queries(client, catalogue.url, {})
    for params in [
        {"public": "seniors"},
        {"modalite": "remote", "duree": "plusieurs-jours"},
        {"public": "inconnu", "duree": "99"},
    ]:
        # Each lists modules: an empty list would save the queries of their details.
        assert listed_titles(client, catalogue, params), params
        assert count_queries(client, catalogue.url, params) == unfiltered, params
