"""Importing a file of places in the standard (CSV or JSON), as a département or a network
sends it: every line is checked before anything is written, and the report says, line by
line and in French, what is wrong and what was expected.

- All or nothing by default: one wrong line and nothing is written. `valid_only` imports
  the valid lines and reports the others; `dry_run` writes nothing and says what would be.
- A line updates the place with its `id`; failing that, the one place with its `pivot` at
  its address (postcode and street, accents and case aside), reported as such; otherwise
  it creates a place (proposed: a hub editor publishes it). Two lines of the file for the
  same place, or a line that could be one of several places, are reported and not imported:
  nothing is ever merged silently.
- Writes happen in one transaction, in bulk, and renew the exports' cache once.
"""

import csv
import io
import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .checks import Problem, check_row
from .exporting import generation
from .models import Place, department_code, unique_slug
from .rows import COLUMN_FIELDS, LIST_COLUMNS
from .standard import SEPARATOR, field_names, fields_by_name

BATCH_SIZE = 1000
REQUIRED_COLUMNS = [
    name for name, spec in fields_by_name().items() if spec.get("constraints", {}).get("required")
]
# Files that are certainly not a table: their first bytes.
BINARY_SIGNATURES = {
    b"PK\x03\x04": "ZIP / Excel (.xlsx) / OpenDocument",
    b"%PDF": "PDF",
    b"\xd0\xcf\x11\xe0": "Excel 97 (.xls)",
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
}


class ImportFileError(Exception):
    """The file cannot be read as the standard's table at all (its message is French)."""


@dataclass
class LineReport:
    line: int
    problems: list[Problem] = field(default_factory=list)
    note: str = ""


@dataclass
class ImportReport:
    filename: str
    dry_run: bool = False
    valid_only: bool = False
    notices: list[str] = field(default_factory=list)
    lines: int = 0
    invalid: list[LineReport] = field(default_factory=list)
    matched: list[LineReport] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    written: bool = False

    @property
    def valid(self) -> int:
        return self.lines - len(self.invalid)

    @property
    def refused(self) -> bool:
        """Nothing written because of wrong lines (all or nothing)."""
        return bool(self.invalid) and not self.valid_only

    def summary(self) -> str:
        counts = {"lines": self.lines, "valid": self.valid, "invalid": len(self.invalid)}
        text = (
            ngettext(
                "%(lines)d line read: %(valid)d valid, %(invalid)d with errors.",
                "%(lines)d lines read: %(valid)d valid, %(invalid)d with errors.",
                self.lines,
            )
            % counts
        )
        if self.refused:
            return (
                text
                + " "
                + _(
                    "Nothing was imported: correct the lines below, or choose to import the "
                    "valid lines only."
                )
            )
        outcome = {"created": self.created, "updated": self.updated}
        if self.dry_run:
            return (
                text
                + " "
                + _(
                    "Trial run, nothing written: %(created)d places would be created and "
                    "%(updated)d updated."
                )
                % outcome
            )
        return text + " " + _("%(created)d places created, %(updated)d updated.") % outcome

    def as_text(self) -> str:
        """The whole report, for the command line."""
        out = [*self.notices, self.summary()]
        for entry in self.invalid:
            for problem in entry.problems:
                out.append(
                    _("Line %(line)d, field « %(field)s »: %(message)s. Expected: %(expected)s.")
                    % {
                        "line": entry.line,
                        "field": problem.field,
                        "message": problem.message,
                        "expected": problem.expected,
                    }
                )
        for entry in self.matched:
            out.append(_("Line %(line)d: %(note)s") % {"line": entry.line, "note": entry.note})
        return "\n".join(out)


# Reading


def decode(data: bytes, report: ImportReport) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        report.notices.append(_("The file starts with a byte order mark (BOM): it was ignored."))
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise ImportFileError(
            _("This file is not text: the standard's file is a CSV or JSON file in UTF-8.")
        )
    report.notices.append(
        _(
            "The file is not in UTF-8: it was read as Latin-1 (Windows-1252). Check the "
            "accents in the report; the standard asks for UTF-8."
        )
    )
    return data.decode("cp1252", errors="replace")


def read_rows(data: bytes, filename: str, report: ImportReport) -> Iterator[tuple[int, dict]]:
    """(line number, {column: text}) for each line of the file, after checking that it is
    a CSV or JSON table with the standard's required columns."""
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise ImportFileError(
                _(
                    "This file is a %(kind)s file, not a CSV or JSON file. Export the sheet "
                    "as « CSV UTF-8 » and send that file."
                )
                % {"kind": kind}
            )
    text = decode(data, report)
    if not text.strip():
        raise ImportFileError(_("The file is empty."))
    if filename.lower().endswith(".json") or text.lstrip()[:1] in ("[", "{"):
        return read_json(text, report)
    return read_csv(text, report)


def check_columns(columns: list[str], report: ImportReport) -> None:
    known = set(field_names())
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if not known.intersection(columns):
        raise ImportFileError(
            _(
                "The first line does not name the standard's columns (id, pivot, nom, "
                "commune…): is this the standard « Lieux de médiation numérique »?"
            )
        )
    if missing:
        raise ImportFileError(
            _("Required columns are missing: %(columns)s. The standard's columns are: %(all)s.")
            % {"columns": ", ".join(missing), "all": ", ".join(field_names())}
        )
    absent = [name for name in field_names() if name not in columns]
    if absent:
        report.notices.append(
            _(
                "Columns absent from the file: %(columns)s. New places leave them empty; "
                "existing places keep their values."
            )
            % {"columns": ", ".join(absent)}
        )
    unknown = [name for name in columns if name not in known]
    if unknown:
        report.notices.append(
            _("Columns unknown to the standard, ignored: %(columns)s.")
            % {"columns": ", ".join(unknown)}
        )


def read_csv(text: str, report: ImportReport) -> Iterator[tuple[int, dict]]:
    first_line = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    if delimiter != ",":
        report.notices.append(
            _("The columns are separated by « %(separator)s » instead of « , »: read as such.")
            % {"separator": "tabulation" if delimiter == "\t" else delimiter}
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip() for name in next(reader)]
    except csv.Error as error:
        raise ImportFileError(
            _("The file is not a readable CSV: %(error)s.") % {"error": error}
        ) from error
    check_columns(header, report)
    indexes = [(index, name) for index, name in enumerate(header) if name in COLUMN_FIELDS]

    def rows():
        try:
            for cells in reader:
                if not any(cell.strip() for cell in cells):
                    continue
                if len(cells) != len(header):
                    yield (
                        reader.line_num,
                        {
                            "__problem__": _(
                                "this line has %(count)d cells for %(columns)d columns"
                            )
                            % {"count": len(cells), "columns": len(header)}
                        },
                    )
                    continue
                yield reader.line_num, {name: cells[index] for index, name in indexes}
        except csv.Error as error:
            yield reader.line_num, {"__problem__": str(error)}

    return rows()


def read_json(text: str, report: ImportReport) -> Iterator[tuple[int, dict]]:
    try:
        document = json.loads(text)
    except ValueError as error:
        raise ImportFileError(
            _("The file is not valid JSON (line %(line)s): %(error)s.")
            % {"line": getattr(error, "lineno", "?"), "error": getattr(error, "msg", error)}
        ) from error
    if isinstance(document, dict):
        document = document.get("data", document.get("lieux"))
    if not isinstance(document, list) or not all(isinstance(item, dict) for item in document):
        raise ImportFileError(
            _("The JSON file must be a list of places (objects named by the standard's columns).")
        )
    columns = list(dict.fromkeys(name for item in document for name in item))
    check_columns(columns, report)

    def as_text(column, value):
        if value is None:
            return ""
        if isinstance(value, list) and column in LIST_COLUMNS:
            return SEPARATOR.join(str(item) for item in value)
        if isinstance(value, bool):
            return str(value).lower()
        return str(value)

    return (
        (
            number,
            {name: as_text(name, item.get(name)) for name in columns if name in COLUMN_FIELDS},
        )
        for number, item in enumerate(document, start=1)
    )


# Matching


def address_key(pivot: str, code_postal: str, adresse: str) -> tuple[str, str, str]:
    """A place's SIRET and address, spelling aside (case, accents, punctuation, spaces)."""
    text = unicodedata.normalize("NFKD", adresse.casefold())
    text = "".join(c if c.isalnum() else " " for c in text if not unicodedata.combining(c))
    return pivot.strip().upper(), code_postal.strip(), " ".join(text.split())


class Importer:
    def __init__(self, report: ImportReport, progress: Callable[[Iterable], Iterable] = iter):
        self.report = report
        self.progress = progress
        self.by_local_id: dict[str, int] = {}
        self.by_address: dict[tuple, list[int]] = {}
        self.names: dict[int, tuple[str, str]] = {}
        for pk, local_id, pivot, code_postal, adresse, nom in Place.objects.values_list(
            "pk", "local_id", "pivot", "code_postal", "adresse", "nom"
        ).iterator(chunk_size=5000):
            self.by_local_id[local_id] = pk
            self.by_address.setdefault(address_key(pivot, code_postal, adresse), []).append(pk)
            self.names[pk] = (nom, local_id)

    def plan(self, rows: Iterable[tuple[int, dict]]):
        """Checks every line; returns the creations and updates of the valid ones."""
        creations: list[dict] = []
        updates: dict[int, dict] = {}
        seen_ids: dict[str, int] = {}
        seen_addresses: dict[tuple, int] = {}
        for number, row in self.progress(rows):
            self.report.lines += 1
            if "__problem__" in row:
                self.refuse(number, "—", row["__problem__"], _("one cell per column"))
                continue
            values, problems = check_row(row)
            if problems:
                self.report.invalid.append(LineReport(number, problems))
                continue
            local_id = values["local_id"]
            key = address_key(values["pivot"], values["code_postal"], values["adresse"])
            if local_id in seen_ids:
                self.refuse(
                    number,
                    "id",
                    _("the id « %(id)s » is already on line %(line)d")
                    % {"id": local_id, "line": seen_ids[local_id]},
                    _("one line per place, each with its own id"),
                )
                continue
            if key in seen_addresses:
                self.refuse(
                    number,
                    "pivot",
                    _("same pivot and address as line %(line)d: probably the same place")
                    % {"line": seen_addresses[key]},
                    _("one line per place (merge the two lines, or give different addresses)"),
                )
                continue
            seen_ids[local_id] = number
            seen_addresses[key] = number
            pk = self.by_local_id.get(local_id)
            if pk is None:
                candidates = self.by_address.get(key, [])
                if len(candidates) > 1:
                    self.refuse(
                        number,
                        "pivot",
                        _("%(count)d places already have this pivot at this address")
                        % {"count": len(candidates)},
                        _("the id of the place to update"),
                    )
                    continue
                if candidates:
                    pk = candidates[0]
                    name, existing_id = self.names[pk]
                    self.report.matched.append(
                        LineReport(
                            number,
                            note=_(
                                "no place has the id « %(id)s », but « %(name)s » (id "
                                "« %(existing)s ») has the same pivot and address: it is "
                                "updated and keeps its id."
                            )
                            % {"id": local_id, "name": name, "existing": existing_id},
                        )
                    )
                    del values["local_id"]
            if pk is None:
                creations.append(values)
            elif pk in updates:
                self.refuse(
                    number,
                    "id",
                    _("another line of the file updates the same place"),
                    _("one line per place"),
                )
            else:
                updates[pk] = values
        return creations, updates

    def refuse(self, number: int, column: str, message: str, expected: str) -> None:
        self.report.invalid.append(LineReport(number, [Problem(column, message, expected)]))

    def write(self, creations: list[dict], updates: dict[int, dict]) -> None:
        taken = set(Place.objects.values_list("slug", flat=True))
        new_places = []
        for values in creations:
            place = Place(**values)
            place.slug = unique_slug(f"{place.nom} {place.commune}", taken=taken)
            taken.add(place.slug)
            place.department_code = department_code(place.code_insee, place.code_postal)
            new_places.append(place)
        Place.objects.bulk_create(new_places, batch_size=BATCH_SIZE)
        by_fields: dict[tuple, list[Place]] = {}
        now = timezone.now()
        pks = list(updates)
        for start in range(0, len(pks), BATCH_SIZE):
            for place in Place.objects.filter(pk__in=pks[start : start + BATCH_SIZE]):
                values = updates[place.pk]
                for attribute, value in values.items():
                    setattr(place, attribute, value)
                place.apply_pass_numerique()
                place.department_code = department_code(place.code_insee, place.code_postal)
                place.updated_at = now
                fields = (*sorted(values), "frais_a_charge", "department_code", "updated_at")
                by_fields.setdefault(tuple(dict.fromkeys(fields)), []).append(place)
        for fields, places in by_fields.items():
            Place.objects.bulk_update(places, fields, batch_size=BATCH_SIZE)
        generation.bump()


def import_places(
    data: bytes,
    filename: str = "",
    *,
    valid_only: bool = False,
    dry_run: bool = False,
    progress: Callable[[Iterable], Iterable] = iter,
) -> ImportReport:
    """Checks and imports a file; raises ImportFileError when it is not the standard's table."""
    report = ImportReport(filename, dry_run=dry_run, valid_only=valid_only)
    rows = read_rows(data, filename, report)
    importer = Importer(report, progress)
    creations, updates = importer.plan(rows)
    report.created, report.updated = len(creations), len(updates)
    if report.refused:
        report.created = report.updated = 0
        return report
    if not dry_run and (creations or updates):
        with transaction.atomic():
            importer.write(creations, updates)
        report.written = True
    return report
