"""The backup round trip on the demo site, the most varied corpus at hand.

The rules of backup and restore are tested on a site built by the factories
(test_backup.py); this checks that nothing of what the demo holds is lost.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page

from documents.models import CustomDocument, DownloadCount
from rhinocc.backup import flush_database
from tests.production.test_backup import snapshot

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


@pytest.fixture(autouse=True)
def forget_the_flushed_instance():
    """`flush` and `restore` recreate content types under new ids, which Django keeps in
    memory, and Wagtail caches the sites' root paths: the test's rollback brings the old
    rows back, so both are forgotten."""
    yield
    ContentType.objects.clear_cache()
    cache.clear()


def test_backup_then_restore_into_an_empty_instance_gives_the_same_site(tmp_path):
    # The demo's year of activity already counts today's downloads: a day long before it.
    DownloadCount.objects.bulk_create(
        DownloadCount(day=datetime.date(2001, 1, 1), document=document, count=7)
        for document in CustomDocument.objects.all()
    )
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
