"""A backup restored into an empty instance gives back the same site."""

import hashlib
import io
import json
import tarfile

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Page, Revision

from documents.models import CustomDocument, DownloadCount
from images.models import CustomImage
from rhinocc.backup import flush_database
from taxonomy.models import Competency, Licence, Public, SupportType, Theme

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


def file_digest(field_file) -> str:
    with field_file.open("rb") as stored:
        return hashlib.sha256(stored.read()).hexdigest()


def snapshot() -> dict:
    return {
        "pages": sorted(
            (page.url_path, page.title, page.content_type.model, page.live)
            for page in Page.objects.select_related("content_type")
        ),
        "revisions": sorted(
            (revision.object_id, revision.content["title"]) for revision in Revision.objects.all()
        ),
        "documents": sorted(
            (document.title, document.file.name, file_digest(document.file))
            for document in CustomDocument.objects.all()
        ),
        "images": sorted(
            (image.title, image.credit, image.description, file_digest(image.file))
            for image in CustomImage.objects.all()
        ),
        "vocabularies": [
            sorted(Competency.objects.values_list("code", "label")),
            *(
                sorted(model.objects.values_list("slug", "name"))
                for model in (Public, Theme, SupportType, Licence)
            ),
        ],
        "groups": sorted(
            (group.name, tuple(sorted(group.permissions.values_list("codename", flat=True))))
            for group in Group.objects.all()
        ),
        "download_counts": sorted(
            (row.day, row.document.title if row.document else row.bundle_page.title, row.count)
            for row in DownloadCount.objects.select_related("document", "bundle_page")
        ),
    }


def test_backup_then_restore_into_an_empty_instance_gives_the_same_site(tmp_path):
    document = CustomDocument.objects.first()
    DownloadCount.objects.create(day=timezone.localdate(), document=document, count=7)
    Group.objects.create(name="Relecteurs de test")
    before = snapshot()
    archive = tmp_path / "sauvegarde.tar.gz"

    call_command("backup", output=archive, verbosity=0)
    flush_database()
    assert not Page.objects.exists()
    with override_settings(MEDIA_ROOT=str(tmp_path / "media-restaurees")):
        call_command("restore", str(archive), verbosity=0)
        after = snapshot()

    assert after == before
    assert before["documents"] and before["images"] and before["download_counts"]


def test_manifest_counts_rows_and_checksums_every_file(tmp_path):
    archive = tmp_path / "sauvegarde.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    with tarfile.open(archive) as opened:
        manifest = json.load(opened.extractfile("manifest.json"))
        names = opened.getnames()
    assert manifest["counts"]["wagtailcore.page"] == Page.objects.count()
    assert manifest["counts"]["documents.customdocument"] == CustomDocument.objects.count()
    stored = [document.file for document in CustomDocument.objects.all()] + [
        image.file for image in CustomImage.objects.all()
    ]
    for field_file in stored:
        assert manifest["media_sha256"][field_file.name] == file_digest(field_file)
    assert {f"media/{path}" for path in manifest["media_sha256"]} <= set(names)


def test_restore_refuses_an_instance_with_content(tmp_path):
    archive = tmp_path / "sauvegarde.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    with pytest.raises(CommandError, match="contient déjà des pages"):
        call_command("restore", str(archive), verbosity=0)


def test_restore_refuses_a_damaged_archive(tmp_path):
    archive = tmp_path / "sauvegarde.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    damaged = tmp_path / "abimee.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w:gz") as target:
        for member in source.getmembers():
            content = source.extractfile(member).read() if member.isfile() else None
            if member.name == "data.json":
                content = content.replace(b"Devenir structure", b"Devenir une structure")
                member.size = len(content)
            target.addfile(member, io.BytesIO(content) if content is not None else None)
    flush_database()
    with pytest.raises(CommandError, match="Somme de contrôle fausse pour data.json"):
        call_command("restore", str(damaged), verbosity=0)
