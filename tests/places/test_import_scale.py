"""The import at scale and with bad input (issue 15, « Bad input and scale »): through the
command and the admin screen, a French report, never a 500, nothing half-written; writes
by batches with the queries bounded; slugs unique; uploads never left behind."""

import csv
import datetime
import html
import io
import os

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from places import admin as places_admin
from places import checks, importing, opening
from places.models import Place
from places.opening import open_at
from places.standard import VALID_EXAMPLE_PATH
from places.standard.vocabulary import Frais
from tests.factories.accounts import hub_editor
from tests.factories.places import PlaceFactory

pytestmark = pytest.mark.django_db

EXAMPLE = VALID_EXAMPLE_PATH.read_text(encoding="utf-8")
HEADER = EXAMPLE.splitlines()[0]


def example_row(**changes) -> dict:
    row = next(csv.DictReader(io.StringIO(EXAMPLE)))
    row.update(changes)
    return row


def table(rows: list[dict], delimiter: str = ",", columns=None) -> str:
    columns = columns or list(rows[0])
    out = io.StringIO()
    writer = csv.DictWriter(
        out, fieldnames=columns, delimiter=delimiter, quoting=csv.QUOTE_ALL, extrasaction="ignore"
    )
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def places(count: int, **changes) -> list[dict]:
    return [
        example_row(id=f"import-{n}", adresse=f"{n} rue des Lilas", **changes)
        for n in range(count)
    ]


# The list of bad files, each with what the report must say (French) and
# whether the file is still imported (read with a notice) or refused whole.
BAD_FILES = {
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pas un fichier CSV ou JSON", False),
    "binary-renamed": (
        HEADER.encode() + b"\n" + bytes(range(256)) * 64,
        "pas du texte",
        False,
    ),
    "latin-1": (table(places(2)).encode("cp1252", errors="replace"), "Latin-1", True),
    "bom": (b"\xef\xbb\xbf" + table(places(2)).encode(), "BOM", True),
    "semicolons": (table(places(2), delimiter=";").encode(), "« ; »", True),
    "tabs": (table(places(2), delimiter="\t").encode(), "tabulation", True),
    "missing-columns": (
        table(places(2), columns=["id", "nom", "commune", "code_postal"]).encode(),
        "colonnes obligatoires manquent",
        False,
    ),
    "unknown-values": (
        table(places(2, services="Cuisine", frais_a_charge="Gratuit|Hors de prix")).encode(),
        "Hors de prix",
        False,
    ),
}


def command(path, *options) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_places", str(path), *options, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue() + "\n" + str(error), "refused"
    return out.getvalue(), "imported"


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_files_through_the_command(name, tmp_path):
    data, message, imported = BAD_FILES[name]
    path = tmp_path / "lieux.csv"
    path.write_bytes(data)
    text, outcome = command(path)
    assert message in text
    assert outcome == ("imported" if imported else "refused")
    assert Place.objects.count() == (2 if imported else 0)


@pytest.fixture
def editor_client():
    client = Client()
    client.force_login(hub_editor())
    return client


def pending_files() -> list[str]:
    try:
        return default_storage.listdir(places_admin.PENDING_FOLDER)[1]
    except FileNotFoundError:
        return []


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_files_through_the_admin_screen(name, editor_client):
    data, message, imported = BAD_FILES[name]
    upload = SimpleUploadedFile("lieux.csv", data)
    response = editor_client.post("/admin/lieux-import/", {"file": upload})
    assert response.status_code == 200
    assert message in html.unescape(response.content.decode())
    assert Place.objects.count() == 0
    if imported:
        token = response.context["confirm_token"]
        editor_client.post("/admin/lieux-import/", {"confirm": token})
        assert Place.objects.count() == 2
    else:
        assert "confirm_token" not in response.context
    # Refused, or confirmed: the upload is not kept.
    assert pending_files() == []


def test_a_wrong_line_after_the_first_batches_leaves_nothing_written(tmp_path):
    """The valid lines before it were written by batches: the transaction undoes them."""
    rows = places(2 * importing.BATCH_SIZE + 10)
    rows[-1]["code_postal"] = "123"
    path = tmp_path / "lieux.csv"
    path.write_text(table(rows))
    text, outcome = command(path)
    assert outcome == "refused" and f"Ligne {len(rows) + 1}" in text
    assert Place.objects.count() == 0
    text, outcome = command(path, "--valid-only")
    assert Place.objects.count() == len(rows) - 1


@pytest.mark.parametrize("count", [300, 2500])
def test_queries_grow_with_the_batches_not_the_lines(count, django_assert_max_num_queries):
    PlaceFactory(local_id="import-1", adresse="1 rue des Lilas", pivot="43493312300029")
    data = table(places(count)).encode()
    batches = -(-count // importing.BATCH_SIZE)
    # Per batch: places by id, by pivot and postcode, the insert (SQLite splits an insert
    # of many columns in a few statements), the updated places and their update, and the
    # opening hours of both (delete, insert, in a savepoint); the hours' rows themselves go
    # in multi-row inserts of ROWS_PER_INSERT, a few per batch.
    rows = sum(len(opening.intervals(line["horaires"])) for line in places(count))
    inserts = -(-rows // opening.ROWS_PER_INSERT) + batches
    with django_assert_max_num_queries(6 + 10 * batches + inserts):
        report = importing.import_places(data, "lieux.csv")
    assert report.created == count - 1 and report.updated == 1
    assert Place.objects.count() == count


def test_slugs_are_unique_against_the_database_and_within_the_file():
    PlaceFactory(nom="Anonymal", commune="Reims", slug="anonymal-reims")
    PlaceFactory(nom="Autre", commune="Reims", slug="anonymal-reims-2")
    report = importing.import_places(table(places(3)).encode(), "lieux.csv")
    assert report.created == 3
    slugs = set(
        Place.objects.filter(local_id__startswith="import-").values_list("slug", flat=True)
    )
    assert slugs == {"anonymal-reims-3", "anonymal-reims-4", "anonymal-reims-5"}


def test_bulk_writes_derive_the_departement_and_the_pass_numerique_as_save_does():
    existing = PlaceFactory(
        local_id="import-0",
        accepts_pass_numerique=True,
        frais_a_charge=["Gratuit", Frais.GRATUIT_SOUS_CONDITION],
    )
    data = table(places(2, code_postal="09000", code_insee="09122", frais_a_charge="Payant"))
    importing.import_places(data.encode(), "lieux.csv")
    existing.refresh_from_db()
    assert existing.department_code == "09"
    # The file does not know the Pass Numérique: the hub's flag keeps its standard value.
    assert existing.frais_a_charge == ["Payant", Frais.GRATUIT_SOUS_CONDITION]
    assert Place.objects.get(local_id="import-1").department_code == "09"


def test_the_file_is_read_by_chunks():
    """A file object is read piece by piece, never whole (100,000 lines stay out of memory)."""

    class Recording(io.BytesIO):
        largest = 0

        def read(self, size=-1):
            Recording.largest = max(Recording.largest, size if size >= 0 else 1 << 40)
            return super().read(size)

        def read1(self, size=-1):
            return self.read(size if size >= 0 else importing.SCAN_BYTES)

        def readinto(self, buffer):
            Recording.largest = max(Recording.largest, len(buffer))
            return super().readinto(buffer)

    source = Recording(table(places(3000)).encode())
    assert len(source.getvalue()) > 4 * importing.SCAN_BYTES
    report = importing.import_places(source, "lieux.csv", dry_run=True)
    assert report.created == 3000
    assert Recording.largest <= importing.SCAN_BYTES


def test_the_command_shows_its_progress(tmp_path):
    path = tmp_path / "lieux.csv"
    path.write_text(table(places(3)))
    err = io.StringIO()
    call_command("import_places", str(path), stdout=io.StringIO(), stderr=err)
    assert "Lignes vérifiées" in err.getvalue() and "Lieux écrits" in err.getvalue()
    assert "3/3" in err.getvalue()


# Uploads waiting for a confirmation


def upload(client, data: bytes):
    return client.post("/admin/lieux-import/", {"file": SimpleUploadedFile("lieux.csv", data)})


def test_an_upload_is_deleted_on_confirm_and_on_cancel(editor_client):
    checked = upload(editor_client, table(places(1)).encode())
    assert len(pending_files()) == 1
    editor_client.post("/admin/lieux-import/", {"confirm": checked.context["confirm_token"]})
    assert pending_files() == [] and Place.objects.count() == 1
    checked = upload(editor_client, table(places(2)).encode())
    assert len(pending_files()) == 1
    response = editor_client.post(
        "/admin/lieux-import/", {"confirm": checked.context["confirm_token"], "cancel": "1"}
    )
    assert response.status_code == 302 and pending_files() == []
    assert Place.objects.count() == 1
    again = editor_client.post(
        "/admin/lieux-import/", {"confirm": checked.context["confirm_token"]}
    )
    assert again.status_code == 302 and Place.objects.count() == 1


def test_a_new_upload_replaces_the_previous_and_sweeps_the_forgotten(editor_client):
    forgotten = default_storage.save(
        f"{places_admin.PENDING_FOLDER}/oublie.data", io.BytesIO(b"old")
    )
    recent = default_storage.save(f"{places_admin.PENDING_FOLDER}/recent.data", io.BytesIO(b"x"))
    old = (datetime.datetime.now() - datetime.timedelta(days=2)).timestamp()
    os.utime(default_storage.path(forgotten), (old, old))
    upload(editor_client, table(places(1)).encode())
    first = set(pending_files())
    assert "oublie.data" not in first and "recent.data" in first and len(first) == 2
    upload(editor_client, table(places(2)).encode())
    second = set(pending_files())
    assert len(second) == 2 and "recent.data" in second and not (first - {"recent.data"}) & second
    default_storage.delete(recent)


def test_imported_hours_answer_open_now_after_bulk_writes():
    """The bulk writes bypass post_save: the import refreshes the opening intervals."""
    # A Wednesday of March 2026 at 10:00, Paris (no public holiday).
    wednesday = datetime.datetime(2026, 3, 11, 10, 0)
    data = table(places(2, horaires="We 09:00-12:00"))
    importing.import_places(data.encode(), "lieux.csv")
    Place.objects.update(status=Place.Status.PUBLISHED)
    assert open_at(Place.objects.all(), wednesday).count() == 2
    data = table(places(2, horaires="Th 09:00-12:00"))
    assert importing.import_places(data.encode(), "lieux.csv").updated == 2
    assert open_at(Place.objects.all(), wednesday).count() == 0


def test_the_fast_schema_check_agrees_with_jsonschema_on_every_kind_of_cell():
    """passes_schema spares jsonschema on right lines: it must never accept a wrong one."""
    base = example_row()
    rows = [base]
    for column in base:
        for value in ("", "x" * 300, "abc", "12345", "2A004", "+33561000000", "2024-13-01"):
            rows.append({**base, column: value})
        rows.append({name: text for name, text in base.items() if name != column})
    for row in rows:
        assert checks.passes_schema(row) == (not list(checks.row_validator().iter_errors(row)))
    assert sum(checks.passes_schema(row) for row in rows) > len(base)


def test_a_schema_keyword_the_fast_check_does_not_know_leaves_every_line_to_jsonschema(
    monkeypatch,
):
    schema = checks.row_schema()
    column = next(iter(schema["properties"]))
    stricter = {
        **schema,
        "properties": {**schema["properties"], column: {"enum": ["seule valeur admise"]}},
    }
    monkeypatch.setattr(checks, "row_schema", lambda: stricter)
    checks.row_rules.cache_clear()
    try:
        assert checks.passes_schema(example_row()) is False
    finally:
        checks.row_rules.cache_clear()
