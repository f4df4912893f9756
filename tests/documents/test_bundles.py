""" "Tout télécharger": the streamed ZIP, its LISEZMOI.txt, memory, privacy and counts."""

import io
import os
import tracemalloc
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from documents.models import CustomDocument, DownloadCount
from kits.models import KitPage, KitTool, WorkshopContentPage

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture
def browser(client):
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    return client


@pytest.fixture
def kit():
    return KitPage.objects.get(slug="devenir-structure-qualifiee-aptic")


def bundle_url(page) -> str:
    return page.url + page.reverse_subpage("bundle")


def open_bundle(response) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_bundle_holds_every_file_and_a_readme(browser, kit):
    documents = kit.get_downloads()

    response = browser.get(bundle_url(kit))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == f'attachment; filename="{kit.slug}.zip"'
    archive = open_bundle(response)
    assert archive.namelist() == [
        "01-fiche-de-presentation-de-structure.odt",
        "02-grille-dautodiagnostic-avant-qualification-aptic.docx",
        "03-guide-pratique-comprendre-le-pass-numerique.pdf",
        "LISEZMOI.txt",
    ]
    for name, document in zip(archive.namelist(), documents, strict=False):
        with document.file.open("rb") as stored:
            assert archive.read(name) == stored.read()
    assert archive.testzip() is None


def test_readme_lists_each_file_with_its_licence_source_and_the_page(browser, kit):
    archive = open_bundle(browser.get(bundle_url(kit)))
    readme = archive.read("LISEZMOI.txt").decode()

    assert f"« {kit.title} »" in readme
    assert f"http://testserver{kit.url}" in readme
    for name, document in zip(archive.namelist(), kit.get_downloads(), strict=False):
        entry = readme.split(name + "\r\n", 1)[1].split("\r\n\r\n", 1)[0]
        assert f"Titre : {document.title}" in entry
        assert f"Format : {document.format_label}" in entry
        assert f"Licence : {document.licence}" in entry
        assert f"Auteur ou source : {document.source}" in entry


def test_pages_with_several_files_offer_the_bundle(browser, kit):
    html = browser.get(kit.url).content.decode()
    assert bundle_url(kit) in html
    assert f"Tout télécharger (.zip, {len(kit.get_downloads())} fichiers)" in html


def test_pages_with_a_single_file_do_not_offer_it(browser):
    content = next(
        page for page in WorkshopContentPage.objects.live() if len(page.get_downloads()) == 1
    )
    assert "Tout télécharger" not in browser.get(content.url).content.decode()


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
        "01-grille-dautodiagnostic-avant-qualification-aptic.docx",
        "02-guide-pratique-comprendre-le-pass-numerique.pdf",
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


def test_bundling_a_large_set_keeps_memory_flat(browser, kit, settings):
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
    for number in range(4):
        os.remove(os.path.join(settings.MEDIA_ROOT, "documents", f"video-{number}.mp4"))
