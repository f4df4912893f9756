"""The admin counts the characters of limited texts as the trainer types, never cuts what
they type, and says in French after saving what is too long, with the text kept whole."""

import re
import secrets

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# 310 characters: 10 more than a summary holds.
TOO_LONG_SUMMARY = ("Un module pour repérer les difficultés numériques en entretien. " * 5)[:310]


def log_in(page, site):
    page.goto("/admin/login/")
    page.get_by_label("Adresse électronique ou identifiant").fill(site.trainer_username)
    page.locator("#id_password").fill(site.trainer_password)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def open_new_module(page, site):
    """The form of a new module in the site's first catalogue, as the explorer leads to it."""
    page.goto("/admin/pages/")
    catalogue = site.catalogue["title"]
    page.get_by_role("link", name=f"Explorer les sous-pages de « {catalogue} »").click()
    # The explorer's add button says what it adds ("Ajouter un module").
    explorer = page.locator("#main")
    explorer.get_by_role(
        "link", name=re.compile(r"^Ajouter (un module|une sous-page)$")
    ).first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/add/catalogue/trainingmodulepage/\d+/"))


def counter_of(page, field_id: str):
    return page.locator(f"#{field_id}-count")


def test_counters_count_as_the_trainer_types_and_nothing_is_cut(
    new_context, site, screenshots_folder
):
    for width in (1280, 375):
        page = new_context(viewport={"width": width, "height": 900}).new_page()
        log_in(page, site)
        open_new_module(page, site)

        title = page.locator("#id_title")
        expect(counter_of(page, "id_title")).to_have_text("0 / 255 caractères")
        title.press_sequentially("Démarches")
        expect(counter_of(page, "id_title")).to_have_text("9 / 255 caractères")
        # Wagtail's slug sync writes the address in ASCII (WAGTAIL_ALLOW_UNICODE_SLUGS).
        expect(page.locator("#id_slug")).to_have_value("demarches")
        assert title.get_attribute("maxlength") is None
        assert "id_title-count" in (title.get_attribute("aria-describedby") or "")

        summary = page.locator("#id_summary")
        summary.fill(TOO_LONG_SUMMARY)
        summary.press("End")
        summary.press_sequentially(" !")
        # Typed past the limit: kept whole, and the counter says by how much.
        assert len(summary.input_value()) == 312
        counter = counter_of(page, "id_summary")
        expect(counter).to_have_text("312 / 300 caractères : 12 de trop")
        expect(counter).to_have_class(re.compile(r"rhinocc-count--over"))
        color = counter.evaluate("element => getComputedStyle(element).color")
        assert color != title.evaluate("element => getComputedStyle(element).color")
        summary.scroll_into_view_if_needed()
        page.screenshot(path=screenshots_folder / f"admin-form-counters-{width}.png")


def test_a_too_long_summary_is_refused_in_french_after_saving_and_kept(
    new_context, site, screenshots_folder
):
    page = new_context().new_page()
    log_in(page, site)
    open_new_module(page, site)
    page.locator("#id_title").fill(f"Repérer les difficultés numériques {secrets.token_hex(3)}")
    page.locator("#id_summary").fill(TOO_LONG_SUMMARY)
    # "Save draft" sits behind the action menu's toggle when sending for review leads.
    save_draft = page.get_by_role("button", name="Enregistrer le brouillon", exact=True)
    if not save_draft.is_visible():
        page.get_by_role("button", name="Plus d'actions").click()
    save_draft.click()

    field = page.locator("[data-field-wrapper]").filter(has=page.locator("#id_summary"))
    expect(field).to_contain_text(
        re.compile(r"Ce texte compte 310 caractères, pour 300 au plus\s:\sraccourcissez-le\.")
    )
    assert page.locator("#id_summary").input_value() == TOO_LONG_SUMMARY
    expect(counter_of(page, "id_summary")).to_have_text("310 / 300 caractères : 10 de trop")
    field.scroll_into_view_if_needed()
    page.screenshot(path=screenshots_folder / "admin-form-counters-refused-1280.png")

    page.set_viewport_size({"width": 375, "height": 900})
    field.scroll_into_view_if_needed()
    page.screenshot(path=screenshots_folder / "admin-form-counters-refused-375.png")
