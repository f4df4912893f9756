"""The demo's places (demo/places.py): the report's figures, valid in the standard."""

import datetime
import time
from collections import Counter

import pytest

from demo.places import ID_PREFIX, build_places, load_places
from places.exporting import published_places
from places.models import Place
from places.validators import siret_valid

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(demo_site):
    return demo_site


def test_474_places_over_the_13_departements(demo):
    places = Place.objects.filter(local_id__startswith=ID_PREFIX)
    assert places.count() == 474
    assert places.values("department_code").distinct().count() == 13
    assert places.filter(aptic_qualified=True).count() == 30
    assert places.filter(accepts_pass_numerique=True).count() > 20
    assert places.filter(itinerance__has="Itinérant").count() == 7
    assert published_places().count() == 474


def test_demo_places_are_valid_and_fictitious(demo):
    for place in Place.objects.filter(local_id__startswith=ID_PREFIX)[:474]:
        place.full_clean()
        assert place.pivot.startswith("00000") and siret_valid(place.pivot)
        assert place.telephone.startswith("+3353649")


def test_demo_places_belong_to_the_demo_communities(demo):
    linked = Counter(
        Place.objects.filter(communities__isnull=False).values_list("communities__slug", flat=True)
    )
    assert linked["reseau-mediation-numerique-sicoval"] > 0
    assert linked["concertation-31400"] > 0
    assert linked["ateliers-seniors-itinerants-hautes-pyrenees"] == 2


def test_loading_again_creates_nothing(demo):
    assert load_places({}) == 0


def test_building_the_places_is_fast():
    started = time.monotonic()
    built = build_places(datetime.date(2026, 1, 1))
    assert len(built) == 474 and time.monotonic() - started < 5
    assert Counter(p.department_code for p, _ in built)["31"] == 150


def test_counts_are_deterministic():
    first = [p.nom for p, _ in build_places(datetime.date(2026, 1, 1))]
    second = [p.nom for p, _ in build_places(datetime.date(2026, 1, 1))]
    assert first == second
