"""The census form (/recensement/): a structure proposes a place or an update without an
account; the values are checked as a place before they are queued; hours entered per
day become `opening_hours`; robots and floods are turned away, keeping what was typed."""

import datetime
import re

import pytest
from django.core import mail
from django.core.cache import cache

from places.census import views as census_views
from places.census.hours import WeekHours, from_opening_hours, to_opening_hours
from places.models import Place, Proposal
from tests.factories.places import PlaceFactory

pytestmark = pytest.mark.django_db

NEW = "/recensement/nouveau/"


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()
    yield
    cache.clear()


def t(text: str) -> datetime.time:
    hours, minutes = text.split(":")
    return datetime.time(int(hours), int(minutes))


def week(**days) -> WeekHours:
    """week(Mo="09:00-12:00,14:00-17:30") → the WeekHours of those days."""
    names = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    hours = WeekHours()
    for name, text in days.items():
        hours.week[names.index(name)] = [
            (t(span.split("-")[0]), t(span.split("-")[1])) for span in text.split(",")
        ]
    return hours


def form_data(**overrides) -> dict:
    data = {
        "nom": "Espace numérique du Causse",
        "pivot": "434 933 123 00029",
        "adresse": "3 place de la Mairie",
        "code_postal": "12 000",
        "commune": "Rodez",
        "telephone": "05 65 00 00 00",
        "courriels": "contact@causse.example",
        "site_web": "www.causse.example",
        "services": ["Aide aux démarches administratives", "Loisirs et créations numériques"],
        "frais_a_charge": ["Gratuit"],
        "proposer_name": "Émilie Durand",
        "proposer_email": "emilie@causse.example",
        "proposer_role": "Médiatrice numérique",
        "consent": "on",
        "website": "",
    }
    for day in ("Mo", "Tu", "We", "Th", "Fr"):
        data.update(
            {
                f"hours_{day}_1_start": "09:00",
                f"hours_{day}_1_end": "12:00",
                f"hours_{day}_2_start": "14:00",
                f"hours_{day}_2_end": "17:30",
            }
        )
    data.update({"hours_Sa_1_start": "9h", "hours_Sa_1_end": "12h00"})
    data.update(overrides)
    return data


# Hours, both ways


def test_a_week_becomes_opening_hours_grouping_equal_consecutive_days():
    hours = week(
        Mo="09:00-12:00,14:00-17:30",
        Tu="09:00-12:00,14:00-17:30",
        We="09:00-12:00,14:00-17:30",
        Th="09:00-12:00,14:00-17:30",
        Fr="09:00-12:00,14:00-17:30",
        Sa="09:00-12:00",
    )
    assert to_opening_hours(hours) == "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00"


def test_days_apart_with_the_same_hours_share_a_rule():
    hours = week(Mo="14:00-17:00", We="14:00-17:00", Fr="14:00-17:00", Sa="10:00-12:00")
    assert to_opening_hours(hours) == "Mo,We,Fr 14:00-17:00; Sa 10:00-12:00"
    hours = week(Mo="09:00-12:00", Tu="09:00-12:00", Th="09:00-12:00", Fr="09:00-12:00")
    assert to_opening_hours(hours) == "Mo-Tu,Th-Fr 09:00-12:00"


def test_a_closed_week_is_no_hours_and_public_holidays_add_ph_off():
    assert to_opening_hours(WeekHours()) == ""
    hours = week(Tu="10:00-12:30")
    hours.closed_on_public_holidays = True
    assert to_opening_hours(hours) == "Tu 10:00-12:30; PH off"


@pytest.mark.parametrize(
    "text",
    [
        "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00",
        "Mo,We,Fr 14:00-17:00",
        "Tu-Sa 10:00-12:30,14:00-18:00; PH off",
        "Tu 14:00-18:00; We 10:00-12:00,14:00-18:00; Sa 10:00-12:00",
    ],
)
def test_hours_a_week_can_say_convert_back_to_the_same_text(text):
    hours = from_opening_hours(text)
    assert hours is not None
    assert to_opening_hours(hours) == text


def test_hours_convert_back_by_their_meaning():
    hours = from_opening_hours("Mo-Fr 09:00-18:00; We off")
    assert hours.week[2] == [] and hours.week[0] == [(t("09:00"), t("18:00"))]
    assert to_opening_hours(hours) == "Mo-Tu,Th-Fr 09:00-18:00"


@pytest.mark.parametrize(
    "text",
    [
        "24/7",
        "Tu[1,3] 09:30-12:00; Th 14:00-17:00",
        "Jul-Aug Mo-Fr 10:00-12:00",
        'Mo 14:00-16:00 "sur rendez-vous"',
        "Fr 20:00-02:00",
        "Mo 08:00-10:00,11:00-12:00,14:00-16:00",
        "not hours at all",
    ],
)
def test_hours_a_week_cannot_say_do_not_convert(text):
    assert from_opening_hours(text) is None


# The search step


def test_the_search_finds_published_places_by_name_or_siret(client):
    PlaceFactory(nom="Médiathèque Pierre-Amalric", commune="Albi", pivot="43493312300029")
    PlaceFactory(nom="Médiathèque cachée", commune="Albi", status=Place.Status.PROPOSED)
    page = client.get("/recensement/", {"lieu": "Amalric albi"}).content.decode()
    assert "Médiathèque Pierre-Amalric" in page
    by_siret = client.get("/recensement/", {"lieu": "434 933 123"}).content.decode()
    assert "Médiathèque Pierre-Amalric" in by_siret
    unaccented = client.get("/recensement/", {"lieu": "MEDIATHEQUE pierre amalric"})
    assert "Médiathèque Pierre-Amalric" in unaccented.content.decode()
    hidden = client.get("/recensement/", {"lieu": "Médiathèque"}).content.decode()
    assert "cachée" not in hidden
    assert "/recensement/nouveau/" in hidden


def test_the_search_page_is_paginated(client):
    for number in range(12):
        PlaceFactory(nom=f"Tiers-lieu {number}")
    first = client.get("/recensement/", {"lieu": "Tiers-lieu"}).content.decode()
    assert first.count("Proposer une mise à jour") == census_views.RESULTS_PER_PAGE
    second = client.get("/recensement/", {"lieu": "Tiers-lieu", "page": 2}).content.decode()
    assert second.count("Proposer une mise à jour") == 2


# Sending a proposal


def test_a_new_place_is_queued_as_a_valid_place_and_acknowledged(client):
    response = client.post(NEW, form_data())
    assert response.status_code == 302 and response["Location"] == "/recensement/merci/"
    proposal = Proposal.objects.get()
    assert proposal.kind == Proposal.Kind.NEW and proposal.state == Proposal.State.PENDING
    assert proposal.department_code == "12"
    data = proposal.data
    assert data["pivot"] == "43493312300029"
    assert data["code_postal"] == "12000"
    assert data["telephone"] == "+33565000000"
    assert data["site_web"] == ["https://www.causse.example"]
    assert data["horaires"] == "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00"
    assert data["latitude"] is None and data["longitude"] is None
    assert not Place.objects.exists()  # nothing on the map before an editor
    [message] = mail.outbox
    assert message.to == ["emilie@causse.example"]
    assert message.body.startswith("Bonjour Émilie Durand,")
    assert "Espace numérique du Causse" in message.subject + message.body
    assert "http://testserver/recensement/" in message.body
    assert "L'équipe RhinOcc" in message.body
    thanks = client.get(response["Location"]).content.decode()
    assert "Espace numérique du Causse" in thanks and "emilie@causse.example" in thanks


def test_the_pin_sends_the_position_and_the_pass_numerique_sets_its_fee(client):
    client.post(
        NEW,
        form_data(latitude="44.35058", longitude="2.57502", accepts_pass_numerique="on"),
    )
    data = Proposal.objects.get().data
    assert (data["latitude"], data["longitude"]) == (44.35058, 2.57502)
    assert data["accepts_pass_numerique"] is True
    assert "Gratuit sous condition" in data["frais_a_charge"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("pivot", "43493312300028", "pas un SIRET valide"),
        ("code_postal", "3100", "cinq chiffres"),
        ("telephone", "12 34", "format international"),
        ("hours_Mo_1_end", "08:00", "après l’heure d’ouverture"),
        ("hours_Tu_1_end", "", "l’heure d’ouverture et l’heure de fermeture"),
        ("hours_We_2_start", "11:00", "après la fin de la première"),
        ("hours_Th_1_start", "neuf heures", "09:30"),
        ("nom", "", "Champ requis"),
        ("services", [], "au moins un service"),
        ("consent", "", "Cochez cette case"),
        ("proposer_email", "pas-une-adresse", "adresse de courriel valide"),
    ],
)
def test_bad_input_keeps_the_values_and_says_why_in_french(client, field, value, message):
    data = form_data(**{field: value})
    response = client.post(NEW, data)
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page, page[page.find("form-errors") : page.find("form-errors") + 1500]
    assert "Le formulaire n'a pas été envoyé" in page
    # What was typed is still there.
    assert 'value="Espace numérique du Causse"' in page or field == "nom"
    assert 'value="emilie@causse.example"' in page or field == "proposer_email"
    assert 'value="3 place de la Mairie"' in page
    assert not Proposal.objects.exists() and not mail.outbox


def test_the_honeypot_refuses_robots_and_keeps_the_values(client):
    response = client.post(NEW, form_data(website="https://spam.example"))
    page = response.content.decode()
    assert response.status_code == 200 and not Proposal.objects.exists()
    assert "comme le font les robots" in page
    assert 'value="Espace numérique du Causse"' in page


def test_codes_typed_with_spaces_are_not_cut_by_the_browser(client):
    page = client.get(NEW).content.decode()
    # 434 933 123 00029: 17 characters for a 14-digit SIRET.
    assert re.search(r'<input[^>]*name="pivot"[^>]*maxlength="20"', page)
    assert re.search(r'<input[^>]*name="telephone"[^>]*maxlength="24"', page)


def test_the_honeypot_is_out_of_the_tab_order_and_labelled_to_stay_empty(client):
    page = client.get(NEW).content.decode()
    assert 'name="website"' in page and 'tabindex="-1"' in page
    assert "Laissez ce champ vide" in page


def test_the_rate_limit_per_address_refuses_in_french_and_keeps_the_values(client, monkeypatch):
    monkeypatch.setattr(census_views, "SUBMISSIONS_PER_HOUR", 2)
    for _attempt in range(2):
        assert client.post(NEW, form_data()).status_code == 302
    response = client.post(NEW, form_data(nom="Troisième lieu"))
    page = response.content.decode()
    assert response.status_code == 429
    assert "Trop de propositions" in page and 'value="Troisième lieu"' in page
    assert Proposal.objects.count() == 2
    # Another address is not held back.
    other = client.post(NEW, form_data(), REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302


# Proposing an update


def test_an_update_is_prefilled_with_the_current_record(client):
    place = PlaceFactory(
        nom="Maison France Services de Millau",
        commune="Millau",
        code_postal="12100",
        telephone="+33565000001",
        horaires="Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00; PH off",
    )
    page = client.get(f"/recensement/lieu/{place.slug}/").content.decode()
    assert 'value="Maison France Services de Millau"' in page
    assert 'value="+33565000001"' in page
    assert 'name="hours_Mo_2_start" value="13:30"' in page
    assert 'name="hours_Fr_1_end" value="12:00"' in page
    assert 'name="hours_Fr_2_start"' in page and 'name="hours_Fr_2_start" value' not in page
    assert 'name="closed_on_public_holidays" id="id_closed_on_public_holidays" checked' in page
    assert 'name="hours_choice"' not in page  # the week says it all


def test_hours_a_week_cannot_say_are_shown_as_text_and_kept_unless_reentered(client):
    place = PlaceFactory(horaires="Tu[1,3] 09:30-12:00; Th 14:00-17:00")
    url = f"/recensement/lieu/{place.slug}/"
    page = client.get(url).content.decode()
    assert "Tu[1,3] 09:30-12:00; Th 14:00-17:00" in page and 'name="hours_choice"' in page
    base = form_data(nom=place.nom, horaires=place.horaires)
    client.post(url, {**base, "hours_choice": "keep"})
    client.post(url, {**base, "hours_choice": "week"})
    kept, entered = Proposal.objects.order_by("pk")
    assert kept.data["horaires"] == "Tu[1,3] 09:30-12:00; Th 14:00-17:00"
    assert entered.data["horaires"] == "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00"
    assert kept.kind == Proposal.Kind.UPDATE and kept.place == place


def test_an_update_changes_nothing_on_the_map_before_an_editor(client):
    place = PlaceFactory(nom="Cyber-base de Figeac", commune="Figeac")
    client.post(f"/recensement/lieu/{place.slug}/", form_data(nom="Cyber-base du Grand Figeac"))
    place.refresh_from_db()
    assert place.nom == "Cyber-base de Figeac"
    assert Proposal.objects.get().data["nom"] == "Cyber-base du Grand Figeac"


def test_only_published_places_can_be_updated(client):
    hidden = PlaceFactory(status=Place.Status.ARCHIVED)
    assert client.get(f"/recensement/lieu/{hidden.slug}/").status_code == 404
