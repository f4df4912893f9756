"""The census form in Chromium: sent without JavaScript (the address alone), sent with it
(the pin fills latitude and longitude, no third-party request but the map's tiles), and
axe-core at 375 and 1280 px on /recensement/ and its form."""

import secrets
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .test_member_area import (
    assert_no_blocking_axe_violation,
    screenshot_both_widths,
    wait_for_mail,
)

pytestmark = pytest.mark.browser


def fill_census_form(page, name: str, email: str) -> None:
    page.get_by_label("Nom du lieu", exact=True).fill(name)
    page.get_by_label("SIRET de la structure", exact=True).fill("434 933 123 00029")
    page.get_by_label("Adresse", exact=True).fill("3 place de la Mairie")
    page.get_by_label("Code postal", exact=True).fill("12000")
    page.get_by_label("Commune", exact=True).fill("Rodez")
    page.get_by_label("Téléphone", exact=True).fill("05 65 00 00 00")
    page.get_by_label("Aide aux démarches administratives", exact=True).check()
    page.get_by_label("Lundi, première plage, de", exact=True).fill("09:00")
    page.get_by_label("Lundi, première plage, à", exact=True).fill("12:00")
    page.get_by_label("Votre nom", exact=True).fill("Émilie Durand")
    page.get_by_label("Votre adresse électronique", exact=True).fill(email)
    page.get_by_label("Votre fonction dans la structure", exact=True).fill("Médiatrice numérique")
    page.get_by_label("J’accepte que le hub conserve").check()


def test_the_census_form_is_sent_without_javascript(new_context, site):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/recensement/")
    page.get_by_role("link", name="Proposer un nouveau lieu").click()
    # No map without JavaScript: the hub places the marker from the address.
    expect(page.locator("[data-census-pin]")).to_be_hidden()
    expect(page.get_by_text("Le hub placera le lieu sur la carte")).to_be_visible()
    address = f"sans-js-{secrets.token_hex(4)}@rhinocc.example"
    fill_census_form(page, "Espace numérique sans script", address)
    page.get_by_role("button", name="Envoyer la proposition").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Merci, votre proposition est envoyée"
    )
    expect(page.get_by_role("status")).to_contain_text("Espace numérique sans script")
    body = wait_for_mail(site.mail_folder, address)
    assert "Espace numérique sans script" in body and body.startswith("Bonjour Émilie Durand,")


def test_a_refused_form_keeps_what_was_typed_without_javascript(new_context):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/recensement/nouveau/")
    fill_census_form(page, "Lieu au code postal faux", "faux@rhinocc.example")
    page.get_by_label("Code postal", exact=True).fill("120")
    page.get_by_role("button", name="Envoyer la proposition").click()
    alert = page.locator(".form-errors")
    expect(alert).to_contain_text("Code postal")
    expect(page.get_by_label("Nom du lieu", exact=True)).to_have_value("Lieu au code postal faux")
    # The error summary links to the field.
    expect(alert.get_by_role("link").first).to_have_attribute("href", "#id_code_postal")


def test_with_javascript_the_pin_fills_latitude_and_longitude(
    new_context, site, screenshots_folder
):
    context = new_context()
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    # Tiles come from the configured tile server; none is fetched in tests.
    context.route("https://*.openstreetmap.org/**", lambda route: route.abort())
    page = context.new_page()
    page.goto("/recensement/nouveau/")
    pin = page.locator("[data-census-pin]")
    expect(pin).to_be_visible()
    expect(page.get_by_text("Le hub placera le lieu sur la carte")).to_be_hidden()
    latitude, longitude = page.locator("[name=latitude]"), page.locator("[name=longitude]")
    assert latitude.input_value() == ""
    page.locator(".census-pin__map").click(position={"x": 120, "y": 90})
    assert latitude.input_value() != "" and longitude.input_value() != ""
    assert 30 < float(latitude.input_value()) < 55 and -10 < float(longitude.input_value()) < 15
    expect(page.locator("[data-census-pin-position]")).to_contain_text(latitude.input_value())
    # The marker's image loads (the fingerprinted static file, not Leaflet's guess).
    marker = page.locator(".census-pin__map img.leaflet-marker-icon")
    assert marker.evaluate("image => image.complete && image.naturalWidth > 0")
    # The keyboard way: the button puts the marker at the map's centre.
    page.get_by_role("button", name="Mettre le repère au centre de la carte").click()
    assert abs(float(latitude.input_value()) - 43.7) < 0.5
    screenshot_both_widths(page, screenshots_folder, "census-pin", ".census-pin")
    address = f"avec-js-{secrets.token_hex(4)}@rhinocc.example"
    fill_census_form(page, "Espace numérique épinglé", address)
    page.get_by_role("button", name="Envoyer la proposition").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Merci, votre proposition est envoyée"
    )
    site_host = urlsplit(site.url).netloc
    elsewhere = {
        urlsplit(url).netloc
        for url in requests
        if urlsplit(url).netloc != site_host and not url.startswith("data:")
    }
    assert elsewhere <= {"tile.openstreetmap.org"}, elsewhere


@pytest.mark.parametrize("path", ["/recensement/", "/recensement/nouveau/"])
def test_census_pages_pass_axe_at_375_and_1280(new_context, site, axe_source, path):
    context = new_context(bypass_csp=True)
    context.route("https://*.openstreetmap.org/**", lambda route: route.abort())
    page = context.new_page()
    page.goto(path)
    name = "census-search" if path == "/recensement/" else "census-form"
    assert_no_blocking_axe_violation(page, axe_source, site, name)
