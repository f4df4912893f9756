"""Finding 13: documents that run code once opened are refused at upload, with a French
message: OpenDocument macros (`Basic/`, `Scripts/`, or a macro part under another name),
OOXML VBA projects whatever their name, PDFs with JavaScript or launch actions. Every
download carries a sandboxing Content-Security-Policy, and PDFs never open inline."""

import io
import zipfile
import zlib

import pytest
from django.core.files.base import ContentFile

from demo.files import make_docx, make_odt
from tests.documents.test_uploads import (
    PARAGRAPHS,
    TITLE,
    assert_accepted,
    assert_refused,
    fr,
    make_zip,
    upload,
)
from tests.factories.documents import DocumentFactory, pdf_bytes

pytestmark = pytest.mark.django_db

MACROS = fr(
    "Ce document contient des macros, qui ne sont pas acceptées : enregistrez-le sans macros."
)
PDF_SCRIPTS = fr(
    "Ce PDF contient des scripts ou des actions qui lancent des programmes (JavaScript, "
    "Launch), qui ne sont pas acceptés : exportez-le à nouveau sans eux."
)
BASIC_MODULE = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"'
    b' script:language="StarBasic">Sub Main\nShell("calc.exe")\nEnd Sub</script:module>'
)
# An OLE compound file announcing its "_VBA_PROJECT" stream (names are UTF-16 inside).
OLE_WITH_VBA = (
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "_VBA_PROJECT".encode("utf-16-le")
)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


def zip_entries(content: bytes) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(content))
    return {name: archive.read(name) for name in archive.namelist()}


def odt_with(extra: dict[str, bytes]) -> bytes:
    """The demo's ODT with more entries, `mimetype` still first and stored."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**zip_entries(make_odt(TITLE, PARAGRAPHS)), **extra}.items():
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=method)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "macro_entries",
    [
        {"Basic/Standard/Module1.xml": BASIC_MODULE, "Basic/script-lc.xml": b"<libraries/>"},
        {"Scripts/python/macro.py": b"import os\nos.system('id')\n"},
        {"scripts/beanshell/Lib/m.bsh": b'Runtime.getRuntime().exec("id");'},
        # The same Basic module moved out of Basic/ and renamed.
        {"Pictures/Module1.png": BASIC_MODULE},
    ],
    ids=["basic", "python-scripts", "lowercase-scripts", "renamed-basic-module"],
)
def test_an_opendocument_with_macros_is_refused(admin_client, macro_entries):
    response = upload(admin_client, "fiche.odt", odt_with(macro_entries))
    assert_refused(response, MACROS)


def test_an_opendocument_bound_to_a_macro_event_is_refused(admin_client):
    entries = zip_entries(make_odt(TITLE, PARAGRAPHS))
    content = entries["content.xml"].replace(
        b"<office:body>",
        b'<office:event-listeners><script:event-listener xmlns:script="urn:oasis:names:tc:'
        b'opendocument:xmlns:script:1.0" script:language="ooo:script" script:event-name='
        b'"dom:load" xlink:href="vnd.sun.star.script:Standard.Module1.Main?language=Basic'
        b'&amp;location=document"/></office:event-listeners><office:body>',
    )
    response = upload(admin_client, "fiche.odt", odt_with({"content.xml": content}))
    assert_refused(response, MACROS)


def docx_with(extra: dict[str, bytes], content_types_extra: bytes = b"") -> bytes:
    entries = zip_entries(make_docx(TITLE, PARAGRAPHS))
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"</Types>", content_types_extra + b"</Types>"
    )
    return make_zip({**entries, **extra})


@pytest.mark.parametrize(
    ("extra", "content_types_extra"),
    [
        ({"word/VBAPROJECT.BIN": OLE_WITH_VBA}, b""),
        # Renamed, declared by its content type only.
        (
            {"word/media/image7.png": b"not really an image"},
            b'<Override PartName="/word/media/image7.png"'
            b' ContentType="application/vnd.ms-office.vbaProject"/>',
        ),
        # Renamed, undeclared: the part is still a VBA project.
        ({"customXml/item9.dat": OLE_WITH_VBA}, b""),
        # Renamed, pointed at by a relationship of the VBA project type.
        (
            {
                "word/_rels/settings.xml.rels": b'<Relationships><Relationship Id="rId9" Type='
                b'"http://schemas.microsoft.com/office/2006/relationships/vbaProject"'
                b' Target="data.bin"/></Relationships>',
                "word/data.bin": b"\x00" * 16,
            },
            b"",
        ),
    ],
    ids=["uppercase-name", "declared-content-type", "ole-with-vba", "vba-relationship"],
)
def test_an_office_open_xml_document_with_a_vba_project_is_refused(
    admin_client, extra, content_types_extra
):
    response = upload(admin_client, "fiche.docx", docx_with(extra, content_types_extra))
    assert_refused(response, MACROS)


def test_a_docx_without_macros_is_accepted(admin_client):
    assert_accepted(upload(admin_client, "fiche.docx", make_docx(TITLE, PARAGRAPHS)))


def pdf_with(objects: bytes) -> bytes:
    return pdf_bytes("Fiche").replace(b"xref\n", objects + b"xref\n")


@pytest.mark.parametrize(
    "hostile",
    [
        b"6 0 obj\n<< /Type /Action /S /JavaScript /JS (app.alert[1]) >>\nendobj\n",
        b"6 0 obj\n<< /Type /Action /S /Launch /F (cmd.exe) >>\nendobj\n",
        # Names may spell a letter as #xx.
        b"6 0 obj\n<< /S /J#61vaScript /JS (app.alert[1]) >>\nendobj\n",
        # Or hide in a compressed object stream.
        b"6 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 60 >>\nstream\n"
        + zlib.compress(b"7 0 << /S /JavaScript /JS (app.alert[1]) >>")
        + b"\nendstream\nendobj\n",
    ],
    ids=["javascript", "launch", "escaped-name", "compressed-stream"],
)
def test_a_pdf_that_runs_scripts_or_programs_is_refused(admin_client, hostile):
    response = upload(admin_client, "fiche.pdf", pdf_with(hostile))
    assert_refused(response, PDF_SCRIPTS)


def test_a_plain_pdf_is_accepted(admin_client):
    assert_accepted(upload(admin_client, "fiche.pdf", pdf_bytes("Fiche")))


@pytest.mark.parametrize(
    "name", ["guide.pdf", "fiche.odt", "notes.txt"], ids=["pdf", "odt", "txt"]
)
@pytest.mark.parametrize("byte_range", [None, "bytes=0-9", "bytes=5-"], ids=["full", "0-9", "5-"])
def test_every_download_is_a_sandboxed_attachment(client, name, byte_range):
    content = {"pdf": pdf_bytes("Guide"), "odt": make_odt(TITLE, PARAGRAPHS)}.get(
        name.rpartition(".")[2], b"Bonjour.\n" * 20
    )
    document = DocumentFactory(file=ContentFile(content, name=name))
    headers = {"HTTP_RANGE": byte_range} if byte_range else {}

    response = client.get(document.url, **headers)

    assert response.status_code == (206 if byte_range else 200)
    policy = [part.strip() for part in response["Content-Security-Policy"].split(";")]
    assert "sandbox" in policy
    assert "default-src 'none'" in policy
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
