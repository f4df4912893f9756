"""« Ouvert maintenant » (places/opening.py) against fixed clocks, in Europe/Paris."""

import datetime
import zoneinfo

import pytest
from django.db import connection

from places import opening
from places.models import Place, PlaceOpening
from places.opening import open_at, refresh_openings
from places.opening_hours import parse
from tests.factories.places import PlaceFactory

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
OFFICE = "Mo-Fr 09:00-12:00,14:00-17:30; PH off"


def at(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=PARIS)


def open_names(moment) -> set[str]:
    return set(open_at(Place.objects.all(), moment).values_list("nom", flat=True))


@pytest.fixture
def office():
    return PlaceFactory(nom="Mairie", horaires=OFFICE)


# 1 December 2026 is a Tuesday; 14 July 2026 a Tuesday; Easter Monday 2026 is 6 April.
@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        (at(2026, 12, 1, 10, 0), True),  # a weekday morning
        (at(2026, 12, 1, 9, 0), True),  # opens at 9:00 sharp
        (at(2026, 12, 1, 8, 59), False),
        (at(2026, 12, 1, 12, 30), False),  # lunch break
        (at(2026, 12, 1, 12, 0), False),  # closes at 12:00
        (at(2026, 12, 1, 17, 15), True),
        (at(2026, 12, 1, 17, 30), False),
        (at(2026, 12, 6, 10, 0), False),  # Sunday
        (at(2026, 7, 14, 10, 0), False),  # 14 juillet, PH off
        (at(2026, 4, 6, 10, 0), False),  # lundi de Pâques, PH off
        (at(2026, 4, 7, 10, 0), True),  # the Tuesday after
    ],
)
def test_an_office_is_open_on_weekdays_outside_lunch_and_public_holidays(office, moment, is_open):
    assert open_names(moment) == ({"Mairie"} if is_open else set())


def test_a_utc_moment_is_converted_to_paris_time(office):
    # 8:30 UTC is 9:30 in Paris in winter (UTC+1) and 10:30 in summer (UTC+2).
    assert open_names(datetime.datetime(2026, 12, 1, 8, 30, tzinfo=datetime.UTC)) == {"Mairie"}
    assert open_names(datetime.datetime(2026, 12, 1, 7, 30, tzinfo=datetime.UTC)) == set()
    assert open_names(datetime.datetime(2026, 7, 15, 7, 30, tzinfo=datetime.UTC)) == {"Mairie"}
    # 16:00 UTC is 17:00 in winter (open) but 18:00 in summer (closed).
    assert open_names(datetime.datetime(2026, 12, 1, 16, 0, tzinfo=datetime.UTC)) == {"Mairie"}
    assert open_names(datetime.datetime(2026, 7, 15, 16, 0, tzinfo=datetime.UTC)) == set()


def test_without_a_public_holiday_rule_a_holiday_is_an_ordinary_day():
    PlaceFactory(nom="Médiathèque", horaires="Tu-Sa 10:00-18:00")
    assert open_names(at(2026, 7, 14, 11, 0)) == {"Médiathèque"}


def test_public_holiday_hours_replace_the_day_s():
    PlaceFactory(nom="Tiers-lieu", horaires="Mo-Sa 09:00-18:00; PH 10:00-12:00")
    assert open_names(at(2026, 7, 14, 11, 0)) == {"Tiers-lieu"}
    assert open_names(at(2026, 7, 14, 15, 0)) == set()
    assert open_names(at(2026, 7, 15, 15, 0)) == {"Tiers-lieu"}


def test_a_place_without_hours_is_never_open_now():
    PlaceFactory(nom="Sans horaires", horaires="")
    for moment in (at(2026, 12, 1, 10, 0), at(2026, 12, 6, 3, 0), at(2026, 7, 14, 12, 0)):
        assert open_names(moment) == set()


def test_only_published_places_are_open_now():
    PlaceFactory(nom="Proposé", horaires="24/7", status=Place.Status.PROPOSED)
    PlaceFactory(nom="Archivé", horaires="24/7", status=Place.Status.ARCHIVED)
    PlaceFactory(nom="Publié", horaires="24/7")
    assert open_names(at(2026, 12, 6, 3, 0)) == {"Publié"}


def test_hours_past_midnight_keep_the_next_morning_open():
    PlaceFactory(nom="Fab lab", horaires="Fr 20:00-02:00")
    assert open_names(at(2026, 12, 4, 23, 0)) == {"Fab lab"}  # Friday evening
    assert open_names(at(2026, 12, 5, 1, 30)) == {"Fab lab"}  # Saturday 1:30
    assert open_names(at(2026, 12, 5, 2, 0)) == set()
    assert open_names(at(2026, 12, 4, 1, 30)) == set()  # Friday 1:30: Thursday was closed


def test_hours_by_month_are_checked_exactly():
    summer = PlaceFactory(nom="Point été", horaires="Jul-Aug Mo-Fr 10:00-12:00")
    first_monday = PlaceFactory(nom="Permanence", horaires="Mo[1] 14:00-16:00")
    assert list(summer.openings.values_list("kind", flat=True)) == [PlaceOpening.Kind.CHECK]
    assert first_monday.openings.get().kind == PlaceOpening.Kind.CHECK
    assert open_names(at(2026, 7, 15, 11, 0)) == {"Point été"}
    assert open_names(at(2026, 12, 2, 11, 0)) == set()
    assert open_names(at(2026, 12, 7, 15, 0)) == {"Permanence"}  # first Monday of December
    assert open_names(at(2026, 12, 14, 15, 0)) == set()


def test_saving_new_hours_refreshes_the_table(office):
    saturday = at(2026, 12, 5, 10, 0)
    assert open_names(saturday) == set()
    office.horaires = "Mo-Sa 09:00-12:00"
    office.save()
    assert open_names(saturday) == {"Mairie"}
    office.horaires = ""
    office.save()
    assert open_names(saturday) == set()
    assert not office.openings.exists()


def test_bulk_writes_are_refreshed_by_refresh_openings():
    places = Place.objects.bulk_create(
        [
            PlaceFactory.build(nom=f"Lieu {n}", slug=f"lieu-{n}", horaires="Sa 09:00-12:00")
            for n in range(3)
        ]
    )
    saturday = at(2026, 12, 5, 10, 0)
    assert open_names(saturday) == set()  # bulk_create sends no post_save
    refresh_openings(places)
    assert open_names(saturday) == {"Lieu 0", "Lieu 1", "Lieu 2"}


def test_the_table_answers_as_the_parser_does():
    """Every quarter of an hour of a week with a public holiday (14 July 2026, a
    Tuesday), and the Monday after Easter, for hours of every shape the table holds."""
    texts = [
        OFFICE,
        "Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00",
        "Mo,We,Fr 14:00-17:00; PH off",
        "Tu-Sa 10:00-18:00; PH 10:00-12:00",
        "24/7",
        "24/7; PH off",
        "Mo-Su 00:00-24:00; Su off",
        "We 18:00-01:30; Sa 22:00-03:00",
        "Mo-Fr 09:00-18:00; We 12:00-14:00 off",
        'Tu 14:00-16:00 "sur rendez-vous"',
        "Mo-Fr 09:00-17:00, Sa 10:00-12:00",
    ]
    places = {
        PlaceFactory(nom=f"Lieu {n}", horaires=text).pk: text for n, text in enumerate(texts)
    }
    moments = [
        at(2026, 7, 13, 0, 0) + datetime.timedelta(minutes=15 * n) for n in range(7 * 24 * 4)
    ] + [at(2026, 4, 6, 0, 0) + datetime.timedelta(minutes=30 * n) for n in range(48)]
    for moment in moments:
        expected = {pk for pk, text in places.items() if parse(text).is_open(moment)}
        found = set(open_at(Place.objects.all(), moment).values_list("pk", flat=True))
        assert found == expected, moment


def test_open_at_runs_the_same_queries_for_few_or_many_places(django_assert_num_queries):
    moment = at(2026, 12, 1, 10, 0)
    PlaceFactory(horaires=OFFICE)
    PlaceFactory(horaires="Jul-Aug Mo-Fr 10:00-12:00")
    with django_assert_num_queries(2):  # the places to check exactly, then the list
        assert len(list(open_at(Place.objects.all(), moment))) == 1
    for _n in range(10):
        PlaceFactory(horaires=OFFICE)
        PlaceFactory(horaires="Jul-Aug Mo-Fr 10:00-12:00")
    with django_assert_num_queries(2):
        assert len(list(open_at(Place.objects.all(), moment))) == 11


def test_the_lookup_is_indexed():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, PlaceOpening._meta.db_table)
    indexed = [tuple(item["columns"]) for item in constraints.values() if item["index"]]
    assert ("place_id", "kind", "weekday", "opens") in indexed


def test_intervals_keep_ordinary_days_and_public_holidays_apart():
    rows = set(opening.intervals(OFFICE))
    week, holiday = PlaceOpening.Kind.WEEK, PlaceOpening.Kind.HOLIDAY
    assert (week, 0, 9 * 60, 12 * 60) in rows
    assert (week, 4, 14 * 60, 17 * 60 + 30) in rows
    assert not {row for row in rows if row[0] == holiday}  # PH off
    assert not {row for row in rows if row[1] in (5, 6)}
    assert opening.intervals("") == ()
    assert opening.intervals("n'importe quoi") == ()
