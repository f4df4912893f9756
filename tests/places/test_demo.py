"""The demo's places (demo/places.py): the report's figures, valid in the standard."""

import datetime
import time
from collections import Counter

import pytest

from demo.data import communities as demo_communities
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


def test_every_community_a_demo_place_names_is_a_demo_community():
    """A slug that no demo community has would leave its places silently unlinked."""
    known = {community["slug"] for community in demo_communities.COMMUNITIES}
    named = Counter(
        slug for _place, slugs in build_places(datetime.date(2026, 1, 1)) for slug in slugs
    )
    assert set(named) <= known, set(named) - known
    assert named["mobil-it-mediation-numerique-itinerante"] == 2


def test_each_demo_place_is_linked_to_every_community_it_names(demo):
    wanted = {
        place.local_id: set(slugs) for place, slugs in build_places(datetime.date.today()) if slugs
    }
    linked: dict[str, set[str]] = {}
    for local_id, slug in Place.objects.filter(
        local_id__in=wanted, communities__isnull=False
    ).values_list("local_id", "communities__slug"):
        linked.setdefault(local_id, set()).add(slug)
    assert linked == wanted
