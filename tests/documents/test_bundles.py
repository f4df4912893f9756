""" "Tout télécharger": the streamed ZIP, its LISEZMOI.txt, memory, privacy and counts."""

import io
import tracemalloc
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from demo.files import make_docx, make_odt, make_pdf
from documents.models import CustomDocument, DownloadCount
from kits.models import KitTool
from taxonomy.models import Licence
from tests.factories.documents import DocumentFactory
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory, file_block, tools

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
PARAGRAPHS = ["Accueillir, écouter, orienter."]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test's files apart: their names in the archive are those given here."""
    settings.MEDIA_ROOT = str(tmp_path)


@pytest.fixture
def browser(client):
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    return client


def document(title: str, filename: str, maker, **fields) -> CustomDocument:
    return DocumentFactory(
        title=title, file=ContentFile(maker(title, PARAGRAPHS), name=filename), **fields
    )


@pytest.fixture
def kit():
    licence = Licence.objects.get(slug="cc-by-sa-4-0")
    files = [
        document(
            "Fiche de présentation de structure",
            "fiche-de-presentation-de-structure.odt",
            make_odt,
            licence=licence,
            source="Hub RhinOcc",
        ),
        document(
            "Grille d'autodiagnostic APTIC",
            "grille-d'autodiagnostic-aptic.docx",
            make_docx,
            licence=None,
            source="",
        ),
        document(
            "Guide pratique du Pass numérique",
            "Guide-pratique-Pass-numérique.pdf",
            make_pdf,
            licence=licence,
            source="Région Occitanie",
        ),
    ]
    return KitPageFactory(title="Devenir structure qualifiée APTIC", tools=tools(*files))


def bundle_url(page) -> str:
    return page.url + page.reverse_subpage("bundle")


def open_bundle(response) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_bundle_holds_every_file_and_a_readme(browser, kit):
    documents = kit.get_downloads()
    assert len(documents) == 3

    response = browser.get(bundle_url(kit))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="devenir-structure-qualifiee-aptic.zip"'
    )
    archive = open_bundle(response)
    # Numbered in the kit's order, each name a slug of the file's own name.
    assert archive.namelist() == [
        "01-fiche-de-presentation-de-structure.odt",
        "02-grille-dautodiagnostic-aptic.docx",
        "03-guide-pratique-pass-numerique.pdf",
        "LISEZMOI.txt",
    ]
    for name, document in zip(archive.namelist(), documents, strict=False):
        with document.file.open("rb") as stored:
            content = stored.read()
        assert content and archive.read(name) == content
    assert archive.testzip() is None


def test_readme_lists_each_file_with_its_licence_source_and_the_page(browser, kit):
    archive = open_bundle(browser.get(bundle_url(kit)))
    readme = archive.read("LISEZMOI.txt").decode()

    assert readme.startswith("« Devenir structure qualifiée APTIC »\r\n")
    assert "http://testserver/kits/devenir-structure-qualifiee-aptic/" in readme

    def entry(name: str) -> list[str]:
        return readme.split(name + "\r\n", 1)[1].split("\r\n\r\n", 1)[0].split("\r\n")

    assert entry("01-fiche-de-presentation-de-structure.odt") == [
        "  Titre : Fiche de présentation de structure",
        "  Format : Document texte modifiable (ODT)",
        "  Licence : CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/deed.fr)",
        "  Auteur ou source : Hub RhinOcc",
    ]
    # Without a licence nor a source, the readme says so.
    assert entry("02-grille-dautodiagnostic-aptic.docx") == [
        "  Titre : Grille d'autodiagnostic APTIC",
        "  Format : Document texte modifiable (DOCX)",
        "  Licence : non précisée",
        "  Auteur ou source : non précisé",
    ]
    assert entry("03-guide-pratique-pass-numerique.pdf") == [
        "  Titre : Guide pratique du Pass numérique",
        "  Format : Document PDF, prêt à imprimer",
        "  Licence : CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/deed.fr)",
        "  Auteur ou source : Région Occitanie",
    ]
    assert readme.endswith(
        "Merci de citer la source et de respecter la licence de chaque fichier.\r\n"
    )


def test_pages_with_several_files_offer_the_bundle(browser, kit):
    html = browser.get(kit.url).content.decode()
    assert bundle_url(kit) in html
    assert "Tout télécharger (.zip, 3 fichiers)" in html


def test_pages_with_a_single_file_do_not_offer_it(browser):
    fiche = document("Fiche mémo", "fiche-memo.pdf", make_pdf)
    exercise = document("Exercice", "exercice.odt", make_odt)
    single = WorkshopContentPageFactory(body=[file_block(fiche)])
    double = WorkshopContentPageFactory(body=[file_block(fiche), file_block(exercise)])
    assert "Tout télécharger" not in browser.get(single.url).content.decode()
    assert "Tout télécharger (.zip, 2 fichiers)" in browser.get(double.url).content.decode()


def test_bundle_downloads_are_counted_per_page_and_day(browser, client, kit):
    browser.get(bundle_url(kit))
    browser.get(bundle_url(kit))
    client.get(bundle_url(kit), HTTP_USER_AGENT="Googlebot/2.1")
    row = DownloadCount.objects.get(day=timezone.localdate(), bundle_page=kit)
    assert row.count == 2


def test_a_restricted_file_stays_out_of_the_bundle_and_is_refused_alone(browser, kit):
    members = Group.objects.create(name="Membres du réseau")
    private = Collection.get_first_root_node().add_child(name="Réseau privé")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type="groups"
    ).groups.add(members)
    hidden = kit.get_downloads()[0]
    hidden.collection = private
    hidden.save()

    archive = open_bundle(browser.get(bundle_url(kit)))
    direct = browser.get(hidden.url)

    names = archive.namelist()
    assert names == [
        "01-grille-dautodiagnostic-aptic.docx",
        "02-guide-pratique-pass-numerique.pdf",
        "LISEZMOI.txt",
    ]
    assert hidden.title not in archive.read("LISEZMOI.txt").decode()
    assert direct.status_code == 302 and direct["Location"].startswith("/connexion/")


def test_a_private_pages_bundle_is_refused_to_outsiders(browser, kit):
    members = Group.objects.create(name="Membres")
    PageViewRestriction.objects.create(page=kit, restriction_type="groups").groups.add(members)

    response = browser.get(bundle_url(kit))

    assert response.status_code == 302
    assert response["Location"].startswith("/connexion/")


def test_bundling_a_large_set_keeps_memory_flat(browser, kit):
    """About 200 MB of files pass through the ZIP while peak allocation stays small."""
    file_size = 50 * 1024 * 1024
    for number in range(4):
        document = CustomDocument(title=f"Vidéo de formation {number}")
        document.file.save(f"video-{number}.mp4", ContentFile(b""), save=False)
        with open(document.file.path, "wb") as handle:
            handle.truncate(file_size)  # a sparse file: 50 MB without 50 MB of work
        document.save()
        KitTool.objects.create(page=kit, document=document)

    response = browser.get(bundle_url(kit))
    tracemalloc.start()
    total = 0
    for chunk in response.streaming_content:
        total += len(chunk)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    assert total > 4 * file_size
    assert peak < 2 * 1024 * 1024, f"peak allocation {peak / 1e6:.1f} MB"
