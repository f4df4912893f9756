"""A backup restored into an empty instance gives back the same site.

The site is built by the factories; the same round trip on the demo site, a
larger and more varied corpus: test_backup_of_the_demo.py.
"""

import hashlib
import io
import json
import tarfile

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Revision

from documents.models import CustomDocument, DownloadCount
from images.models import CustomImage
from rhinocc.backup import flush_database
from taxonomy.models import Competency, Licence, Public, SupportType, Theme
from tests.factories.accounts import community_contributor, trainer
from tests.factories.catalogue import TrainingModulePageFactory, session, supports
from tests.factories.communities import CommunityPageFactory, contacts
from tests.factories.documents import DocumentFactory
from tests.factories.images import ImageFactory
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory, file_block, tools
from tests.factories.taxonomy import ThemeFactory, competency

pytestmark = pytest.mark.django_db
KIT_TITLE = "Devenir structure qualifiée APTIC"


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
        "private_pages": sorted(
            (restriction.page.url_path, *sorted(restriction.groups.values_list("name", flat=True)))
            for restriction in PageViewRestriction.objects.select_related("page")
        ),
        "users": sorted(
            (user.username, user.password, *sorted(user.groups.values_list("name", flat=True)))
            for user in get_user_model().objects.all()
        ),
        "download_counts": sorted(
            (row.day, row.document.title if row.document else row.bundle_page.title, row.count)
            for row in DownloadCount.objects.select_related("document", "bundle_page")
        ),
    }


@pytest.fixture(autouse=True)
def forget_the_flushed_instance():
    """`flush` and `restore` recreate content types under new ids, which Django keeps in
    memory, and Wagtail caches the sites' root paths: the test's rollback brings the old
    rows back, so both are forgotten."""
    yield
    ContentType.objects.clear_cache()
    cache.clear()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Each test's files in a folder of its own: the backup takes every stored file."""
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def site():
    """A small site with something of every kind a backup carries."""
    image = ImageFactory(title="Atelier en médiathèque", credit="Photo : le réseau")
    guide = DocumentFactory(title="Guide APTIC")
    kit = KitPageFactory(title=KIT_TITLE, image=image, tools=tools(guide))
    DownloadCount.objects.create(day=timezone.localdate(), document=guide, count=7)
    DownloadCount.objects.create(day=timezone.localdate(), bundle_page=kit, count=2)
    TrainingModulePageFactory(
        sessions=[session(10)], supports=supports(DocumentFactory()), competencies=[competency()]
    )
    community = CommunityPageFactory(
        title="Espace privé", is_private=True, contacts=contacts("Léa")
    )
    minutes = DocumentFactory(title="Compte rendu", collection=community.access.collection)
    WorkshopContentPageFactory(parent=community, body=[file_block(minutes)])
    draft = WorkshopContentPageFactory(title="Premier titre", live=False, themes=[ThemeFactory()])
    draft.title = "Second titre"
    draft.save_revision()
    community_contributor(community, username="contributrice")
    trainer(username="formateur")
    Group.objects.create(name="Relecteurs de test")
    return kit


def test_backup_then_restore_into_an_empty_instance_gives_the_same_site(tmp_path, site):
    before = snapshot()
    archive = tmp_path / "sauvegarde.tar.gz"

    call_command("backup", output=archive, verbosity=0)
    flush_database()
    assert not Page.objects.exists()
    with override_settings(MEDIA_ROOT=str(tmp_path / "media-restaurees")):
        call_command("restore", str(archive), verbosity=0)
        after = snapshot()

    assert after == before
    assert len(before["documents"]) == 3 and len(before["images"]) == 1
    assert len(before["download_counts"]) == 2 and before["private_pages"]
    assert {"Premier titre", "Second titre"} <= {title for _page, title in before["revisions"]}


def test_manifest_counts_rows_and_checksums_every_file(tmp_path, site):
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
    assert len(stored) == 4
    for field_file in stored:
        assert manifest["media_sha256"][field_file.name] == file_digest(field_file)
    assert {f"media/{path}" for path in manifest["media_sha256"]} <= set(names)


def test_restore_refuses_an_instance_with_content(tmp_path, site):
    archive = tmp_path / "sauvegarde.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    with pytest.raises(CommandError, match="contient déjà des pages"):
        call_command("restore", str(archive), verbosity=0)
    assert Page.objects.filter(pk=site.pk, title=KIT_TITLE).exists()


def test_restore_refuses_a_damaged_archive(tmp_path, site):
    archive = tmp_path / "sauvegarde.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    damaged = tmp_path / "abimee.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w:gz") as target:
        for member in source.getmembers():
            content = source.extractfile(member).read() if member.isfile() else None
            if member.name == "data.json":
                assert KIT_TITLE.encode() in content
                content = content.replace(b"Devenir structure", b"Devenir une structure")
                member.size = len(content)
            target.addfile(member, io.BytesIO(content) if content is not None else None)
    flush_database()
    with pytest.raises(CommandError, match="Somme de contrôle fausse pour data.json"):
        call_command("restore", str(damaged), verbosity=0)
