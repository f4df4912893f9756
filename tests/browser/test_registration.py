"""Registering to a session in Chromium without JavaScript: from the module page's
« S'inscrire » link to the confirmation mail with its .ics, then cancelling by the
registration's page; a refused form keeps what was typed; screenshots at 375 and 1280 px
and axe-core on the form and the registration page."""

import re
import secrets

import pytest
from playwright.sync_api import expect

from .test_member_area import (
    assert_no_blocking_axe_violation,
    screenshot_both_widths,
    wait_for_mail,
)

pytestmark = pytest.mark.browser


def fill(page, email: str) -> None:
    page.get_by_label("Prénom", exact=True).fill("Inès")
    page.get_by_label("Nom", exact=True).fill("Navigatrice")
    page.get_by_label("Adresse électronique", exact=True).fill(email)
    page.get_by_label("Structure", exact=True).fill("Centre social du Mirail")
    page.get_by_label("prise en charge OPCO").check()
    page.get_by_label("Besoins d'accessibilité", exact=True).fill("Boucle magnétique")


def open_registration_form(page, site):
    page.goto(site.pages["module"])
    link = page.locator("a.session-register").first
    expect(link).to_be_visible()
    link.click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def test_registering_and_cancelling_without_javascript(new_context, site, screenshots_folder):
    page = new_context(java_script_enabled=False).new_page()
    page.set_default_navigation_timeout(60_000)
    screenshot_both_widths(
        page_at(page, site.pages["module"]), screenshots_folder, "registration-module"
    )
    open_registration_form(page, site)
    expect(page.get_by_text("Vos données personnelles.")).to_be_visible()
    screenshot_both_widths(page, screenshots_folder, "registration-form")
    address = f"ines-{secrets.token_hex(4)}@rhinocc.example"
    fill(page, address)
    page.get_by_role("button", name=re.compile("S'inscrire|Rejoindre la liste d'attente")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile("Vous êtes inscrit·e|Vous êtes sur la liste d'attente")
    )
    screenshot_both_widths(page, screenshots_folder, "registration-done")
    body = wait_for_mail(site.mail_folder, address)
    assert body.startswith("Bonjour Inès,")
    assert "/sessions/inscription/" in body
    page.get_by_role("button", name="Annuler mon inscription").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Votre inscription est annulée")
    screenshot_both_widths(page, screenshots_folder, "registration-cancelled")


def page_at(page, url):
    page.goto(url)
    return page


def test_a_refused_registration_keeps_what_was_typed_without_javascript(new_context, site):
    page = new_context(java_script_enabled=False).new_page()
    page.set_default_navigation_timeout(60_000)
    open_registration_form(page, site)
    fill(page, "pas-une-adresse")
    page.get_by_role("button", name=re.compile("S'inscrire|Rejoindre la liste d'attente")).click()
    expect(page.locator(".form-errors")).to_contain_text("Donnez une adresse électronique valide")
    expect(page.get_by_label("Structure", exact=True)).to_have_value("Centre social du Mirail")
    expect(page.get_by_label("Besoins d'accessibilité", exact=True)).to_have_value(
        "Boucle magnétique"
    )


def test_the_registration_pages_pass_axe(new_context, site, axe_source):
    page = new_context(bypass_csp=True).new_page()
    page.set_default_navigation_timeout(60_000)
    open_registration_form(page, site)
    assert_no_blocking_axe_violation(page, axe_source, site, "registration-form")
