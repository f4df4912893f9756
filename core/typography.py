"""French typography, applied in one place: dates, numbers, sizes, punctuation, labels.

Written here because no maintained library covers what the public pages need:
typogrify (and django-typogrify) only know English rules; french-typo targets Anki notes
and AsciiDoc (it rewrites units and ordinals, and knows neither dates nor sizes);
typographeur (last released in 2020) also rewrites ligatures. Django's `date` filter
says "1 décembre" and `filesizeformat` says "Kio"; both are replaced by the filters of
core.templatetags.rhinocc_tags, which call the functions below.

The rules are those of the Imprimerie nationale's lexicon, as French public sites apply
them: a narrow no-break space before ; ! ? and in thousands, a no-break space before :
and inside « », "1er" for the first of the month, a decimal comma, "Ko"/"Mo"/"Go".
"""

import datetime
import re
from decimal import Decimal

from django.utils import dateformat
from django.utils.translation import get_language, gettext, ngettext

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"

# Dates


def french_date(value: datetime.date | None) -> str:
    """ "1er décembre 2026", "8 mars 2027": the first of the month is an ordinal in French."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    month_and_year = dateformat.format(value, "F Y")
    if value.day == 1 and (get_language() or "").startswith("fr"):
        return f"1er {month_and_year}"
    return f"{value.day} {month_and_year}"


# Numbers and sizes


def french_number(value, decimals: int | None = None) -> str:
    """ "1 000", "2,5", "-1 500": thousands apart by a narrow no-break space, decimal comma.

    `decimals` rounds to that many places, dropping a trailing ",0".
    """
    if value is None or value == "":
        return ""
    number = Decimal(str(value))
    if decimals is not None:
        number = round(number, decimals)
    sign = "-" if number < 0 else ""
    whole, _, fraction = f"{abs(number):f}".partition(".")
    fraction = fraction.rstrip("0")
    groups = []
    while len(whole) > 3:
        whole, group = whole[:-3], whole[-3:]
        groups.insert(0, group)
    written = NARROW_NBSP.join([whole, *groups])
    return f"{sign}{written},{fraction}" if fraction else f"{sign}{written}"


def human_file_size(size: int | None) -> str:
    """ "993 octets", "1,3 Ko", "146 Ko", "1,2 Mo": the units French users read.

    Multiples of 1 024, as file managers count them; one decimal below ten units.
    """
    if size is None:
        return ""
    size = int(size)
    if size < 1024:
        unit = ngettext("byte", "bytes", size)
        return f"{size}{NBSP}{unit}"
    amount = size / 1024
    units = [gettext("KB"), gettext("MB"), gettext("GB")]
    for unit in units:
        if round(amount, 1) < 1024 or unit == units[-1]:
            break
        amount /= 1024
    decimals = 1 if amount < 10 else 0
    return f"{french_number(round(amount, decimals), decimals)}{NBSP}{unit}"


# Punctuation

# What HTML holds: comments, tags (their attributes are never text), entities and text.
HTML_TOKEN = re.compile(r"(<!--.*?-->|<[^>]*>|&#?\w+;)", re.DOTALL)
# Elements whose text is code or a form's value, not prose.
VERBATIM_ELEMENTS = {"script", "style", "pre", "code", "kbd", "samp", "textarea"}
TAG_NAME = re.compile(r"<(/?)([a-zA-Z][\w-]*)")
SPACES = r"[ \t\r\n\u00a0\u202f]"
# ; ! ? (runs such as "?!" kept together), after a word or a closing sign, before a space
# or the end: "?" inside an address ("/?q=") or a time ("10:30") is not punctuation.
BEFORE_NARROW_SPACE = re.compile(rf"(?:(?<=[\w)\]»…'’\"])|{SPACES}+)([;!?]+)(?={SPACES}|$)")
BEFORE_COLON = re.compile(rf"(?:(?<=[\w)\]»…'’\"])|{SPACES}+):(?={SPACES}|$)")
AFTER_OPENING_GUILLEMET = re.compile(rf"«{SPACES}*")
BEFORE_CLOSING_GUILLEMET = re.compile(rf"{SPACES}*»")


def typeset_text(text: str) -> str:
    """French spaces in plain text (no markup): "Pour qui ?" keeps its "?" on its line."""
    text = BEFORE_NARROW_SPACE.sub(lambda match: NARROW_NBSP + match[1], text)
    text = BEFORE_COLON.sub(NBSP + ":", text)
    text = AFTER_OPENING_GUILLEMET.sub("«" + NBSP, text)
    return BEFORE_CLOSING_GUILLEMET.sub(NBSP + "»", text)


def typeset_html(html: str) -> str:
    """`typeset_text` on the text of an HTML fragment: tags, attributes, entities,
    comments and the contents of scripts, styles and code are left exactly as they are.

    Idempotent, and safe on escaped output: it only changes spaces between words and signs.
    """
    parts = HTML_TOKEN.split(html)
    verbatim = []  # the verbatim elements we are in, innermost last
    for index, part in enumerate(parts):
        if index % 2:  # a tag, a comment or an entity
            if tag := TAG_NAME.match(part):
                closing, name = tag[1], tag[2].lower()
                if name in VERBATIM_ELEMENTS and not part.endswith("/>"):
                    if not closing:
                        verbatim.append(name)
                    elif name in verbatim:
                        del verbatim[len(verbatim) - 1 - verbatim[::-1].index(name)]
        elif part and not verbatim:
            parts[index] = typeset_text(part)
    return "".join(parts)


# Labels


def with_kind(kind: str, name: str, separator: str = " ") -> str:
    """The name after its kind ("licence CC BY-SA 4.0", "Licence : CC BY-SA 4.0"), or
    the name alone when it already starts with its kind ("Licence Ouverte / Etalab 2.0",
    never "Licence Licence Ouverte")."""
    name = str(name)
    if name.casefold().startswith(str(kind).casefold()):
        return name
    return f"{kind}{separator}{name}"


NESTED_PARENTHESES = re.compile(r"\s*\(([^()]*)\)")


def in_parentheses(text: str) -> str:
    """ "(APTIC)", and "(CRCN, Pix)" for "CRCN (Pix)": parentheses are never nested."""
    return f"({NESTED_PARENTHESES.sub(r', \1', str(text)).strip()})"
