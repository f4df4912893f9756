"""A place as a line of the standard (cells are strings, lists joined with `|`), and back."""

import datetime

from .fields import ListField
from .models import Place
from .standard import SEPARATOR, field_names

# The standard's `id` is the place's `local_id`; every other column is the model field
# of the same name.
COLUMN_FIELDS = {name: ("local_id" if name == "id" else name) for name in field_names()}
LIST_COLUMNS = frozenset(
    name
    for name, attribute in COLUMN_FIELDS.items()
    if isinstance(Place._meta.get_field(attribute), ListField)
)
NUMBER_COLUMNS = frozenset({"latitude", "longitude"})
# Read from the database for an export: the standard's fields, nothing else.
EXPORT_FIELDS = tuple(COLUMN_FIELDS.values())


def cell(place: Place, column: str) -> str:
    value = getattr(place, COLUMN_FIELDS[column])
    if column in LIST_COLUMNS:
        return SEPARATOR.join(value)
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float):
        # The shortest text that reads back as the same number (43.52609, not 43.526090).
        return repr(value)
    return str(value)


def to_row(place: Place, source: str | None = None) -> dict[str, str]:
    """The place as a line of the standard; `source` replaces the collector's name (the
    hub's exports name the hub)."""
    row = {column: cell(place, column) for column in COLUMN_FIELDS}
    if source is not None:
        row["source"] = source
    return row


def to_fields(row: dict[str, str]) -> dict:
    """Model field values from a line already checked against the schema; only the
    columns the file has, so that an update keeps what the file does not say."""
    values = {}
    for column, text in row.items():
        attribute = COLUMN_FIELDS.get(column)
        if attribute is None:
            continue
        text = text.strip()
        if column in LIST_COLUMNS:
            values[attribute] = [item.strip() for item in text.split(SEPARATOR) if item.strip()]
        elif column in NUMBER_COLUMNS:
            values[attribute] = float(text) if text else None
        elif column == "date_maj":
            values[attribute] = datetime.date.fromisoformat(text)
        else:
            values[attribute] = text
    return values
