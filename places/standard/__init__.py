"""The national standard « Lieux de médiation numérique » v1.0.2 (see README.md here)."""

import json
from functools import cache
from pathlib import Path

SCHEMA_PATH = Path(__file__).with_name("schema.json")
VALID_EXAMPLE_PATH = Path(__file__).with_name("exemple-valide.csv")
VERSION = "1.0.2"
# What a multi-valued field's values are joined with in a CSV file.
SEPARATOR = "|"


@cache
def table_schema() -> dict:
    """The standard's Table Schema, as published."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@cache
def field_names() -> tuple[str, ...]:
    """The standard's columns, in its order (the order of every export)."""
    return tuple(field["name"] for field in table_schema()["fields"])


@cache
def fields_by_name() -> dict[str, dict]:
    return {field["name"]: field for field in table_schema()["fields"]}
