import datetime

import pytest
from django.core.exceptions import ValidationError

from places import opening_hours
from places.models import Place
from places.validators import siret_valid
from tests.factories.places import PlaceFactory

pytestmark = pytest.mark.django_db


def errors_of(**fields) -> dict:
    place = PlaceFactory.build(**fields)
    try:
        place.full_clean(exclude=["slug"])
    except ValidationError as error:
        return error.message_dict
    return {}


def test_a_valid_place_passes():
    assert errors_of() == {}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("pivot", "43493312300028"),  # wrong Luhn key
        ("pivot", "ABC"),
        ("code_postal", "3100"),
        ("code_insee", "2C123"),
        ("telephone", "05 61 00 00 00"),
        ("courriels", ["pas-une-adresse"]),
        ("site_web", ["www.exemple.fr"]),
        ("horaires", "du lundi au vendredi"),
        ("presentation_resume", "x" * 281),
        ("services", ["Cours de cuisine"]),
        ("frais_a_charge", ["Gratuit", "Gratuit"]),
        ("itinerance", ["Mobile"]),
        ("latitude", 123.0),
        ("fiche_acces_libre", "acceslibre"),
    ],
)
def test_each_pattern_of_the_standard_is_checked(field, value):
    assert field in errors_of(**{field: value})


@pytest.mark.parametrize("pivot", ["43493312300029", "W313001234", "356000000"])
def test_siret_rna_and_siren_are_accepted(pivot):
    assert errors_of(pivot=pivot) == {}


def test_luhn_and_la_poste_rule():
    assert siret_valid("73282932000074")
    assert not siret_valid("73282932000075")
    assert siret_valid("35600000000048")


def test_pass_numerique_adds_the_standards_value():
    place = PlaceFactory(accepts_pass_numerique=True, frais_a_charge=["Payant"])
    assert place.frais_a_charge == ["Payant", "Gratuit sous condition"]


def test_department_and_slug_come_from_the_place():
    place = PlaceFactory(nom="Médiathèque José Cabanis", code_insee="31555")
    other = PlaceFactory(nom="Médiathèque José Cabanis", code_insee="31555")
    assert place.department_code == "31"
    assert place.slug == "mediatheque-jose-cabanis-toulouse"
    assert other.slug == "mediatheque-jose-cabanis-toulouse-2"


def test_services_filter_works_on_this_database():
    wanted = PlaceFactory(services=["Loisirs et créations numériques"])
    PlaceFactory(services=["Aide aux démarches administratives"])
    found = Place.objects.filter(services__has="Loisirs et créations numériques")
    assert list(found) == [wanted]


def test_opening_hours_open_now_with_fixed_clocks():
    hours = opening_hours.parse("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00; PH off")
    assert hours.is_open(datetime.datetime(2026, 12, 2, 10, 0))  # a Wednesday
    assert not hours.is_open(datetime.datetime(2026, 12, 2, 13, 0))
    assert not hours.is_open(datetime.datetime(2026, 12, 25, 10, 0))  # Christmas (PH)
    night = opening_hours.parse("Fr 20:00-02:00")
    assert night.is_open(datetime.datetime(2026, 12, 5, 1, 0))


def test_opening_hours_errors_say_where():
    with pytest.raises(opening_hours.OpeningHoursError, match="9h-12h") as error:
        opening_hours.parse("Mo-Fr 9h-12h")
    assert error.value.position == 6
