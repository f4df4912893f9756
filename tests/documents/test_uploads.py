"""Uploads that cannot hurt: the admin refuses documents whose content lies about their type.

Each refusal is a French error on the file field, and the form comes back with what the
editor typed; the good files (the demo's own generators among them) are accepted.
"""

import io
import json
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.models import Collection

from demo.files import make_docx, make_odt, make_pdf
from documents.models import CustomDocument

pytestmark = pytest.mark.django_db

TITLE = "Fiche de liaison « partenaires »"
PARAGRAPHS = ["Objectif : orienter l’usager.", "Étapes : accueillir, écouter, orienter."]
HTML_PAGE = b"<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>"
SVG_WITH_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert("xss")</script>'
    b'<rect width="10" height="10"/></svg>'
)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test stores its files apart: no name taken by another test, nothing left behind."""
    settings.MEDIA_ROOT = str(tmp_path)


def fr(message: str) -> str:
    """French typography: a no-break space inside guillemets and before a colon."""
    return message.replace("« ", "«\xa0").replace(" »", "\xa0»").replace(" :", "\xa0:")


def make_zip(entries: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def make_png(size=(40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "#1f4e79").save(buffer, "PNG")
    return buffer.getvalue()


def upload(client, name: str, content: bytes, title: str = TITLE):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
            "source": "RhinOcc",
        },
    )


def assert_refused(response, message: str, title: str = TITLE) -> None:
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors == {"file": [message]}
    # The rest of the form is kept for the editor to try another file.
    assert form["title"].value() == title
    assert form["source"].value() == "RhinOcc"
    assert 'value="Fiche de liaison « partenaires »"' in response.content.decode()
    assert not CustomDocument.objects.filter(title=title).exists()


def assert_accepted(response, title: str = TITLE) -> CustomDocument:
    assert response.status_code == 302, response.context["form"].errors
    return CustomDocument.objects.get(title=title)


MISMATCH = "Ce fichier n’est pas un vrai fichier {format} : son contenu ne correspond pas à son extension « .{ext} »."  # noqa: E501
MARKUP = "Ce fichier contient du code web (HTML, SVG ou script) au lieu d’un contenu {format} : il est refusé."  # noqa: E501
DANGEROUS_PATH = "Cette archive contient un chemin dangereux (« {name} ») : les fichiers d’une archive doivent rester à l’intérieur de celle-ci."  # noqa: E501
SVG = "Les images SVG ne sont pas acceptées : elles peuvent contenir des scripts qui s’exécuteraient dans le navigateur des visiteurs. Exportez l’image en PNG, JPEG ou WebP."  # noqa: E501
RENAMED = "Ce fichier est un document « .{actual} » renommé en « .{ext} » : enregistrez-le avec sa véritable extension."  # noqa: E501


# --- refused ---


def test_a_pdf_that_is_text_is_refused(admin_client):
    response = upload(admin_client, "fiche.pdf", b"Bonjour, ceci n'est pas un PDF.\n")
    assert_refused(response, fr(MISMATCH.format(format="PDF", ext="pdf")))


@pytest.mark.parametrize(("name", "label"), [("fiche.pdf", "PDF"), ("notes.txt", "TXT")])
def test_a_web_page_renamed_is_refused(admin_client, name, label):
    response = upload(admin_client, name, b"\xef\xbb\xbf  \n" + HTML_PAGE)
    assert_refused(response, fr(MARKUP.format(format=label)))


def test_a_csv_with_a_script_is_refused(admin_client):
    response = upload(
        admin_client, "liste.csv", b"<script src=//evil.example/x.js></script>;a;b\n"
    )
    assert_refused(response, fr(MARKUP.format(format="CSV")))


def test_an_svg_with_a_script_is_refused_by_its_extension(admin_client):
    response = upload(admin_client, "logo.svg", SVG_WITH_SCRIPT)
    assert_refused(response, fr(SVG))


def test_an_executable_is_refused_by_its_extension(admin_client):
    response = upload(admin_client, "outil.exe", b"MZ\x90\x00")
    assert_refused(
        response,
        fr(
            "Les fichiers de type « .exe » ne sont pas acceptés. Types acceptés : pdf, odt, "
            "ods, odp, docx, xlsx, pptx, txt, csv, zip, png, jpg, jpeg, webp, mp3, mp4."
        ),
    )


def test_text_with_binary_data_is_refused(admin_client):
    response = upload(admin_client, "export.csv", b"nom;ville\x00\x00\x01\x02;Toulouse\n")
    assert_refused(
        response, fr("Ce fichier n’est pas du texte brut : il contient des données binaires.")
    )


@pytest.mark.parametrize(
    "name", ["../../evil.txt", "/etc/cron.d/evil", "kit\\..\\..\\evil.txt", "C:/evil.txt"]
)
def test_a_zip_slip_archive_is_refused(admin_client, name):
    content = make_zip({"fiches/liaison.txt": b"ok", name: b"pwned"})
    response = upload(admin_client, "kit.zip", content)
    assert_refused(response, fr(DANGEROUS_PATH.format(name=name)))


def test_a_zip_bomb_is_refused(admin_client):
    content = make_zip({"zeros.bin": bytes(50 * 1024 * 1024)})
    assert len(content) < 100 * 1024
    response = upload(admin_client, "kit.zip", content)
    with translation.override("fr"):
        sizes = filesizeformat(50 * 1024 * 1024), filesizeformat(len(content))
    assert_refused(
        response,
        fr(
            f"Cette archive atteint une taille anormale une fois décompressée ({sizes[0]} pour "
            f"{sizes[1]}) : elle est refusée pour protéger le serveur."
        ),
    )


def test_an_archive_of_too_many_files_is_refused(admin_client):
    content = make_zip({f"fiche-{number}.txt": b"" for number in range(1001)})
    response = upload(admin_client, "kit.zip", content)
    assert_refused(response, "Cette archive contient trop de fichiers (1001, au maximum 1000).")


def test_a_damaged_zip_is_refused(admin_client):
    content = bytearray(make_zip({"fiche.txt": "Accueillir, écouter. ".encode() * 20}))
    content[40] ^= 0xFF  # inside the compressed data: the CRC check fails
    response = upload(admin_client, "kit.zip", bytes(content))
    assert_refused(response, "Ce fichier est endommagé et ne peut pas être lu.")


def test_a_file_that_is_not_a_zip_is_refused(admin_client):
    response = upload(admin_client, "kit.zip", b"PK but not really an archive")
    assert_refused(response, fr(MISMATCH.format(format="ZIP", ext="zip")))


def test_a_fake_docx_without_content_types_is_refused(admin_client):
    content = make_zip({"word/document.xml": b"<w:document/>"})
    response = upload(admin_client, "fiche.docx", content)
    assert_refused(response, fr(MISMATCH.format(format="DOCX", ext="docx")))


def test_a_spreadsheet_renamed_docx_is_refused(admin_client):
    content = make_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    response = upload(admin_client, "fiche.docx", content)
    assert_refused(response, fr(RENAMED.format(actual="xlsx", ext="docx")))


def test_a_docx_with_macros_is_refused(admin_client):
    document = zipfile.ZipFile(io.BytesIO(make_docx(TITLE, PARAGRAPHS)))
    entries = {name: document.read(name) for name in document.namelist()}
    entries["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0macro"
    response = upload(admin_client, "fiche.docx", make_zip(entries))
    assert_refused(
        response,
        fr(
            "Ce document contient des macros, qui ne sont pas acceptées : "
            "enregistrez-le sans macros."
        ),
    )


def test_an_odt_whose_mimetype_says_spreadsheet_is_refused(admin_client):
    original = zipfile.ZipFile(io.BytesIO(make_odt(TITLE, PARAGRAPHS)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        for name in original.namelist()[1:]:
            archive.writestr(name, original.read(name))
    content = buffer.getvalue()
    response = upload(admin_client, "fiche.odt", content)
    assert_refused(response, fr(RENAMED.format(actual="ods", ext="odt")))


def test_an_odt_without_its_mimetype_entry_is_refused(admin_client):
    original = zipfile.ZipFile(io.BytesIO(make_odt(TITLE, PARAGRAPHS)))
    content = make_zip({name: original.read(name) for name in original.namelist()[1:]})
    response = upload(admin_client, "fiche.odt", content)
    assert_refused(response, fr(MISMATCH.format(format="ODT", ext="odt")))


@pytest.mark.parametrize(
    ("name", "content", "label"),
    [
        ("fond.png", b"GIF89a\x01\x00\x01\x00", "PNG"),
        ("photo.jpg", make_png(), "JPEG"),
        ("podcast.mp3", b"RIFF\x00\x00\x00\x00WAVE", "MP3"),
        ("tuto.mp4", b"\x1aE\xdf\xa3 webm, not mp4", "MP4"),
    ],
)
def test_media_whose_content_does_not_match_the_extension_are_refused(
    admin_client, name, content, label
):
    ext = name.rsplit(".", 1)[1]
    response = upload(admin_client, name, content)
    assert_refused(response, fr(MISMATCH.format(format=label, ext=ext)))


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1000)
def test_an_oversized_document_is_refused(admin_client):
    content = make_pdf(TITLE, PARAGRAPHS * 20)
    assert len(content) > 1000
    response = upload(admin_client, "fiche.pdf", content)
    with translation.override("fr"):
        sizes = filesizeformat(len(content)), filesizeformat(1000)
    assert_refused(
        response,
        f"Ce fichier est trop gros ({sizes[0]}). La taille de fichier maximale est de {sizes[1]}.",
    )


# --- accepted ---


@pytest.mark.parametrize(
    ("name", "maker"),
    [("fiche.odt", make_odt), ("fiche.docx", make_docx), ("fiche.pdf", make_pdf)],
)
def test_the_demo_documents_are_accepted(admin_client, name, maker):
    document = assert_accepted(upload(admin_client, name, maker(TITLE, PARAGRAPHS)))
    assert document.extension == name.rsplit(".", 1)[1]
    assert document.source == "RhinOcc"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.txt", "Accueillir, écouter, orienter.\r\n".encode()),
        ("liste.csv", "nom;ville\nAndré;Montpellier\n".encode("cp1252")),
        ("kit.zip", make_zip({"fiches/liaison.odt": make_odt(TITLE, PARAGRAPHS)})),
        ("affiche.png", make_png()),
        ("podcast.mp3", b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(64)),
        ("tuto.mp4", b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(64)),
    ],
)
def test_good_files_are_accepted(admin_client, name, content):
    assert_accepted(upload(admin_client, name, content))


def test_editing_a_document_without_a_new_file_keeps_it(admin_client):
    document = assert_accepted(upload(admin_client, "fiche.pdf", make_pdf(TITLE, PARAGRAPHS)))
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "Fiche renommée", "collection": document.collection_id},
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Fiche renommée"
    assert document.file.name.endswith(".pdf")


# --- the multiple upload uses the same form ---


def test_the_multiple_upload_refuses_and_accepts_the_same_files(admin_client):
    url = reverse("wagtaildocs:add_multiple")
    refused = admin_client.post(url, {"files[]": SimpleUploadedFile("fiche.pdf", HTML_PAGE)})
    assert json.loads(refused.content) == {
        "success": False,
        "error_message": fr(MARKUP.format(format="PDF")),
    }
    # With several collections (one per community), the upload names one.
    Collection.get_first_root_node().add_child(name="Réseau du Sicoval")
    accepted = admin_client.post(
        url,
        {
            "files[]": SimpleUploadedFile("fiche.pdf", make_pdf(TITLE, PARAGRAPHS)),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    data = json.loads(accepted.content)
    assert data["success"] is True
    assert CustomDocument.objects.filter(pk=data["doc_id"]).exists()
