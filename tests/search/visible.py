"""What a visitor sees on /recherche/ and /recherche/communautes/, read from the HTML:
the result cards' titles, the count of results, the count beside each filter, the
checked boxes and the chips of the chosen filters."""

import re

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


# French typography (core.typography) puts no-break spaces before « : ; ! ? »: the titles
# are compared as their editors typed them.
TYPOGRAPHIC_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def titles(response) -> list[str]:
    return [
        link.get_text(" ", strip=True).translate(TYPOGRAPHIC_SPACES)
        for link in soup(response).select(".search-results .card__title a")
    ]


def total(response) -> int:
    count = soup(response).select_one(".search-summary strong")
    return int(count.get_text()) if count else 0


def facet_counts(response, facet: str) -> dict[str, int]:
    """Each value offered in a facet's box, with the count shown beside it."""
    page = soup(response)
    counts = {}
    for box in page.select(f'input[type="checkbox"][name="{facet}"]'):
        shown = page.select_one(f'label[for="{box["id"]}"] .facet__count').get_text()
        counts[box["value"]] = int(re.match(r"\((\d+)", shown).group(1))
    return counts


def facet_labels(response, facet: str) -> dict[str, str]:
    """Each value offered in a facet's box, with its label (the count left out)."""
    page = soup(response)
    return {
        box["value"]: page.select_one(f'label[for="{box["id"]}"]').contents[0].strip()
        for box in page.select(f'input[type="checkbox"][name="{facet}"]')
    }


def checked(response, facet: str) -> list[str]:
    return [box["value"] for box in soup(response).select(f'input[name="{facet}"][checked]')]


def chips(response) -> dict[str, str]:
    """The chosen filters' chips: label → the address of the search without that filter."""
    return {
        chip.contents[0].strip(): chip["href"]
        for chip in soup(response).select(".active-filters a.chip")
    }
