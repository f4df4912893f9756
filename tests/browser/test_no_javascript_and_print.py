"""Core flows without JavaScript, what JavaScript adds, and the printed sheet."""

import re

import pytest
from playwright.sync_api import expect

from tests.demo.landmarks import (
    AUTOCOMPLETE_PREFIX,
    AUTOCOMPLETE_TITLE_WORD,
    SEARCH_WORD,
    WORKSHOP_SEARCH_WORD,
)

pytestmark = pytest.mark.browser


def test_search_filter_open_and_download_without_javascript(new_context, site):
    journey = site.mediator
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"/recherche/?q={SEARCH_WORD}")
    page.locator(
        f"input[type=checkbox][name=competence][value='{journey['competency_code']}']"
    ).check()
    page.get_by_role("button", name="Appliquer les filtres").click()
    expect(page).to_have_url(re.compile(rf"competence={re.escape(journey['competency_code'])}"))
    expect(page.get_by_role("status").first).to_contain_text("résultat")
    # The filters stay unfolded: without the script nothing folds them.
    assert page.eval_on_selector("#filtres", "filters => filters.open")
    page.goto(journey["workshop_url"])
    with page.expect_download() as download_info:
        page.locator(f"a[href='{journey['tool_url']}']").click()
    assert download_info.value.suggested_filename == journey["tool_filename"]


@pytest.mark.parametrize("width", [375, 1280])
def test_without_javascript_the_apply_button_stays_in_view(
    width, new_context, site, screenshots_folder
):
    """Down to the last facet, "Appliquer les filtres" stays on screen, at the column's top."""
    page = new_context(
        java_script_enabled=False, viewport={"width": width, "height": 700}
    ).new_page()
    page.goto(f"/recherche/?q={SEARCH_WORD}")
    apply = page.get_by_role("button", name="Appliquer les filtres")
    filters = page.locator("#filtres")
    first_facet = filters.locator("fieldset").first
    # Before the scroll: above the facets, under the column's title.
    assert apply.bounding_box()["y"] < first_facet.bounding_box()["y"]
    for checkbox in [
        filters.locator("input[type=checkbox]").first,
        filters.locator("fieldset:last-of-type input[type=checkbox]").last,
    ]:
        checkbox.scroll_into_view_if_needed()
        box = apply.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 700, (
            f"at {width} px the apply button is out of view ({box}) beside {checkbox}"
        )
    expect(apply).to_be_visible()
    page.screenshot(path=screenshots_folder / f"search-filters-no-js-{width}.png")


def test_login_works_without_javascript(new_context, site):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/connexion/")
    page.locator("#id_username").fill(site.trainer_username)
    page.locator("#id_password").fill(site.trainer_password)
    page.get_by_role("button", name=re.compile("connecter", re.I)).click()
    expect(page).not_to_have_url(re.compile(r"/connexion/"))


def test_autocomplete_lists_titles_and_opens_one_with_the_keyboard(page):
    page.goto("/recherche/")
    box = page.locator("#recherche-page")
    box.fill(AUTOCOMPLETE_PREFIX)
    suggestions = page.get_by_role("listbox")
    expect(suggestions).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(suggestions.get_by_role("option").first).to_contain_text(AUTOCOMPLETE_TITLE_WORD)
    box.press("ArrowDown")
    expect(suggestions.get_by_role("option").first).to_have_attribute("aria-selected", "true")
    with page.expect_navigation():
        box.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text(AUTOCOMPLETE_TITLE_WORD)


def test_filters_fold_on_a_phone_and_open_on_request(new_context):
    page = new_context(viewport={"width": 375, "height": 800}).new_page()
    page.goto(f"/recherche/?q={WORKSHOP_SEARCH_WORD}")
    filters = page.locator("#filtres")
    assert not filters.evaluate("filters => filters.open")
    page.locator("#filtres > summary").click()
    assert filters.evaluate("filters => filters.open")
    expect(page.locator("input[name=type]").first).to_be_visible()


@pytest.mark.parametrize("page_type", ["module", "workshop-content"])
def test_a_printed_sheet_keeps_the_content_without_the_site_chrome(new_context, site, page_type):
    page = new_context().new_page()
    page.goto(site.pages[page_type])
    page.emulate_media(media="print")
    for chrome in ["header", "nav", "footer", "form"]:
        for element in page.locator(f"body {chrome}").all():
            if element.evaluate("e => !e.closest('main') || e.tagName === 'FORM'"):
                expect(element).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 5_000
