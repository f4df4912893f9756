"""Checking a line of the standard: first against schema.json, then the model's own checks.

schema.json is a Table Schema (frictionless); its constraints on a line of strings are
turned once into a JSON Schema (`row_schema`) that `jsonschema` checks line by line in
a fraction of what a frictionless validation of the same file costs (100,000 lines in a
few seconds), with the same constraints: required, pattern, maxLength, number, date.
The model then adds what the schema cannot say (SIRET checksum, e-mails, web addresses,
opening hours, coordinates). Every problem comes back as a `Problem`: which field, what
is wrong, what was expected, in French.
"""

import datetime
import re
from dataclasses import dataclass
from functools import cache

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from jsonschema import Draft202012Validator

from .models import Place
from .rows import COLUMN_FIELDS, to_fields
from .standard import SEPARATOR, fields_by_name, table_schema
from .standard.vocabulary import ENUMERATIONS

NUMBER_PATTERN = r"^-?\d+(\.\d+)?$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    expected: str


@cache
def row_schema() -> dict:
    """The Table Schema's constraints as a JSON Schema of one line (all cells are text).

    An empty cell is an absent value: a pattern applies to a filled cell only (`^$|…`).
    Columns without a constraint are left out: every cell is already a text.
    """
    properties, required = {}, []
    for field in table_schema()["fields"]:
        constraints = field.get("constraints", {})
        rule = {}
        pattern = constraints.get("pattern")
        if field["type"] == "number":
            pattern = NUMBER_PATTERN
        elif field["type"] == "date":
            pattern = DATE_PATTERN
        if pattern:
            rule["pattern"] = f"^$|(?:{pattern})"
        if "maxLength" in constraints:
            rule["maxLength"] = constraints["maxLength"]
        if constraints.get("required"):
            required.append(field["name"])
            rule["minLength"] = 1
        if rule:
            properties[field["name"]] = rule
    return {"type": "object", "properties": properties, "required": required}


@cache
def row_validator() -> Draft202012Validator:
    return Draft202012Validator(row_schema())


# The keywords the fast check applies; a schema using another one is checked by jsonschema
# alone, so that a new version of the standard can never let a wrong line through.
FAST_KEYWORDS = {"pattern", "minLength", "maxLength"}


@cache
def row_rules() -> tuple[tuple, tuple[str, ...]] | None:
    """`row_schema` as compiled checks, (column, pattern, minLength, maxLength) and the
    required columns, applied as jsonschema applies them (`re.search`, `len`); None when
    the schema says more than these."""
    schema = row_schema()
    if any(set(rule) - FAST_KEYWORDS for rule in schema["properties"].values()):
        return None
    rules = tuple(
        (
            name,
            re.compile(rule["pattern"]) if "pattern" in rule else None,
            rule.get("minLength", 0),
            rule.get("maxLength"),
        )
        for name, rule in schema["properties"].items()
    )
    return rules, tuple(schema["required"])


def passes_schema(row: dict[str, str]) -> bool:
    """Whether jsonschema would find nothing wrong with the line, in a tenth of its time:
    most lines are right, and only a wrong one needs jsonschema's errors for its report."""
    if (compiled := row_rules()) is None:
        return False
    rules, required = compiled
    if any(name not in row for name in required):
        return False
    for name, pattern, min_length, max_length in rules:
        value = row.get(name)
        if not isinstance(value, str):
            continue
        if len(value) < min_length or (max_length is not None and len(value) > max_length):
            return False
        if pattern is not None and not pattern.search(value):
            return False
    return True


def expected(column: str) -> str:
    """What the standard expects in a column, in words, with its example."""
    field = fields_by_name()[column]
    constraints = field.get("constraints", {})
    if column in ENUMERATIONS:
        text = _("one or more of these values, separated by « %(separator)s »: %(values)s") % {
            "separator": SEPARATOR,
            "values": " ; ".join(ENUMERATIONS[column].values),
        }
    elif column == "pivot":
        text = _("a SIRET (14 digits with a valid checksum) or an RNA number (W and 9 characters)")
    elif column == "code_postal":
        text = _("five digits")
    elif column == "code_insee":
        text = _("the commune's INSEE code: five characters (2A or 2B for Corsica)")
    elif column == "telephone":
        text = _("an international number without spaces nor the first zero")
    elif column == "horaires":
        text = _("hours in the OpenStreetMap opening_hours format")
    elif column in ("courriels",):
        text = _("e-mail addresses separated by « %(separator)s »") % {"separator": SEPARATOR}
    elif column in ("site_web",):
        text = _("web addresses (https://…) separated by « %(separator)s »") % {
            "separator": SEPARATOR
        }
    elif column in ("fiche_acces_libre", "prise_rdv"):
        text = _("a web address (https://…)")
    elif field["type"] == "number":
        text = _("a decimal number with a dot")
    elif field["type"] == "date":
        text = _("a date written YYYY-MM-DD")
    elif "maxLength" in constraints:
        text = _("%(count)d characters at most") % {"count": constraints["maxLength"]}
    else:
        text = _("a text")
    if constraints.get("required"):
        text = _("%(expected)s (required)") % {"expected": text}
    if field.get("example"):
        text += " — " + _("e.g. %(example)s") % {"example": field["example"]}
    return text


def schema_problems(row: dict[str, str]) -> list[Problem]:
    problems = {}
    for error in () if passes_schema(row) else row_validator().iter_errors(row):
        if error.validator == "required":
            column = error.message.split("'")[1]
            message = _("the value is missing")
        else:
            column = error.absolute_path[0]
            value = row.get(column, "")
            if error.validator == "minLength":
                message = _("the value is missing")
            elif column in ENUMERATIONS:
                unknown = [
                    item
                    for item in value.split(SEPARATOR)
                    if item.strip() not in ENUMERATIONS[column].values
                ]
                message = _("« %(value)s » is not one of the standard's values") % {
                    "value": SEPARATOR.join(unknown) or value
                }
            elif len(value) > fields_by_name()[column].get("constraints", {}).get(
                "maxLength", len(value)
            ):
                message = _("the text is %(count)d characters long") % {"count": len(value)}
            else:
                message = _("« %(value)s » does not have the expected form") % {"value": value}
        problems.setdefault(column, Problem(column, message, expected(column)))
    if "date_maj" not in problems and row.get("date_maj"):
        try:
            datetime.date.fromisoformat(row["date_maj"])
        except ValueError:
            problems["date_maj"] = Problem(
                "date_maj",
                _("« %(value)s » is not a date of the calendar") % {"value": row["date_maj"]},
                expected("date_maj"),
            )
    return list(problems.values())


# The model's fields that a line fills, by column; the others are the hub's own.
MODEL_CHECKED = [attribute for attribute in COLUMN_FIELDS.values() if attribute != "local_id"]
ATTRIBUTE_COLUMNS = {attribute: column for column, attribute in COLUMN_FIELDS.items()}


def model_problems(place: Place) -> list[Problem]:
    """The model's checks of the standard's fields (uniqueness apart: the import's job)."""
    try:
        place.clean_fields(
            exclude=[f.name for f in Place._meta.fields if f.name not in MODEL_CHECKED]
        )
        place.clean()
    except ValidationError as error:
        return [
            Problem(
                ATTRIBUTE_COLUMNS.get(attribute, attribute),
                # The report adds its own full stop.
                " ".join(messages).rstrip("."),
                expected(ATTRIBUTE_COLUMNS[attribute]) if attribute in ATTRIBUTE_COLUMNS else "",
            )
            for attribute, messages in error.message_dict.items()
        ]
    return []


def check_row(row: dict[str, str]) -> tuple[dict | None, list[Problem]]:
    """The model field values of a line, or None and its problems."""
    problems = schema_problems(row)
    # The model's checks too, on the cells the schema accepted: one report says it all.
    wrong = {problem.field for problem in problems}
    values = to_fields({column: text for column, text in row.items() if column not in wrong})
    problems += [p for p in model_problems(Place(**values)) if p.field not in wrong]
    return (None, problems) if problems else (values, [])
