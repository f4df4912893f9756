"""Keyboard only: the skip link, a search and a download with Tab, typing and Enter.

At every Tab stop the focused element must show a visible focus indicator
(WCAG 2.4.7, RGAA 10.7): an outline of at least 2 px or a box shadow, on the
element itself or, as the cards draw it (`.card:has(a:focus-visible)`), on one
of its close ancestors, provided that it changes when the focus leaves.
"""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MAX_TABS = 250

# The focused element, and where its focus indicator is drawn ("" when nowhere).
FOCUSED = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const look = (node) => {
    const style = getComputedStyle(node);
    return `outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}`;
  };
  const indicator = (node) => {
    const style = getComputedStyle(node);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    return outline || (style.boxShadow !== "none" && style.boxShadow !== "");
  };
  const style = getComputedStyle(element);
  let drawnOn = indicator(element) ? "element" : "";
  if (!drawnOn) {
    // An ancestor's outline or shadow counts if it changes when the focus leaves.
    let ancestor = element.parentElement;
    for (let level = 0; ancestor && level < 4; level++, ancestor = ancestor.parentElement) {
      if (!indicator(ancestor)) continue;
      const withFocus = look(ancestor);
      element.blur();
      const withoutFocus = look(ancestor);
      element.focus({preventScroll: true});
      if (withFocus !== withoutFocus) {
        drawnOn = `ancestor <${ancestor.tagName.toLowerCase()} class="${ancestor.className}">`;
        break;
      }
    }
  }
  return {
    tag: element.tagName.toLowerCase(),
    type: element.getAttribute("type") || "",
    name: element.getAttribute("name") || "",
    id: element.id,
    href: element.getAttribute("href") || "",
    text: (element.innerText || element.value || "").trim().slice(0, 60),
    outlineStyle: style.outlineStyle,
    outlineWidth: style.outlineWidth,
    boxShadow: style.boxShadow,
    drawnOn: drawnOn,
  };
}"""


def describe(focused: dict) -> str:
    label = focused["text"] or focused["name"] or focused["id"] or focused["href"]
    return f"<{focused['tag']}> {label!r}"


def assert_focus_visible(focused: dict) -> None:
    assert focused["drawnOn"], (
        f"no visible focus indicator on {describe(focused)} nor around it: outline "
        f"{focused['outlineStyle']} {focused['outlineWidth']}, box-shadow {focused['boxShadow']}"
    )


def tab_until(page, matches, what: str) -> dict:
    """Presses Tab until `matches(focused)`, checking the focus indicator at every stop."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused is not None, f"{what}: not found before the end of the page"
        assert_focus_visible(focused)
        if matches(focused):
            return focused
    pytest.fail(f"{what}: not reached in {MAX_TABS} presses of Tab")


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(page):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUSED)
    assert focused is not None and focused["tag"] == "a", f"first Tab stop: {focused}"
    assert focused["href"].startswith("#"), f"the first Tab stop is not a skip link: {focused}"
    assert_focus_visible(focused)
    expect(page.locator(":focus")).to_be_visible()
    page.keyboard.press("Enter")
    target = focused["href"][1:]
    assert page.evaluate("() => document.activeElement.tagName.toLowerCase()") == "main"
    assert page.evaluate("() => document.activeElement.id") == target
    # The next Tab goes on from the main content, not from the top of the page.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.querySelector('main').contains(document.activeElement)")


def test_search_and_download_with_the_keyboard_only(page, site):
    """The content of the mediator's journey, found by its title, and its tool downloaded."""
    journey = site.mediator
    page.goto("/")

    tab_until(page, lambda f: f["tag"] == "input" and f["type"] == "search", "a search box")
    page.keyboard.type(journey["workshop_title"])
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/recherche/\?(.*&)?q="))

    tab_until(
        page,
        lambda f: f["tag"] == "a" and f["href"].endswith(journey["workshop_url"]),
        f"the result {journey['workshop_title']!r}",
    )
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(journey["workshop_url"]) + "$"))

    tab_until(
        page,
        lambda f: f["tag"] == "a" and f["href"].endswith(journey["tool_url"]),
        f"the download link of {journey['tool_filename']}",
    )
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename == journey["tool_filename"]
    with open(download.path(), "rb") as downloaded:
        assert len(downloaded.read()) == journey["tool_size"] > 0
