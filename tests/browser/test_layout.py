"""Layout over every page type: French hyphenation, wrapping, grids, the menu, spacing.

- Text hyphenates (`hyphens: auto` under `lang="fr"`) and no wrapping rule splits a
  word without a hyphen (`word-break: break-all`, `overflow-wrap: anywhere`).
- At 320 px nothing overflows its box and the page never scrolls sideways.
- The key figures fill their rows whatever their count; the catalogue's filters show
  their text; the sections fold into a "Menu" on a phone, without JavaScript.
- Every page keeps room before its footer, and a heading sits closer to what it
  introduces than to what precedes it.

The facets that apply on change are tested in test_mediator.py and
test_no_javascript_and_print.py; axe-core at every width in test_pages.py.
"""

import re

import pytest
from playwright.sync_api import expect

from .test_pages import PAGE_TYPES, expected_status, url_of

pytestmark = pytest.mark.browser

NARROWEST = 320
# Body text, card titles, table cells: where French words must hyphenate.
HYPHENATED = "main p, main li, main dd, .card__title, main td, main th"

# Words that run over two lines with a letter on each side of the break. This
# Chromium has no hyphenation dictionary (they come with its component updates), so
# any such break is one without a hyphen: the "professionne/ls" of the issue.
# Addresses (a dot, slash or @ between letters) are left out: they wrap at their
# punctuation through the `breakable` filter (core/templatetags/wrapping_tags.py),
# which the templates that show them apply.
SPLIT_WORDS = """
const splitWords = (textBoxes) => {
  const range = document.createRange();
  const letter = /[\\p{L}\\p{N}]/u;
  const address = /[\\p{L}\\p{N}][./@][\\p{L}\\p{N}]/u;
  const lineOf = (node, offset) => {
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const rect = [...range.getClientRects()].find((r) => r.width > 0);
    return rect ? Math.round(rect.top + rect.height / 2) : null;
  };
  const split = [];
  for (const box of textBoxes) {
    for (const node of box.childNodes) {
      if (node.nodeType !== 3) continue;
      for (const match of node.data.matchAll(/\\S{4,}/gu)) {
        if (address.test(match[0])) continue;
        const first = lineOf(node, match.index);
        const last = lineOf(node, match.index + match[0].length - 1);
        if (first === null || last === null || Math.abs(first - last) < 4) continue;
        for (let i = 1; i < match[0].length; i++) {
          if (lineOf(node, match.index + i) !== first) {
            if (letter.test(match[0][i - 1]) && letter.test(match[0][i])) {
              const where = box.tagName.toLowerCase();
              split.push(`${match[0].slice(0, i)}/${match[0].slice(i)} in <${where}>`);
            }
            break;
          }
        }
      }
    }
  }
  return split;
};
"""

# What each text box of the page does with its words: the hyphenation of a few
# samples, every wrapping rule that would split a word anywhere, every text box
# whose text runs past its edge (scrollWidth > clientWidth), the sideways scroll and
# the words cut mid-word.
WRAPPING = (
    """(hyphenated) => {"""
    + SPLIT_WORDS
    + """
  const shown = (element) => element.checkVisibility({visibilityProperty: true})
    && !element.closest(".visually-hidden, svg");
  const hasText = (element) =>
    [...element.childNodes].some((node) => node.nodeType === 3 && node.data.trim());
  const textBoxes = [...document.body.querySelectorAll("*")]
    .filter((element) => shown(element) && hasText(element));
  const describe = (element) => `<${element.tagName.toLowerCase()} class="${element.className}"> `
    + JSON.stringify(element.textContent.trim().slice(0, 50));
  const samples = [...document.querySelectorAll(hyphenated)].filter(shown);
  return {
    lang: document.documentElement.lang,
    samples: samples.length,
    notHyphenated: samples
      .filter((element) => getComputedStyle(element).hyphens !== "auto").map(describe),
    splitAnywhere: textBoxes.filter((element) => {
      const style = getComputedStyle(element);
      return style.wordBreak === "break-all" || style.overflowWrap === "anywhere";
    }).map(describe),
    overflowing: textBoxes.filter((element) => {
      const style = getComputedStyle(element);
      if (style.display === "inline" || ["auto", "scroll"].includes(style.overflowX)) return false;
      return element.scrollWidth > element.clientWidth + 1;
    }).map((element) => `${describe(element)} ${element.scrollWidth} > ${element.clientWidth}`),
    sidewaysScroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    splitWords: splitWords(textBoxes),
  };
}"""
)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_words_hyphenate_and_nothing_overflows_at_320_px(page_type, site, new_context):
    page = new_context(viewport={"width": NARROWEST, "height": 700}).new_page()
    url = url_of(site, page_type)
    response = page.goto(url)
    assert response.status == expected_status(page_type), f"{url} answered {response.status}"
    facts = page.evaluate(WRAPPING, HYPHENATED)
    assert facts["lang"] == "fr"
    assert facts["samples"], f"{url}: no body text to check"
    assert not facts["notHyphenated"], f"{url}: hyphens is not auto on {facts['notHyphenated']}"
    assert not facts["splitAnywhere"], f"{url}: words split anywhere in {facts['splitAnywhere']}"
    assert not facts["overflowing"], f"{url} at 320 px: text overflows {facts['overflowing']}"
    assert facts["sidewaysScroll"] <= 0, f"{url} scrolls {facts['sidewaysScroll']} px sideways"
    assert not facts["splitWords"], f"{url} at 320 px: words cut mid-word {facts['splitWords']}"


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_no_word_is_cut_without_a_hyphen(page_type, width, site, new_context):
    """At a phone's and a desktop's width too: narrow tiles and columns cut words."""
    page = new_context(viewport={"width": width, "height": 800}).new_page()
    url = url_of(site, page_type)
    page.goto(url)
    facts = page.evaluate(WRAPPING, HYPHENATED)
    assert not facts["splitWords"], f"{url} at {width} px: words cut {facts['splitWords']}"
    assert not facts["overflowing"], f"{url} at {width} px: text overflows {facts['overflowing']}"


# The home's key figures, with as many tiles as asked (copies of the first one), laid
# out in rows: how many tiles per row, and each row's margins in its list.
KEY_FIGURE_ROWS = """(count) => {
  const list = document.querySelector(".key-figures");
  const tiles = () => [...list.children];
  while (tiles().length > count) list.lastElementChild.remove();
  while (tiles().length < count) list.append(list.firstElementChild.cloneNode(true));
  const box = list.getBoundingClientRect();
  const rows = new Map();
  for (const tile of tiles()) {
    const rect = tile.getBoundingClientRect();
    const top = Math.round(rect.top);
    const row = rows.get(top) || {tiles: 0, left: Infinity, right: -Infinity};
    row.tiles += 1;
    row.left = Math.min(row.left, rect.left);
    row.right = Math.max(row.right, rect.right);
    rows.set(top, row);
  }
  return [...rows.values()].map((row) => ({
    tiles: row.tiles,
    marginLeft: Math.round(row.left - box.left),
    marginRight: Math.round(box.right - row.right),
  }));
}"""


@pytest.mark.parametrize("width", [375, 768, 1280])
@pytest.mark.parametrize("count", [7, 8, 9])
def test_key_figures_fill_balanced_rows_whatever_their_count(count, width, new_context):
    page = new_context(viewport={"width": width, "height": 900}).new_page()
    page.goto("/")
    rows = page.evaluate(KEY_FIGURE_ROWS, count)
    per_row = [row["tiles"] for row in rows]
    assert sum(per_row) == count
    # No lone tile under full rows: the rows differ by one tile at most…
    assert max(per_row) - min(per_row) <= 1, f"{count} figures at {width} px: rows {per_row}"
    # …and a shorter row sits in the middle.
    for row in rows:
        assert abs(row["marginLeft"] - row["marginRight"]) <= 2, (
            f"{count} figures at {width} px: a row of {row['tiles']} is not centred: {row}"
        )


SELECT_TEXT_FITS = """(select) => {
  const style = getComputedStyle(select);
  const probe = document.createElement("span");
  probe.style.font = style.font;
  probe.style.whiteSpace = "pre";
  probe.style.position = "absolute";
  probe.textContent = select.options[select.selectedIndex].text;
  document.body.append(probe);
  const text = probe.getBoundingClientRect().width;
  probe.remove();
  // The room for the text: the box less its padding and the arrow (about 1.5rem).
  const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    - 1.5 * parseFloat(style.fontSize);
  return {text: Math.ceil(text), room: Math.floor(room), label: probe.textContent};
}"""


@pytest.mark.parametrize("width", [320, 375])
def test_catalogue_filters_show_their_whole_text_on_a_phone(
    width, site, new_context, screenshots_folder
):
    page = new_context(viewport={"width": width, "height": 800}).new_page()
    page.goto(site.catalogue["url"])
    page.locator(".filters-form").screenshot(
        path=screenshots_folder / f"catalogue-filters-{width}.png"
    )
    selects = page.locator(".filters-form select")
    assert selects.count() >= 2
    for select in selects.all():
        fit = select.evaluate(SELECT_TEXT_FITS)
        assert fit["text"] <= fit["room"], f"at {width} px the filter shows part of {fit}"


def section_links(page):
    return page.get_by_role("navigation", name="Navigation principale").get_by_role("link")


@pytest.mark.parametrize("java_script_enabled", [True, False])
def test_the_sections_fold_into_a_menu_on_a_phone(
    java_script_enabled, site, new_context, screenshots_folder
):
    script = "js" if java_script_enabled else "no-js"
    context = new_context(
        viewport={"width": 375, "height": 800}, java_script_enabled=java_script_enabled
    )
    page = context.new_page()
    page.goto(site.pages["kit"])
    navigation = page.get_by_role("navigation", name="Navigation principale")
    toggle = navigation.locator("summary")
    expect(toggle).to_have_text("Menu")
    expect(section_links(page).first).to_be_hidden()
    # Closed, the sections take one line before the content.
    assert navigation.bounding_box()["height"] <= 56
    page.screenshot(path=screenshots_folder / f"menu-closed-{script}-375.png")

    toggle.click()
    expect(section_links(page)).to_have_count(7)
    for link in section_links(page).all():
        expect(link).to_be_visible()
    page.screenshot(path=screenshots_folder / f"menu-open-{script}-375.png")
    # The current section is marked, for the eye and for screen readers.
    current = navigation.locator("a[aria-current]")
    expect(current).to_have_count(1)
    expect(current).to_have_attribute("href", re.compile(r"^/kits/$"))
    assert current.evaluate("link => getComputedStyle(link).fontWeight") == "800"

    # The keyboard closes it again: Enter on the summary.
    toggle.focus()
    page.keyboard.press("Enter")
    expect(section_links(page).first).to_be_hidden()


def test_the_sections_stand_open_on_a_desktop(site, new_context, screenshots_folder):
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    page.goto(site.pages["kit"])
    navigation = page.get_by_role("navigation", name="Navigation principale")
    expect(navigation.locator("summary")).to_be_hidden()
    expect(section_links(page)).to_have_count(7)
    for link in section_links(page).all():
        expect(link).to_be_visible()
    # One row of links, reached by Tab, the current one marked.
    tops = {round(link.bounding_box()["y"]) for link in section_links(page).all()}
    assert len(tops) == 1, f"the sections wrap over {len(tops)} rows"
    expect(navigation.locator("a[aria-current]")).to_have_attribute("href", "/kits/")
    snapshot = navigation.aria_snapshot()
    assert "Kits pratiques" in snapshot and "Agenda" in snapshot, snapshot
    page.screenshot(path=screenshots_folder / "menu-1280.png")


# The gap between the footer and the lowest thing main shows, and each h2/h3 of main
# with the room above it (from the block before) and below it (to its content).
SPACING = """() => {
  const main = document.querySelector("main");
  const shown = [...main.querySelectorAll("*")].filter((element) => {
    const rect = element.getBoundingClientRect();
    return rect.height > 0 && rect.width > 0 && element.checkVisibility({visibilityProperty: true})
      && !element.closest(".visually-hidden") && getComputedStyle(element).position !== "absolute";
  });
  const lowest = Math.max(...shown.map((element) => element.getBoundingClientRect().bottom));
  const footer = document.querySelector("footer").getBoundingClientRect().top;
  const headings = [...main.querySelectorAll("h2, h3")].filter((heading) =>
    shown.includes(heading) && heading.previousElementSibling && heading.nextElementSibling
    && !heading.closest(".card, summary, .visually-hidden"));
  return {
    beforeFooter: Math.round(footer - lowest),
    headings: headings.map((heading) => {
      const rect = heading.getBoundingClientRect();
      const before = heading.previousElementSibling.getBoundingClientRect();
      const after = heading.nextElementSibling.getBoundingClientRect();
      return {
        text: heading.textContent.trim().slice(0, 40),
        above: Math.round(rect.top - before.bottom),
        below: Math.round(after.top - rect.bottom),
      };
    }),
  };
}"""
MIN_ROOM_BEFORE_FOOTER = 40  # px: 2.5rem at the least


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_pages_end_with_room_before_the_footer(page_type, width, site, new_context):
    page = new_context(viewport={"width": width, "height": 800}).new_page()
    url = url_of(site, page_type)
    page.goto(url)
    spacing = page.evaluate(SPACING)
    assert spacing["beforeFooter"] >= MIN_ROOM_BEFORE_FOOTER, (
        f"{url} at {width} px ends {spacing['beforeFooter']} px above its footer"
    )
    # A heading belongs to what follows it: less room below than above.
    cramped = [h for h in spacing["headings"] if h["below"] > h["above"]]
    assert not cramped, f"{url} at {width} px: headings nearer what precedes them: {cramped}"
