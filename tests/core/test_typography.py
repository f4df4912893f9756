"""French typography, applied once by core.typography and its template filters."""

import datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.translation import ngettext

from core.typography import (
    NARROW_NBSP,
    NBSP,
    french_date,
    french_number,
    human_file_size,
    in_parentheses,
    typeset_html,
    with_kind,
)


@pytest.fixture(autouse=True)
def french():
    with translation.override("fr"):
        yield


def render(source: str, **context) -> str:
    return Template("{% load rhinocc_tags %}" + source).render(Context(context))


# Dates


def test_the_first_of_the_month_is_written_1er():
    assert french_date(datetime.date(2026, 12, 1)) == "1er décembre 2026"


def test_other_days_are_written_as_cardinals():
    assert french_date(datetime.date(2027, 3, 8)) == "8 mars 2027"
    assert french_date(datetime.date(2026, 12, 21)) == "21 décembre 2026"


def test_a_datetime_is_written_as_its_date():
    moment = datetime.datetime(2026, 1, 1, 10, 30, tzinfo=datetime.UTC)
    assert french_date(moment) == "1er janvier 2026"


def test_the_date_filter_writes_1er():
    assert render("{{ day|french_date }}", day=datetime.date(2026, 5, 1)) == "1er mai 2026"


def test_no_date_renders_nothing():
    assert render("{{ day|french_date }}", day=None) == ""


# Numbers and sizes


@pytest.mark.parametrize(
    ("number", "written"),
    [
        (7, "7"),
        (999, "999"),
        (1000, f"1{NARROW_NBSP}000"),
        (45210, f"45{NARROW_NBSP}210"),
        (1234567, f"1{NARROW_NBSP}234{NARROW_NBSP}567"),
        (-1500, f"-1{NARROW_NBSP}500"),
        (2.5, "2,5"),
        (Decimal("1500.75"), f"1{NARROW_NBSP}500,75"),
    ],
)
def test_thousands_are_grouped_with_a_narrow_no_break_space(number, written):
    assert french_number(number) == written


def test_the_number_filter_groups_thousands():
    assert render("{{ n|french_number }}", n=1000) == f"1{NARROW_NBSP}000"


@pytest.mark.parametrize(
    ("size", "written"),
    [
        (1, f"1{NBSP}octet"),
        (993, f"993{NBSP}octets"),
        (1024, f"1{NBSP}Ko"),
        (1331, f"1,3{NBSP}Ko"),
        (2_900, f"2,8{NBSP}Ko"),
        (150_000, f"146{NBSP}Ko"),
        (1_258_291, f"1,2{NBSP}Mo"),
        (20 * 1024 * 1024, f"20{NBSP}Mo"),
        (3 * 1024**3, f"3{NBSP}Go"),
    ],
)
def test_sizes_are_said_in_octets_ko_mo_go_with_a_decimal_comma(size, written):
    assert human_file_size(size) == written


def test_the_size_filter_never_says_kio():
    rendered = render("{{ size|file_size }}", size=2_900)
    assert rendered == f"2,8{NBSP}Ko"
    assert "Kio" not in rendered and "KB" not in rendered


# Punctuation


@pytest.mark.parametrize(
    ("text", "typeset"),
    [
        ("Pour qui ?", f"Pour qui{NARROW_NBSP}?"),
        ("Pour qui?", f"Pour qui{NARROW_NBSP}?"),
        ("Attention !", f"Attention{NARROW_NBSP}!"),
        ("un ; deux", f"un{NARROW_NBSP}; deux"),
        ("Durée : 7 heures", f"Durée{NBSP}: 7 heures"),
        ("Durée: 7 heures", f"Durée{NBSP}: 7 heures"),
        ("« Article »", f"«{NBSP}Article{NBSP}»"),
        ("«Article»", f"«{NBSP}Article{NBSP}»"),
        ("Quoi ?!", f"Quoi{NARROW_NBSP}?!"),
    ],
)
def test_no_break_spaces_before_double_punctuation_and_inside_guillemets(text, typeset):
    assert typeset_html(text) == typeset


@pytest.mark.parametrize(
    "text",
    [
        "https://www.pix.fr/?q=a",
        "à 10:30",
        "mailto:contact@rhinocc.fr",
        "3,5 heures.",
    ],
)
def test_addresses_times_and_plain_punctuation_are_left_alone(text):
    assert typeset_html(text) == text


def test_it_is_idempotent():
    once = typeset_html("Pour qui ? « Tous » : oui ; non !")
    assert typeset_html(once) == once


def test_tags_attributes_and_entities_are_never_changed():
    source = (
        '<a href="/recherche/?q=a&amp;b=c" title="Quoi ?" style="color: red;">Quoi ?</a>'
        "<p>L&#x27;atelier &amp; la suite ?</p>"
    )
    typeset = typeset_html(source)
    assert '<a href="/recherche/?q=a&amp;b=c" title="Quoi ?" style="color: red;">' in typeset
    assert f">Quoi{NARROW_NBSP}?</a>" in typeset
    assert f"<p>L&#x27;atelier &amp; la suite{NARROW_NBSP}?</p>" in typeset


def test_scripts_styles_and_code_are_left_alone():
    source = "<style>a{color:red;}</style><code>a ? b : c</code><script>x ? 1 : 2</script>"
    assert typeset_html(source) == source


def test_the_typeset_block_tag_works_on_rendered_html_text_only():
    rendered = render(
        '{% typeset %}<h2 id="q">Pour qui ?</h2><a href="?page=2">Suite</a>{% endtypeset %}'
    )
    assert rendered == f'<h2 id="q">Pour qui{NARROW_NBSP}?</h2><a href="?page=2">Suite</a>'


def test_the_typeset_block_keeps_escaping():
    rendered = render("{% typeset %}{{ text }}{% endtypeset %}", text="<b>Vrai ?</b>")
    assert rendered == f"&lt;b&gt;Vrai{NARROW_NBSP}?&lt;/b&gt;"


# Plurals: French says "0 module" and "1 module", "2 modules"


@pytest.mark.parametrize(
    ("count", "written"), [(0, "0 module"), (1, "1 module"), (2, "2 modules")]
)
def test_zero_and_one_are_singular_in_french(count, written):
    phrase = ngettext("%(counter)s module", "%(counter)s modules", count) % {"counter": count}
    assert phrase == written


# Labels


def test_a_name_that_starts_with_its_kind_is_not_preceded_by_it_again():
    assert with_kind("licence", "Licence Ouverte / Etalab 2.0") == "Licence Ouverte / Etalab 2.0"
    assert with_kind("licence", "CC BY-SA 4.0") == "licence CC BY-SA 4.0"
    assert with_kind("Licence", "CC BY-SA 4.0", " : ") == "Licence : CC BY-SA 4.0"
    assert with_kind("Licence", "Licence Ouverte", " : ") == "Licence Ouverte"


def test_parentheses_are_never_nested():
    assert in_parentheses("CRCN (Pix)") == "(CRCN, Pix)"
    assert in_parentheses("APTIC") == "(APTIC)"


def test_the_label_tags_render_without_doubling():
    rendered = render(
        '{% with_kind "licence" name as named %}texte de la {{ named }} {{ ref|in_parentheses }}',
        name="Licence Ouverte / Etalab 2.0",
        ref="CRCN (Pix)",
    )
    assert rendered == "texte de la Licence Ouverte / Etalab 2.0 (CRCN, Pix)"
