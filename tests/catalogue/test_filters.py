"""A catalogue's modules filtered by public, modality and duration: a plain GET form."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import TrainingCataloguePage, TrainingModulePage
from taxonomy.models import Public

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


@pytest.fixture
def catalogue():
    """The demo catalogue with modules for several publics, modalities and durations."""
    return TrainingCataloguePage.objects.get(
        slug="adopter-posture-sociale-accompagnement-numerique"
    )


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
    assert listed_titles(client, catalogue) == titles(modules_of(catalogue))


def test_filter_by_public_lists_only_the_modules_for_that_public(client, catalogue):
    seniors = Public.objects.get(slug="seniors")
    expected = titles(modules_of(catalogue).filter(publics=seniors))
    assert expected and expected != titles(modules_of(catalogue))

    assert listed_titles(client, catalogue, {"public": "seniors"}) == expected


def test_filter_by_modality_lists_only_modules_of_that_modality(client, catalogue):
    expected = titles(modules_of(catalogue).filter(modality="blended"))
    assert expected and expected != titles(modules_of(catalogue))

    assert listed_titles(client, catalogue, {"modalite": "blended"}) == expected


@pytest.mark.parametrize(
    ("duration", "low", "high"),
    [
        ("demi-journee", None, Decimal("3.5")),
        ("journee", Decimal("3.5"), Decimal("7")),
        ("plusieurs-jours", Decimal("7"), None),
    ],
)
def test_filter_by_duration_keeps_modules_within_the_range(client, catalogue, duration, low, high):
    listed = listed_titles(client, catalogue, {"duree": duration})
    expected = {
        module.title
        for module in modules_of(catalogue)
        if (low is None or module.duration_hours > low)
        and (high is None or module.duration_hours <= high)
    }
    assert listed == expected


def test_filters_combine(client, catalogue):
    expected = titles(
        modules_of(catalogue).filter(publics__slug="demandeurs-emploi", duration_hours__gt=7)
    )
    assert len(expected) == 1

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
    assert listed_titles(client, catalogue, params) == titles(modules_of(catalogue))


def test_a_public_this_catalogue_does_not_address_is_not_offered_and_is_ignored(client):
    catalogue = TrainingCataloguePage.objects.get(
        slug="integrer-outils-numeriques-accompagnement-social"
    )
    assert not modules_of(catalogue).filter(publics__slug="seniors").exists()
    response = client.get(catalogue.url, {"public": "seniors"})
    soup = BeautifulSoup(response.content, "html.parser")

    offered = {option["value"] for option in soup.select("select[name=public] option")}
    assert "seniors" not in offered
    assert "travailleurs-sociaux" in offered
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
    module = modules_of(catalogue).filter(sessions__isnull=False).first()
    item = next(
        li for li in soup.select(".module-item") if li.h3.get_text(strip=True) == module.title
    )
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
        {"modalite": "remote", "duree": "journee"},
        {"public": "inconnu", "duree": "99"},
    ]:
        assert count_queries(client, catalogue.url, params) == unfiltered, params
