import csv
import hashlib
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from frictionless import Resource, Schema

from places import importing
from places.models import Place
from places.standard import SCHEMA_PATH, VALID_EXAMPLE_PATH, table_schema
from tests.factories.places import PlaceFactory

pytestmark = pytest.mark.django_db

EXAMPLE = VALID_EXAMPLE_PATH.read_bytes()


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def with_line(line: str) -> bytes:
    header = EXAMPLE.decode().splitlines()[0]
    return (header + "\n" + line + "\n").encode()


def example_line(**changes) -> str:
    row = next(csv.DictReader(io.StringIO(EXAMPLE.decode())))
    row.update(changes)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(row), quoting=csv.QUOTE_ALL)
    writer.writerow(row)
    return out.getvalue().strip()


def test_the_shared_valid_example_imports():
    report = importing.import_places(EXAMPLE, "exemple-valide.csv")
    assert report.created == 1 and not report.invalid
    place = Place.objects.get(local_id="structure-1")
    assert place.pivot == "43493312300029"
    assert place.services == [
        "Maîtrise des outils numériques du quotidien",
        "Insertion professionnelle via le numérique",
        "Loisirs et créations numériques",
    ]
    assert place.status == Place.Status.PROPOSED


def test_one_wrong_line_writes_nothing_and_says_why_in_french():
    data = (
        EXAMPLE
        + example_line(
            id="structure-2", code_postal="511", services="Cuisine", pivot="43493312300028"
        ).encode()
    )
    report = importing.import_places(data, "lieux.csv")
    assert report.refused and Place.objects.count() == 0
    problems = {p.field: p for entry in report.invalid for p in entry.problems}
    assert report.invalid[0].line == 3
    assert "« 511 »" in problems["code_postal"].message
    assert (
        "cinq chiffres" in problems["code_postal"].expected
        or "five digits" in problems["code_postal"].expected
    )
    assert "Cuisine" in problems["services"].message
    assert "Luhn" in problems["pivot"].message


def test_valid_only_imports_the_valid_lines():
    data = EXAMPLE + example_line(id="structure-2", code_postal="511").encode()
    report = importing.import_places(data, "lieux.csv", valid_only=True)
    assert report.created == 1 and len(report.invalid) == 1
    assert list(Place.objects.values_list("local_id", flat=True)) == ["structure-1"]


def test_dry_run_writes_nothing():
    report = importing.import_places(EXAMPLE, "lieux.csv", dry_run=True)
    assert report.created == 1 and Place.objects.count() == 0


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04 not a table",
        b"%PDF-1.4",
        b"",
        b"nom;ville\nA;B\n",
        b'"id","nom"\n"a","b"\n',
        b'{"pas": "une liste"}',
        b"[{",
    ],
)
def test_bad_files_get_a_french_refusal_and_nothing_is_written(data):
    with pytest.raises(importing.ImportFileError):
        importing.import_places(data, "lieux.csv")
    assert Place.objects.count() == 0


def test_latin1_bom_and_semicolons_are_read_with_a_notice():
    latin1 = EXAMPLE.decode().encode("cp1252", errors="replace")
    report = importing.import_places(latin1, "lieux.csv", dry_run=True)
    assert report.created == 1 and any("Latin-1" in n for n in report.notices)
    bom = b"\xef\xbb\xbf" + EXAMPLE
    assert importing.import_places(bom, "lieux.csv", dry_run=True).created == 1
    rows = list(csv.reader(io.StringIO(EXAMPLE.decode())))
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    report = importing.import_places(out.getvalue().encode(), "lieux.csv", dry_run=True)
    assert report.created == 1 and any("« ; »" in n for n in report.notices)


def test_upsert_by_id_then_by_pivot_and_address_reported():
    existing = PlaceFactory(
        local_id="ancien",
        pivot="43493312300029",
        code_postal="51100",
        adresse="12 bis rue de Leclercq",
    )
    report = importing.import_places(EXAMPLE, "lieux.csv")
    assert report.updated == 1 and report.created == 0
    assert "ancien" in report.matched[0].note
    existing.refresh_from_db()
    assert existing.nom == "Anonymal" and existing.local_id == "ancien"
    again = importing.import_places(
        with_line(example_line(id="ancien", nom="Nouveau nom")), "lieux.csv"
    )
    assert again.updated == 1
    existing.refresh_from_db()
    assert existing.nom == "Nouveau nom"


def test_duplicate_lines_in_a_file_are_refused_never_merged():
    data = EXAMPLE + example_line(id="structure-2").encode() + b"\n"
    data += example_line().encode()
    report = importing.import_places(data, "lieux.csv", valid_only=True)
    assert report.created == 1
    messages = " ".join(p.message for e in report.invalid for p in e.problems)
    assert "line 2" in messages or "ligne 2" in messages


def test_the_command_reports_and_fails_on_a_wrong_file(tmp_path):
    path = tmp_path / "lieux.csv"
    path.write_bytes(EXAMPLE + example_line(id="x", pivot="123").encode())
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_places", str(path), stdout=out, stderr=io.StringIO())
    assert "pivot" in out.getvalue() and Place.objects.count() == 0
    call_command("import_places", str(path), "--valid-only", stdout=out, stderr=io.StringIO())
    assert Place.objects.count() == 1


def test_a_hundred_thousand_lines_are_refused_whole_when_one_is_wrong():
    lines = [example_line(id=f"s{i}", adresse=f"{i} rue Haute") for i in range(2000)]
    lines[-1] = example_line(id="bad", adresse="x", code_postal="1")
    data = EXAMPLE.decode().splitlines()[0] + "\n" + "\n".join(lines)
    report = importing.import_places(data.encode(), "lieux.csv")
    assert report.lines == 2000 and report.refused and Place.objects.count() == 0


# Exports


def test_export_is_published_only_with_the_hub_as_source():
    PlaceFactory(nom="Lieu publié")
    PlaceFactory(nom="Lieu proposé", status=Place.Status.PROPOSED)
    PlaceFactory(nom="Lieu archivé", status=Place.Status.ARCHIVED)
    response = Client().get("/lieux/export.csv")
    text = body(response).decode()
    assert "Lieu publié" in text and "proposé" not in text and "archivé" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["source"] == "RhinOcc"
    assert 'rel="license"' in response["Link"]
    records = json.loads(body(Client().get("/lieux/export.json")))
    assert [r["nom"] for r in records] == ["Lieu publié"]


def test_the_csv_export_validates_against_the_national_schema(tmp_path):
    PlaceFactory(courriels=["a@example.org", "b@example.org"], latitude=43.6, longitude=1.44)
    PlaceFactory(itinerance=["Itinérant"], services=[], horaires="")
    path = tmp_path / "export.csv"
    path.write_bytes(body(Client().get("/lieux/export.csv")))
    schema = Schema.from_descriptor(json.loads(SCHEMA_PATH.read_text()))
    report = Resource(path="export.csv", schema=schema, basepath=str(tmp_path)).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_round_trip_export_import_export_is_identical():
    importing.import_places(EXAMPLE, "exemple.csv")
    Place.objects.update(status=Place.Status.PUBLISHED)
    first = body(Client().get("/lieux/export.csv"))
    Place.objects.all().delete()
    report = importing.import_places(first, "export.csv")
    assert report.created == 1
    Place.objects.update(status=Place.Status.PUBLISHED)
    assert body(Client().get("/lieux/export.csv")) == first


def test_export_is_cached_until_a_place_changes():
    place = PlaceFactory(nom="Avant")
    client = Client()
    first = client.get("/lieux/export.csv")
    assert b"Avant" in body(first)
    assert client.get("/lieux/export.csv", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    place.nom = "Après"
    place.save()
    assert b"Apr\xc3\xa8s" in body(client.get("/lieux/export.csv"))


def test_data_inclusion_exports_validate_with_its_package():
    from data_inclusion.schema.v1 import Service, Structure

    PlaceFactory(
        services=["Aide aux démarches administratives", "Accès internet et matériel informatique"]
    )
    structures = json.loads(body(Client().get("/lieux/export-data-inclusion/structures.json")))
    services = json.loads(body(Client().get("/lieux/export-data-inclusion/services.json")))
    assert len(structures) == 1 and len(services) == 2
    for record in structures:
        Structure.model_validate(record)
    for record in services:
        Service.model_validate(record)


@pytest.mark.parametrize("count", [10, 100])
def test_export_queries_are_constant(count, django_assert_max_num_queries):
    PlaceFactory.create_batch(count)
    with django_assert_max_num_queries(4):
        assert body(Client().get("/lieux/export.csv")).count(b"\n") == count + 1


def test_the_schema_is_the_published_copy():
    """places/standard/schema.json is the v1.0.2 file unchanged (sha256 of the published copy)."""
    assert table_schema()["version"] == "v1.0.2"
    digest = hashlib.sha256(SCHEMA_PATH.read_bytes()).hexdigest()
    assert digest == "c268f27e019a37b73c0fda92768c862b2dd53c83dd047beabb43fe9254105cef"
