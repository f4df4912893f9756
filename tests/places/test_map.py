"""The map of places: /lieux/ (filters, count, list), its markers and its embed.

Published places only, whoever asks; every filter alone and combined; values not
understood get a French message and never a 500; queries do not grow with the places.
"""

import datetime
import json
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from communities.models import CommunityPage
from home.models import HomePage, StandardPage
from places import filters as place_filters
from places.exporting import generation
from places.models import Place, PlaceMapPage
from rhinocc.settings.base import tile_source
from tests.factories.communities import CommunityPageFactory
from tests.factories.home import home
from tests.factories.places import PlaceFactory

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def names(response) -> list[str]:
    """The names of the places listed, in order."""
    html = response.content.decode()
    items = re.findall(r'<li class="place-item">\s*<h3><a href="[^"]*">([^<]*)</a>', html)
    return [item.replace("&#x27;", "'") for item in items]


def listed(query: str = "") -> list[str]:
    response = Client().get(f"/lieux/{query}")
    assert response.status_code == 200
    return names(response)


def markers(query: str = "") -> dict:
    response = Client().get(f"/lieux/marqueurs.json{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def marker_names(query: str = "") -> list[str]:
    return sorted(place[1] for place in markers(query)["places"])


@pytest.fixture
def hidden_places():
    return [
        PlaceFactory(
            nom="Lieu proposé", status=Place.Status.PROPOSED, latitude=43.6, longitude=1.4
        ),
        PlaceFactory(
            nom="Lieu archivé", status=Place.Status.ARCHIVED, latitude=43.6, longitude=1.4
        ),
    ]


def test_only_published_places_in_the_list_the_count_and_the_markers(hidden_places):
    PlaceFactory(nom="Lieu publié", latitude=43.6, longitude=1.44)
    response = Client().get("/lieux/")
    html = response.content.decode()
    assert names(response) == ["Lieu publié"]
    assert "1 lieu" in html
    assert "Lieu proposé" not in html and "Lieu archivé" not in html
    assert marker_names() == ["Lieu publié"]
    embed = Client().get("/lieux/carte/").content.decode()
    assert "1 lieu de médiation numérique" in embed


def test_hidden_places_stay_hidden_under_every_filter(hidden_places):
    for query in (
        "?commune=Toulouse",
        "?service=aide-aux-demarches-administratives",
        "?pres_de=31000",
    ):
        assert listed(query) == []
        assert marker_names(query) == []


def test_the_page_is_in_french_and_in_the_base_layout():
    PlaceFactory(nom="Médiathèque", aptic_qualified=True, accepts_pass_numerique=True)
    html = Client().get("/lieux/").content.decode()
    assert '<html lang="fr">' in html
    assert "Filtrer les lieux" in html and "Afficher les lieux" in html
    assert "Qualifié APTIC" in html and "Pass Numérique" in html
    assert 'class="site-footer"' in html


def test_the_list_comes_before_the_map_in_the_page():
    PlaceFactory(nom="Médiathèque")
    html = Client().get("/lieux/").content.decode()
    heading, form = html.index("<h1>"), html.index('aria-labelledby="filtrer"')
    count, listing = html.index('id="liste"'), html.index('class="place-item"')
    region = html.index('id="carte"')
    assert heading < form < count < listing < region
    # The map is JavaScript's: hidden until map.js draws it, and Leaflet not in the page.
    assert re.search(r'<section id="carte"[^>]*\bhidden\b', html)
    assert "leaflet.js" not in html.split('id="carte"')[0]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?service=acces-internet-et-materiel-informatique", ["Cyber-base"]),
        ("?public=seniors", ["Médiathèque"]),
        ("?departement=12", ["Cyber-base"]),
        ("?commune=albi", ["Médiathèque"]),
        ("?commune=++Albi++", ["Médiathèque"]),
        ("?frais=payant", ["Cyber-base"]),
        ("?frais=pass-numerique", ["Médiathèque"]),
        ("?frais=gratuit-sous-condition", ["Médiathèque"]),
        ("?dispositif=aptic", ["Cyber-base"]),
        ("?dispositif=conseillers-numeriques", ["Médiathèque"]),
        ("?itinerance=itinerant", ["Cyber-base"]),
        ("?itinerance=fixe", ["Médiathèque"]),
    ],
)
def test_each_filter_narrows_the_list_and_the_markers(query, expected):
    PlaceFactory(
        nom="Médiathèque",
        commune="Albi",
        code_postal="81000",
        code_insee="81004",
        latitude=43.93,
        longitude=2.15,
        services=["Aide aux démarches administratives"],
        publics_specifiquement_adresses=["Seniors"],
        accepts_pass_numerique=True,
        dispositif_programmes_nationaux=["Conseillers numériques"],
        itinerance=["Fixe"],
    )
    PlaceFactory(
        nom="Cyber-base",
        commune="Millau",
        code_postal="12100",
        code_insee="12145",
        latitude=44.1,
        longitude=3.08,
        services=["Accès internet et matériel informatique"],
        frais_a_charge=["Payant"],
        aptic_qualified=True,
        itinerance=["Itinérant"],
    )
    assert listed(query) == expected
    assert marker_names(query) == expected


def test_filters_combine():
    PlaceFactory(nom="Albi APTIC", code_postal="81000", code_insee="81004", aptic_qualified=True)
    PlaceFactory(nom="Albi", code_postal="81000", code_insee="81004")
    PlaceFactory(nom="Toulouse APTIC", aptic_qualified=True)
    assert listed("?departement=81&dispositif=aptic") == ["Albi APTIC"]
    assert listed("?departement=81") == ["Albi", "Albi APTIC"]
    assert listed("?dispositif=aptic") == ["Albi APTIC", "Toulouse APTIC"]


def test_a_public_community_filters_a_private_one_is_not_offered_nor_applied():
    public = CommunityPageFactory(title="Réseau Sicoval", slug="sicoval")
    private = CommunityPageFactory(title="Cercle confidentiel", slug="cercle", is_private=True)
    PlaceFactory(nom="Lieu du Sicoval", communities=[public], latitude=43.5, longitude=1.5)
    PlaceFactory(nom="Lieu du cercle", communities=[private], latitude=43.6, longitude=1.4)
    html = Client().get("/lieux/").content.decode()
    assert "Réseau Sicoval" in html
    assert "Cercle confidentiel" not in html
    assert listed("?communaute=sicoval") == ["Lieu du Sicoval"]
    response = Client().get("/lieux/?communaute=cercle")
    assert "Cercle confidentiel" not in response.content.decode()
    # Not applied: every place is listed, with the message.
    assert sorted(names(response)) == ["Lieu du Sicoval", "Lieu du cercle"]
    assert "Filtre non compris, ignoré\u00a0: Communauté." in response.content.decode()
    assert marker_names("?communaute=cercle") == ["Lieu du Sicoval", "Lieu du cercle"]


@pytest.mark.parametrize(
    "query",
    [
        "?service=inconnu",
        "?departement=75",
        "?frais=cher",
        "?dispositif=%00",
        "?communaute=nulle-part",
        "?rayon=7",
        "?lat=abc&lon=1",
        "?lat=200&lon=1",
        "?commune=" + "x" * 300,
        "?page=abc",
        "?page=999",
        "?service=acces-internet-et-materiel-informatique&service=autre",
    ],
)
def test_values_not_understood_are_ignored_with_a_french_message_never_a_500(query):
    PlaceFactory(nom="Médiathèque", latitude=43.6, longitude=1.44)
    response = Client().get(f"/lieux/{query}")
    assert response.status_code == 200
    assert Client().get(f"/lieux/marqueurs.json{query}").status_code == 200
    assert Client().get(f"/lieux/carte/{query}").status_code == 200
    html = response.content.decode()
    if query.startswith("?page"):
        assert "Médiathèque" in html
    else:
        assert "non compris, ignoré" in html
    if not query.startswith(("?page", "?lat")):
        # The field itself says it, its value kept (the position's fields are hidden).
        assert 'aria-invalid="true"' in html


def test_a_bad_value_is_kept_in_its_field_and_the_others_still_apply():
    PlaceFactory(nom="Albi", code_postal="81000", code_insee="81004")
    PlaceFactory(nom="Toulouse")
    response = Client().get("/lieux/?departement=81&service=inconnu&commune=Alb%C3%AE")
    html = response.content.decode()
    assert names(response) == []  # « Albî » is kept, and matches nothing
    assert 'value="Albî"' in html
    assert '<option value="81" selected>' in html
    response = Client().get("/lieux/?departement=81&service=inconnu")
    assert names(response) == ["Albi"]


def test_near_a_commune_sorts_the_nearest_first_and_says_from_where():
    PlaceFactory(nom="Toulouse", latitude=43.6045, longitude=1.444)
    PlaceFactory(nom="Millau", latitude=44.098, longitude=3.078)
    PlaceFactory(nom="Rodez", latitude=44.35, longitude=2.575)
    PlaceFactory(nom="Sans coordonnées")
    response = Client().get("/lieux/?pres_de=Millau")
    assert names(response) == ["Millau", "Rodez", "Toulouse"]
    assert "Les lieux les plus proches de Millau (12100) d’abord." in response.content.decode()
    assert listed("?pres_de=12100&rayon=20") == ["Millau"]
    assert listed("?lat=43.60&lon=1.44&rayon=5") == ["Toulouse"]


def test_near_an_unknown_commune_is_said_and_ignored():
    PlaceFactory(nom="Toulouse")
    response = Client().get("/lieux/?pres_de=Paris")
    html = response.content.decode()
    assert names(response) == ["Toulouse"]
    assert "Aucune commune d’Occitanie ne porte ce nom ni ce code postal." in html
    assert 'value="Paris"' in html


def test_open_now_keeps_the_places_open_at_this_moment(monkeypatch):
    PlaceFactory(nom="En semaine", horaires="Mo-Fr 09:00-18:00", latitude=43.6, longitude=1.4)
    PlaceFactory(nom="Le samedi", horaires="Sa 09:00-12:00", latitude=43.6, longitude=1.4)
    wednesday = datetime.datetime(2026, 12, 2, 10, 30, tzinfo=PARIS)
    monkeypatch.setattr(place_filters.timezone, "now", lambda: wednesday)
    assert listed("?ouvert=on") == ["En semaine"]
    assert marker_names("?ouvert=on") == ["En semaine"]
    saturday = datetime.datetime(2026, 12, 5, 10, 30, tzinfo=PARIS)
    monkeypatch.setattr(place_filters.timezone, "now", lambda: saturday)
    assert listed("?ouvert=on") == ["Le samedi"]
    assert marker_names("?ouvert=on") == ["Le samedi"]


def test_the_list_is_paginated_twenty_a_page():
    for number in range(25):
        PlaceFactory(nom=f"Lieu {number:02d}")
    first = listed()
    assert first == [f"Lieu {number:02d}" for number in range(20)]
    second = Client().get("/lieux/?departement=31&page=2")
    assert names(second) == [f"Lieu {number:02d}" for number in range(20, 25)]
    assert "page=1" in second.content.decode()
    assert "departement=31&amp;page=1" in second.content.decode()


def queries_of(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def make_places(count: int) -> None:
    community = CommunityPage.objects.filter(slug="sicoval").first() or CommunityPageFactory(
        slug="sicoval"
    )
    for _number in range(count):
        PlaceFactory(latitude=43.6, longitude=1.44, aptic_qualified=True, communities=[community])


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?departement=31&dispositif=aptic&communaute=sicoval",
        "?ouvert=on&pres_de=Toulouse&frais=gratuit",
    ],
)
def test_the_list_page_runs_the_same_queries_for_3_or_30_places(query, monkeypatch):
    # A Wednesday morning: the factory's places are open.
    wednesday = datetime.datetime(2026, 12, 2, 10, 30, tzinfo=PARIS)
    monkeypatch.setattr(place_filters.timezone, "now", lambda: wednesday)
    counts = []
    for count in (3, 30):
        make_places(count)
        client = Client()
        client.get("/lieux/")  # what is read once per process (the site, the menu)
        counts.append(queries_of(client, f"/lieux/{query}"))
        assert len(listed(query)) == min(20, Place.objects.count())
    assert counts[0] == counts[1], counts


def test_the_markers_and_the_embed_run_the_same_queries_for_3_or_30_places():
    counts = []
    for count in (3, 30):
        make_places(count)
        generation.bump()
        client = Client()
        # What pages read once per generation of published content (core.generations).
        client.get("/lieux/carte/?communaute=sicoval")
        counts.append(
            (
                queries_of(client, "/lieux/marqueurs.json?communaute=sicoval"),
                queries_of(client, "/lieux/carte/?communaute=sicoval"),
            )
        )
    assert counts[0] == counts[1], counts
    assert len(markers("?communaute=sicoval")["places"]) == 33


def test_the_markers_are_compact_and_link_to_the_place_pages():
    place = PlaceFactory(
        nom="Médiathèque", commune="Albi", latitude=43.928123456, longitude=2.1461
    )
    PlaceFactory(nom="Sans coordonnées")
    data = markers()
    assert data["place_url"].replace("{slug}", place.slug) == place.get_absolute_url()
    assert data["places"] == [[place.slug, "Médiathèque", "Albi", 43.92812, 2.1461]]


def test_the_markers_are_cached_until_a_place_changes():
    place = PlaceFactory(nom="Avant", latitude=43.6, longitude=1.44)
    assert marker_names() == ["Avant"]
    first = Client().get("/lieux/marqueurs.json")
    assert (
        Client().get("/lieux/marqueurs.json", headers={"If-None-Match": first["ETag"]}).status_code
        == 304
    )
    Place.objects.filter(pk=place.pk).update(nom="Changé sans signal")
    assert marker_names() == ["Avant"]  # from the cache
    place.refresh_from_db()
    place.nom = "Après"
    place.save()
    assert marker_names() == ["Après"]
    assert (
        Client().get("/lieux/marqueurs.json", headers={"If-None-Match": first["ETag"]}).status_code
        == 200
    )


def test_the_embed_is_framable_and_the_other_pages_are_not():
    PlaceFactory(nom="Médiathèque", code_postal="81000", code_insee="81004")
    embed = Client().get("/lieux/carte/?departement=81")
    assert embed.status_code == 200
    assert "X-Frame-Options" not in embed
    assert "frame-ancestors *" in embed["Content-Security-Policy"]
    assert "http://testserver/lieux/?departement=81" in embed.content.decode()
    page = Client().get("/lieux/")
    assert page["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in page["Content-Security-Policy"]
    assert Client().get("/lieux/marqueurs.json")["X-Frame-Options"] == "DENY"


def test_the_page_offers_the_iframe_code_of_its_filters():
    html = (
        Client()
        .get("/lieux/?departement=81&frais=pass-numerique&service=inconnu")
        .content.decode()
    )
    assert "Intégrer cette carte" in html
    # The unknown service is left out of the code: only what the map shows.
    assert (
        '&lt;iframe src="http://testserver/lieux/carte/?departement=81&amp;frais=pass-numerique"'
        in html
    )


def test_the_map_settings_reach_the_page():
    html = Client().get("/lieux/?departement=31").content.decode()
    assert 'data-markers-url="/lieux/marqueurs.json?departement=31"' in html
    # The tests draw no background: no tile request leaves the machine.
    assert 'data-tile-url=""' in html
    with override_settings(RHINOCC_MAP_TILE_URL="https://tuiles.example.org/{z}/{x}/{y}.png"):
        html = Client().get("/lieux/").content.decode()
    assert 'data-tile-url="https://tuiles.example.org/{z}/{x}/{y}.png"' in html


def test_the_tile_server_is_allowed_by_the_csp():
    assert tile_source("https://tile.openstreetmap.org/{z}/{x}/{y}.png") == [
        "https://tile.openstreetmap.org"
    ]
    assert tile_source("https://{s}.tile.example.org/{z}/{x}/{y}.png") == [
        "https://*.tile.example.org"
    ]
    assert tile_source("") == []
    assert tile_source("/tuiles/{z}/{x}/{y}.png") == []


def test_the_menu_page_gives_the_title_and_sends_its_visitors_to_the_map():
    page = PlaceMapPage(title="Carte des lieux", slug="carte-des-lieux", show_in_menus=True)
    home().add_child(instance=page)
    page.save_revision().publish()
    html = Client().get("/lieux/").content.decode()
    assert "<h1>Carte des lieux</h1>" in html
    assert '<a href="/carte-des-lieux/">Carte des lieux</a>' in html
    response = Client().get("/carte-des-lieux/")
    assert response.status_code == 302 and response["Location"] == "/lieux/"


class MapPageRulesTests(WagtailPageTestCase):
    def test_the_map_page_is_a_single_leaf_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, PlaceMapPage)
        for parent in (Page, StandardPage, CommunityPage, PlaceMapPage):
            self.assertCanNotCreateAt(parent, PlaceMapPage)
        self.assertAllowedSubpageTypes(PlaceMapPage, set())
        home().add_child(instance=PlaceMapPage(title="Carte des lieux", slug="lieux"))
        self.assertFalse(PlaceMapPage.can_create_at(home()))


VENDOR = Path(settings.BASE_DIR) / "places" / "static" / "places" / "vendor"
LOCK = Path(settings.BASE_DIR) / "places" / "frontend" / "package-lock.json"


@pytest.mark.parametrize("package", ["leaflet", "leaflet.markercluster"])
def test_the_vendored_map_libraries_are_the_locked_versions(package):
    """scripts/vendor-map-assets copies them from npm at the versions the lock pins."""
    locked = json.loads(LOCK.read_text())["packages"][f"node_modules/{package}"]["version"]
    copied = json.loads((VENDOR / package / "package.json").read_text())
    assert copied["name"] == package and copied["version"] == locked


def test_the_vendored_leaflet_script_is_the_locked_release():
    locked = json.loads(LOCK.read_text())["packages"]["node_modules/leaflet"]["version"]
    script = (VENDOR / "leaflet" / "leaflet.js").read_text()
    assert f"Leaflet {locked}, a JS library for interactive maps" in script.splitlines()[1]
    assert f't.version="{locked}"' in script
    for name in ("leaflet.css", "LICENSE", "images/marker-icon.png", "leaflet.js.map"):
        assert (VENDOR / "leaflet" / name).exists(), name
    for name in ("leaflet.markercluster.js", "MarkerCluster.Default.css", "MIT-LICENCE.txt"):
        assert (VENDOR / "leaflet.markercluster" / name).exists(), name


def test_the_less_used_filters_fold_and_open_when_one_is_chosen_or_wrong():
    def fold(query: str) -> str:
        html = Client().get(f"/lieux/{query}").content.decode()
        return re.search(r'<details class="places-filters__more"[^>]*>', html)[0]

    assert "open" not in fold("?departement=31&ouvert=on")
    assert "open" in fold("?frais=pass-numerique")
    assert "open" in fold("?itinerance=nulle")
