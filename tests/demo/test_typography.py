"""French typography on every page type of the demo, as a visitor reads it.

Each page type is rendered once through the test client; the assertions bear on the
visible text of the page's main content (header and footer belong to base.html).
"""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from catalogue.models import TrainingModulePage, TrainingSession
from core.typography import NARROW_NBSP
from taxonomy.models import Competency, Licence, SupportType

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]

MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
FIRST_OF_MONTH_AS_CARDINAL = re.compile(rf"(?<![\d,])1[ \u00a0\u202f](?:{MONTHS})\b")
# A plain space where French wants a no-break one, or no space at all.
SPACE_BEFORE_DOUBLE_SIGN = re.compile(r" [;:!?»]")
SPACE_AFTER_GUILLEMET = re.compile(r"« ")
GLUED_DOUBLE_SIGN = re.compile(r"[^\s\u00a0\u202f;!?][;!?](?=\s|$)|[^\s\u00a0\u202f]:(?=\s)")
GLUED_GUILLEMETS = re.compile(r"«[^\s\u00a0\u202f]|[^\s\u00a0\u202f]»")
PLURAL_AFTER_ZERO_OR_ONE = re.compile(
    r"(?<![\d,\u202f])[01][ \u00a0](?:modules|sessions|outils|pages|résultats|contenus|étapes)\b"
)


def page_urls() -> dict[str, str]:
    """One live public page of each page type, and the pages the search app serves."""
    urls = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        urls.setdefault(type(page).__name__, page.url)
    urls["competency index"] = reverse("taxonomy:competency_index")
    urls["competency"] = Competency.objects.order_by("code").first().get_absolute_url()
    etalab = Licence.objects.get(name__istartswith="licence")
    urls["licence"] = etalab.get_absolute_url()
    urls["support type"] = SupportType.objects.order_by("name").first().get_absolute_url()
    urls["search results"] = reverse("search") + "?q=atelier"
    urls["community search"] = reverse("search_communities") + "?q=numerique"
    return urls


def visible_text(html: bytes, selector: str = "main") -> str:
    soup = BeautifulSoup(html, "html.parser")
    region = soup.select_one(selector) or soup
    for hidden in region.select("script, style, template"):
        hidden.decompose()
    return re.sub(r"[ \t\r\n]+", " ", region.get_text(""))


@pytest.fixture(scope="module")
def pages(django_db_blocker, demo_site):
    """Every page type's visible text, with a session on the first of a month."""
    with django_db_blocker.unblock():
        module = TrainingModulePage.objects.live().public().order_by("path").first()
        today = timezone.localdate()
        first_of_next_month = (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
        session = TrainingSession.objects.create(
            module=module, start_date=first_of_next_month, end_date=first_of_next_month
        )
        cache.clear()  # no page cached by an earlier test, from before the session
        client = Client()
        rendered = {}
        try:
            for name, url in page_urls().items():
                response = client.get(url)
                assert response.status_code == 200, (name, url, response.status_code)
                # The search form's help text is search.html's (LAYOUT); its results are ours.
                selector = ".search-layout__results" if "search" in name else "main"
                rendered[name] = (url, response.content, visible_text(response.content, selector))
            rendered["module with a session on the 1st"] = (
                module.url,
                client.get(module.url).content,
                visible_text(client.get(module.url).content),
            )
        finally:
            session.delete()
    return rendered


def offending(pattern, pages):
    found = {}
    for name, (url, _html, text) in pages.items():
        matches = [text[max(0, m.start() - 30) : m.end() + 10] for m in pattern.finditer(text)]
        if matches:
            found[f"{name} {url}"] = matches[:3]
    return found


def test_every_page_type_is_rendered(pages):
    for kind in [
        "HomePage",
        "TrainingCataloguePage",
        "TrainingModulePage",
        "KitPage",
        "WorkshopContentPage",
        "ResourcePage",
        "CommunityPage",
        "StandardPage",
        "SelectionPage",
        "licence",
        "search results",
    ]:
        assert kind in pages


def test_the_first_of_the_month_is_1er(pages):
    assert offending(FIRST_OF_MONTH_AS_CARDINAL, pages) == {}
    assert "1er " in pages["module with a session on the 1st"][2]


def test_no_plain_space_before_double_punctuation_nor_inside_guillemets(pages):
    assert offending(SPACE_BEFORE_DOUBLE_SIGN, pages) == {}
    assert offending(SPACE_AFTER_GUILLEMET, pages) == {}


def test_no_double_punctuation_or_guillemet_without_its_space(pages):
    assert offending(GLUED_DOUBLE_SIGN, pages) == {}
    assert offending(GLUED_GUILLEMETS, pages) == {}


def test_no_label_repeats_its_kind_and_no_nested_parentheses(pages):
    assert offending(re.compile(r"(?i)\blicence[ \u00a0]+licence\b"), pages) == {}
    assert offending(re.compile(r"\(\(|\)\)|\([^()]*\([^()]*\)[^()]*\)"), pages) == {}


def test_sizes_are_in_ko_mo_and_counts_agree_in_number(pages):
    assert offending(re.compile(r"\b(?:Kio|Mio|Gio|KB|MB|bytes)\b"), pages) == {}
    assert offending(PLURAL_AFTER_ZERO_OR_ONE, pages) == {}


def test_one_h1_and_heading_levels_in_order(pages):
    problems = {}
    for name, (url, html, _text) in pages.items():
        main = BeautifulSoup(html, "html.parser").select_one("main")
        levels = [int(h.name[1]) for h in main.find_all(re.compile(r"^h[1-6]$"))]
        skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        if levels.count(1) != 1 or levels[0] != 1 or skips:
            problems[f"{name} {url}"] = levels
    assert problems == {}


def test_thousands_are_grouped_in_the_key_figures(pages):
    _url, html, _text = pages["HomePage"]
    values = [
        value.get_text(strip=True)
        for value in BeautifulSoup(html, "html.parser").select(".key-figures__value")
    ]
    assert f"1{NARROW_NBSP}000" in values  # the demo's "1000 chéquiers Pass numérique"
    assert [value for value in values if re.fullmatch(r"\d{4,}", value)] == []
