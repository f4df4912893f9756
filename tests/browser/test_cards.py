"""Card grids: one layout with or without an image, even rows, nothing wider than a phone.

In a list where some cards have an image, every card keeps the image's band (empty
without one, includes/page_card.html), so the cards of a row have the same height and
their bands the same size.
"""

import pytest

pytestmark = pytest.mark.browser

GRIDS = ["home", "content-index", "kit-index", "selection", "search-results"]

# For each list of cards: the cards' boxes, grouped by row, with their image bands.
MEASURE_ROWS = """() => [...document.querySelectorAll("main .cards")].map(list => {
  const rows = {};
  for (const card of list.querySelectorAll(".card")) {
    const box = card.getBoundingClientRect();
    const band = card.querySelector(".card__image");
    const top = Math.round(box.top + scrollY);
    (rows[top] = rows[top] || []).push({
      height: Math.round(box.height),
      band: band ? Math.round(band.getBoundingClientRect().height) : null,
      withImage: !!(band && band.querySelector("img")),
    });
  }
  return Object.values(rows);
})"""

OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll("main .card, main .card *")].filter(
    element => element.getBoundingClientRect().right > width + 1
  );
  return {
    page: document.documentElement.scrollWidth > width,
    elements: wide.slice(0, 5).map(element => element.className || element.tagName),
  };
}"""


@pytest.mark.parametrize("page_type", GRIDS)
def test_cards_of_a_row_are_even_with_and_without_images_at_1280_px(page, site, page_type):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site.pages[page_type])
    lists = page.evaluate(MEASURE_ROWS)
    assert lists, f"{page_type}: no card list"
    for rows in lists:
        cards = [card for row in rows for card in row]
        if any(card["withImage"] for card in cards):
            # Every card keeps the band, of one height, image or not.
            assert {card["band"] for card in cards} == {cards[0]["band"]} != {None}
        else:
            assert {card["band"] for card in cards} == {None}
        for row in rows:
            assert max(c["height"] for c in row) - min(c["height"] for c in row) <= 1, row


@pytest.mark.parametrize("page_type", GRIDS)
def test_no_card_is_wider_than_a_phone_at_375_px(page, site, page_type):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(site.pages[page_type])
    assert page.evaluate(OVERFLOWING) == {"page": False, "elements": []}
