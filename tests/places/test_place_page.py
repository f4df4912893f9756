"""A place's page, /lieux/<slug>/ (places/detail.py)."""

import datetime
import json
import re
import zoneinfo

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from places.models import Place
from tests.factories.accounts import UserFactory
from tests.factories.catalogue import (
    TrainingCataloguePageFactory,
    TrainingModulePageFactory,
    session,
)
from tests.factories.communities import CommunityPageFactory
from tests.factories.places import PlaceFactory

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


@pytest.fixture
def clock(monkeypatch):
    """Sets the site's clock: `clock(2026, 12, 1, 10, 0)` (Paris time)."""

    def set_clock(*args):
        moment = datetime.datetime(*args, tzinfo=PARIS)
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment

    return set_clock


@pytest.fixture
def place():
    return PlaceFactory(
        nom="Espace numérique Bagatelle",
        adresse="12 rue du Lot",
        complement_adresse="Bâtiment B, 1er étage",
        commune="Toulouse",
        code_postal="31100",
        latitude=43.5857,
        longitude=1.4167,
        telephone="+33561000000",
        courriels=["contact@bagatelle.example.org"],
        site_web=["https://bagatelle.example.org"],
        prise_rdv="https://rdv.example.org/bagatelle",
        fiche_acces_libre="https://acceslibre.beta.gouv.fr/app/31-toulouse/a/espace/erp/bagatelle/",
        horaires="Mo-Fr 09:00-12:00,14:00-17:30; PH off",
        presentation_resume="Ordinateurs en accès libre et aide aux démarches.",
        presentation_detail="Un lieu ouvert à toutes et à tous.",
        services=["Aide aux démarches administratives", "Loisirs et créations numériques"],
        publics_specifiquement_adresses=["Seniors"],
        prise_en_charge_specifique=["Surdité"],
        frais_a_charge=["Gratuit"],
        accepts_pass_numerique=True,
        aptic_qualified=True,
        dispositif_programmes_nationaux=["Conseillers numériques"],
        itinerance=["Fixe"],
        modalites_acces=["Se présenter", "Téléphoner"],
        modalites_accompagnement=["Accompagnement individuel"],
        date_maj=datetime.date(2026, 10, 1),
    )


def structured_data(response) -> dict:
    """The page's schema.org Place (syndication.structured_data), with its context."""
    scripts = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    assert len(scripts) == 1
    document = json.loads(scripts[0])
    (place,) = [node for node in document["@graph"] if node["@type"] == "Place"]
    return {"@context": document["@context"], **place}


def test_the_page_shows_the_place(client, place, clock):
    clock(2026, 12, 1, 10, 0)
    response = client.get(f"/lieux/{place.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Espace numérique Bagatelle</h1>" in html
    for text in (
        "12 rue du Lot",
        "Bâtiment B, 1er étage",
        "31100 Toulouse",
        "Aide aux démarches administratives",
        "Seniors",
        "Surdité",
        "Accepte le Pass Numérique",
        "Lieu qualifié APTIC",
        "Conseillers numériques",
        "Se présenter",
        "Accompagnement individuel",
        "Un lieu ouvert à toutes et à tous.",
        "Informations mises à jour le",
        "1er octobre 2026",
        "À l'adresse ci-dessus.",
    ):
        assert text in html, text
    assert '<a href="tel:+33561000000">05\xa061\xa000\xa000\xa000</a>' in html
    assert 'href="mailto:contact@bagatelle.example.org"' in html
    assert 'href="https://rdv.example.org/bagatelle"' in html
    assert 'href="https://acceslibre.beta.gouv.fr/app/31-toulouse/a/espace/erp/bagatelle/"' in html
    assert "<title>Espace numérique Bagatelle (Toulouse) — RhinOcc</title>" in html
    assert '<meta name="description" content="Ordinateurs en accès libre' in html
    assert 'href="/lieux/?lat=43.5857&amp;lon=1.4167&amp;rayon=5"' in html


def test_the_breadcrumb_leads_back_to_the_map(client, place):
    html = client.get(f"/lieux/{place.slug}/").content.decode()
    breadcrumb = html[
        html.index('class="breadcrumb') : html.index("</nav>", html.index('class="breadcrumb'))
    ]
    assert re.findall(r"<li>(.*?)</li>", breadcrumb) == [
        '<a href="/">Accueil</a>',
        '<a href="/lieux/">Lieux</a>',
        '<span aria-current="page">Espace numérique Bagatelle</span>',
    ]


def test_hours_are_written_in_french_with_today_marked(client, place, clock):
    clock(2026, 12, 1, 12, 30)  # a Tuesday, at lunch
    html = client.get(f"/lieux/{place.slug}/").content.decode()
    rows = re.findall(r"<tr( [^>]*)?>\s*<th scope=\"row\">(.*?)</th>\s*<td>(.*?)</td>", html, re.S)
    days = [
        (re.sub(r"<[^>]+>", "", day).strip(), hours, attributes) for attributes, day, hours in rows
    ][:7]
    assert [(day, hours) for day, hours, _attributes in days] == [
        ("Lundi", "9\xa0h\xa0– 12\xa0h, 14\xa0h\xa0– 17\xa0h\xa030"),
        ("Mardi (aujourd'hui)", "9\xa0h\xa0– 12\xa0h, 14\xa0h\xa0– 17\xa0h\xa030"),
        ("Mercredi", "9\xa0h\xa0– 12\xa0h, 14\xa0h\xa0– 17\xa0h\xa030"),
        ("Jeudi", "9\xa0h\xa0– 12\xa0h, 14\xa0h\xa0– 17\xa0h\xa030"),
        ("Vendredi", "9\xa0h\xa0– 12\xa0h, 14\xa0h\xa0– 17\xa0h\xa030"),
        ("Samedi", "Fermé"),
        ("Dimanche", "Fermé"),
    ]
    assert [
        day for day, _hours, attributes in days if 'aria-current="date"' in (attributes or "")
    ] == ["Mardi (aujourd'hui)"]
    assert "Fermé en ce moment" in html
    assert "Fermé les jours fériés." in html
    assert "Horaires de la semaine du" in html


def test_open_now_follows_the_clock(client, place, clock):
    clock(2026, 12, 1, 10, 0)
    assert "Ouvert en ce moment" in client.get(f"/lieux/{place.slug}/").content.decode()
    clock(2026, 7, 14, 10, 0)  # 14 juillet, a Tuesday
    html = client.get(f"/lieux/{place.slug}/").content.decode()
    assert "Fermé en ce moment" in html
    assert "(jour férié)" in html


def test_a_place_without_hours_says_so(client, clock):
    place = PlaceFactory(horaires="")
    clock(2026, 12, 1, 10, 0)
    html = client.get(f"/lieux/{place.slug}/").content.decode()
    assert "Le lieu n'a pas indiqué ses horaires" in html
    assert "en ce moment" not in html
    assert "openingHoursSpecification" not in structured_data(client.get(f"/lieux/{place.slug}/"))


@pytest.mark.parametrize("status", [Place.Status.PROPOSED, Place.Status.ARCHIVED])
def test_only_published_places_have_a_page(client, status):
    place = PlaceFactory(status=status)
    assert client.get(f"/lieux/{place.slug}/").status_code == 404
    client.force_login(UserFactory())
    assert client.get(f"/lieux/{place.slug}/").status_code == 404
    assert client.get("/lieux/pas-de-tel-lieu/").status_code == 404


def test_the_exports_keep_their_addresses(client, place):
    assert client.get("/lieux/export.csv").status_code == 200
    assert client.get("/lieux/export.json").status_code == 200


def test_schema_org_place(client, place, clock):
    clock(2026, 12, 1, 10, 0)
    data = structured_data(client.get(f"/lieux/{place.slug}/"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Place"
    assert data["name"] == "Espace numérique Bagatelle"
    # The canonical address, on the site's root as the link preview's.
    assert data["url"] == f"http://localhost/lieux/{place.slug}/"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "12 rue du Lot, Bâtiment B, 1er étage",
        "postalCode": "31100",
        "addressLocality": "Toulouse",
        "addressRegion": "Occitanie",
        "addressCountry": "FR",
    }
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 43.5857, "longitude": 1.4167}
    assert data["telephone"] == "+33561000000"
    assert data["sameAs"] == [
        "https://bagatelle.example.org",
        "https://acceslibre.beta.gouv.fr/app/31-toulouse/a/espace/erp/bagatelle/",
    ]
    weekdays = [
        f"https://schema.org/{day}"
        for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    ]
    assert data["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": weekdays,
            "opens": "09:00",
            "closes": "12:00",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": weekdays,
            "opens": "14:00",
            "closes": "17:30",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/PublicHolidays",
            "opens": "00:00",
            "closes": "00:00",
        },
    ]


def test_the_structured_data_cannot_close_its_script(client):
    place = PlaceFactory(nom="Lieu </script><script>alert(1)</script>")
    response = client.get(f"/lieux/{place.slug}/")
    assert "<script>alert(1)" not in response.content.decode()
    assert structured_data(response)["name"] == "Lieu </script><script>alert(1)</script>"


def test_only_public_communities_are_named(client, place):
    public = CommunityPageFactory(title="Réseau toulousain")
    private = CommunityPageFactory(title="Groupe confidentiel", is_private=True)
    draft = CommunityPageFactory(title="Réseau en préparation", live=False)
    place.communities.add(public, private, draft)
    html = client.get(f"/lieux/{place.slug}/").content.decode()
    assert "Réseau toulousain" in html
    assert "Groupe confidentiel" not in html
    assert "Réseau en préparation" not in html


def test_upcoming_sessions_of_live_public_modules_held_there(client, place):
    other = PlaceFactory()
    TrainingModulePageFactory(
        title="Accompagner les démarches",
        sessions=[session(10, place=place), session(-5, place=place), session(20, place=other)],
    )
    TrainingModulePageFactory(
        title="Module brouillon", live=False, sessions=[session(12, place=place)]
    )
    restricted = TrainingCataloguePageFactory(title="Catalogue interne")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    TrainingModulePageFactory(
        title="Module interne", parent=restricted, sessions=[session(14, place=place)]
    )
    html = client.get(f"/lieux/{place.slug}/").content.decode()
    assert html.count("Accompagner les démarches") == 1  # the upcoming one, not the past one
    start = timezone.localdate() + datetime.timedelta(days=10)
    assert f'<time datetime="{start:%Y-%m-%d}">' in html
    assert "Module brouillon" not in html
    assert "Module interne" not in html
    assert (
        client.get(f"/lieux/{other.slug}/").content.decode().count("Accompagner les démarches")
        == 1
    )


def test_a_session_s_place_fills_its_location():
    module = TrainingModulePageFactory()
    place = PlaceFactory(nom="Médiathèque José-Cabanis", commune="Toulouse")
    held = session(10, place=place, location="")
    held.module = module
    held.clean()
    assert held.location == "Médiathèque José-Cabanis, Toulouse"


def test_the_queries_do_not_grow_with_communities_and_sessions(client, place):
    def count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/lieux/{place.slug}/").status_code == 200
        return len(queries)

    place.communities.add(CommunityPageFactory())
    TrainingModulePageFactory(sessions=[session(10, place=place)])
    count()  # the site's root paths and settings, cached from then on
    few = count()
    place.communities.add(*[CommunityPageFactory() for _n in range(4)])
    for _n in range(4):
        TrainingModulePageFactory(sessions=[session(10, place=place), session(30, place=place)])
    count()  # the modules published since made a new generation (core.generations)
    assert count() == few


def test_a_session_s_place_is_chosen_among_published_places_by_search(client, place):
    from tests.factories.accounts import SuperuserFactory

    PlaceFactory(nom="Espace numérique Bagatelle annexe", status=Place.Status.PROPOSED)
    PlaceFactory(nom="Médiathèque Cabanis")
    module = TrainingModulePageFactory(sessions=[session(10)])
    client.force_login(SuperuserFactory())
    edit = client.get(f"/admin/pages/{module.pk}/edit/").content.decode()
    assert "/admin/lieux-choix/" in edit  # the chooser, not a select of every place
    results = client.get("/admin/lieux-choix/results/", {"q": "bagatelle toulouse"})
    html = results.content.decode()
    assert "Espace numérique Bagatelle (Toulouse)" in html
    assert "annexe" not in html  # a proposed place has no page to link
    assert "Médiathèque Cabanis" not in html


def test_the_page_leads_to_the_census_to_correct_it(client, place):
    html = client.get(f"/lieux/{place.slug}/").content.decode()
    assert f'<a href="/recensement/lieu/{place.slug}/">Proposez une mise à jour</a>' in html
