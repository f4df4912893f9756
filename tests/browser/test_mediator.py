"""A mediator finds a workshop content with the search and its facets, and downloads a tool.

The search page's contract (search issue): a GET form with facet checkboxes
named `public` and `competence` (a competency's code, such as CRCN-1.1) and a
submit button; results as a list of links to the content pages. With JavaScript a
ticked facet applies at once, in place (search/static/search/search.js): the
results are redrawn, their count read out, the focus kept.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.demo.landmarks import SEARCH_WORD, SECTION_SLUGS

pytestmark = pytest.mark.browser

CONTENT_LINKS = ", ".join(f"a[href*='/{section}/']" for section in SECTION_SLUGS)


def test_mediator_searches_filters_opens_a_content_and_downloads_a_tool(
    page, site, screenshots_folder
):
    journey = site.mediator

    page.goto("/")
    search_box = page.get_by_role("main").locator("input[type=search]").first
    expect(search_box).to_be_visible()
    search_box.fill(SEARCH_WORD)
    search_box.press("Enter")
    expect(page).to_have_url(re.compile(rf"/recherche/\?(.*&)?q={SEARCH_WORD}"))
    results = page.get_by_role("main").locator("li a[href]").filter(has_text=re.compile(r"\S"))
    content_results = results.and_(page.locator(CONTENT_LINKS))
    expect(content_results.first, "search results linking to content pages").to_be_visible()

    # Facets: one public, one competency; with JavaScript each applies as it is ticked.
    public_name = re.compile(re.escape(journey["public_name"]))
    public = page.locator("input[type=checkbox][name=public]").and_(
        page.get_by_role("checkbox", name=public_name)
    )
    competency = page.locator(
        f"input[type=checkbox][name=competence][value='{journey['competency_code']}']"
    )
    expect(public, "a facet checkbox for the public").to_have_count(1)
    expect(competency, "a facet checkbox for the competency").to_have_count(1)
    announcer = page.locator("[data-search-announcer]")
    expect(announcer).to_have_attribute("aria-live", "polite")
    # A mark on the window: it survives the filters only if the page is not reloaded.
    page.evaluate("() => { window.mediatorJourney = 'same page'; }")
    public.check()
    expect(page).to_have_url(re.compile(r"[?&]public="))
    expect(announcer).to_contain_text(re.compile(r"\d+ résultats?"))
    # The focus stays on the facet just ticked, though the filters were redrawn.
    assert page.evaluate("() => document.activeElement.name") == "public"
    competency.check()
    expect(page).to_have_url(
        re.compile(rf"[?&]competence={re.escape(journey['competency_code'])}")
    )
    assert page.evaluate("() => document.activeElement.value") == journey["competency_code"]
    assert page.evaluate("() => window.mediatorJourney") == "same page"
    page.screenshot(path=screenshots_folder / "search-filters-js-1280.png")
    expect(page).to_have_url(re.compile(rf"[?&]q={SEARCH_WORD}"))
    # The page shows the filters it applied.
    expect(competency).to_be_checked()
    expect(public).to_be_checked()

    # The filtered results lead to the workshop content.
    content_link = page.get_by_role("main").locator(f"a[href$='{journey['workshop_url']}']")
    expect(content_link.first).to_be_visible()
    content_link.first.click()
    expect(page).to_have_url(re.compile(re.escape(journey["workshop_url"]) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(journey["workshop_title"])

    # The tool arrives, whole, under its own name.
    download_link = page.locator(f"a[href='{journey['tool_url']}']")
    expect(download_link).to_be_visible()
    with page.expect_download() as download_info:
        download_link.click()
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename == journey["tool_filename"]
    with open(download.path(), "rb") as downloaded:
        content = downloaded.read()
    assert len(content) == journey["tool_size"] > 0
