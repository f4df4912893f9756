"""« Près de chez moi » (places/nearby.py): communes of Occitanie, distances in SQL."""

import csv
import math

import pytest

from places import nearby
from places.models import Place
from places.nearby import by_distance, locate, matches
from tests.factories.places import PlaceFactory

DEPARTMENTS = {"09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"}


def great_circle_km(a, b) -> float:
    (lat1, lon1), (lat2, lon2) = (map(math.radians, point) for point in (a, b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(
    "text", ["toulouse", "Toulouse", "TOULOUSE", " toulouse ", "31000", "31500", "Toulouse 31000"]
)
def test_toulouse_is_found_by_name_or_postcode(text):
    location = locate(text)
    assert location.name == "Toulouse"
    assert location.code_insee == "31555"
    assert "31000" in location.postcodes
    assert location.latitude == pytest.approx(43.60, abs=0.05)
    assert location.longitude == pytest.approx(1.44, abs=0.05)


@pytest.mark.parametrize(
    "text", ["Saint-Affrique", "saint affrique", "SAINT-AFFRIQUE", "St Affrique", "st-affrique"]
)
def test_accents_hyphens_case_and_st_do_not_matter(text):
    location = locate(text)
    assert (location.name, location.code_insee, location.postcodes) == (
        "Saint-Affrique",
        "12208",
        ("12400",),
    )


def test_accented_and_apostrophe_names():
    assert locate("lezignan corbieres").name == "Lézignan-Corbières"
    assert locate("Castelnau d'Estrétefonds").code_insee == "31118"
    assert locate("castelnau-d-estretefonds").code_insee == "31118"


def test_a_shared_postcode_gives_the_most_populous_commune_and_lists_the_others():
    found = matches("12400")
    assert found[0].name == "Saint-Affrique"
    assert len(found) > 1
    assert all("12400" in location.postcodes for location in found)
    populations = [location.population for location in found]
    assert populations == sorted(populations, reverse=True)


def test_a_name_several_communes_bear_gives_the_most_populous():
    by_name, _by_postcode = nearby.communes()
    shared = next(found for found in by_name.values() if len(found) > 2)
    name = shared[0].name
    assert locate(name) == max(shared, key=lambda location: location.population)
    assert len(matches(name)) == len(shared)
    # With the postcode, the one meant.
    smallest = shared[-1]
    assert locate(f"{name} ({smallest.postcode})") == smallest


@pytest.mark.parametrize("text", ["", "   ", "75001", "Paris", "Bordeaux", "xyzzy", "3100", None])
def test_what_is_no_commune_of_occitanie_gives_none(text):
    assert locate(text) is None


def test_the_communes_file_covers_the_thirteen_departments():
    with nearby.COMMUNES_FILE.open(encoding="utf-8") as rows:
        communes = list(csv.DictReader(rows))
    assert len(communes) > 4400
    assert {row["code_insee"][:2] for row in communes} == DEPARTMENTS
    for row in communes:
        assert 42.3 < float(row["latitude"]) < 45.1, row
        assert -0.4 < float(row["longitude"]) < 4.9, row
        assert all(len(code) == 5 and code.isdigit() for code in row["codes_postaux"].split())
        assert row["centre"] in ("geonames", "code_postal", "arrondissement")


@pytest.mark.django_db
def test_places_are_sorted_by_distance_with_it():
    toulouse = PlaceFactory(nom="Toulouse", latitude=43.6045, longitude=1.4440)
    albi = PlaceFactory(nom="Albi", commune="Albi", latitude=43.9289, longitude=2.1464)
    montpellier = PlaceFactory(nom="Montpellier", latitude=43.6108, longitude=3.8767)
    PlaceFactory(nom="Sans coordonnées", latitude=None, longitude=None)
    origin = locate("Rodez")
    found = list(by_distance(Place.objects.all(), origin.latitude, origin.longitude))
    assert [place.nom for place in found] == ["Albi", "Toulouse", "Montpellier"]
    for place in found:
        expected = great_circle_km(
            (origin.latitude, origin.longitude), (place.latitude, place.longitude)
        )
        assert place.distance_km == pytest.approx(expected, rel=0.005)
    from_toulouse = by_distance(Place.objects.all(), toulouse.latitude, toulouse.longitude)
    assert [place.pk for place in from_toulouse] == [toulouse.pk, albi.pk, montpellier.pk]
    assert from_toulouse[1].distance_km == pytest.approx(67, abs=1)


@pytest.mark.django_db
def test_within_a_radius_only_the_places_inside_it():
    PlaceFactory(nom="Millau", latitude=44.0983, longitude=3.0780)
    PlaceFactory(nom="Saint-Affrique", latitude=43.9558, longitude=2.8892)
    PlaceFactory(nom="Toulouse", latitude=43.6045, longitude=1.4440)
    origin = locate("Millau")
    near = by_distance(Place.objects.all(), origin.latitude, origin.longitude, within_km=30)
    assert [place.nom for place in near] == ["Millau", "Saint-Affrique"]
    assert list(
        by_distance(Place.objects.all(), origin.latitude, origin.longitude, within_km=1)
    ) == list(near[:1])
