"""The hub editors' download report: most downloaded, filtered, exported as CSV."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Permission, User
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from communities.models import CommunityPage
from documents.models import DownloadCount
from kits.models import KitPage

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]

REPORT_URL = "/admin/reports/telechargements/"


@pytest.fixture
def counts():
    kit = KitPage.objects.get(slug="devenir-structure-qualifiee-aptic")
    kit_document = kit.get_downloads()[0]
    community_content = next(
        page.specific
        for community in CommunityPage.objects.all()
        for page in community.get_children()
        if page.specific.get_downloads()
    )
    community_document = community_content.get_downloads()[0]
    today = timezone.localdate()
    DownloadCount.objects.create(day=today, document=kit_document, count=12)
    DownloadCount.objects.create(day=today, document=community_document, count=5)
    DownloadCount.objects.create(
        day=today.replace(day=1) - datetime.timedelta(days=1), document=kit_document, count=40
    )
    return {
        "kit_document": kit_document,
        "community_document": community_document,
        "community": community_content.get_parent().specific,
    }


@pytest.fixture
def editor(client):
    user = User.objects.create_user("lectrice-du-rapport", password="x")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_downloadcount"),
    )
    client.force_login(user)
    return client


def rows(response) -> list[list[str]]:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_this_month_lists_the_most_downloaded_first(editor, counts):
    table = rows(editor.get(REPORT_URL, {"export": "csv"}))
    assert table[0] == ["Fichier", "Format", "Proposé sur", "Téléchargements"]
    assert table[1][0] == counts["kit_document"].title
    assert table[1][3] == "12"
    assert table[2][0] == counts["community_document"].title
    assert table[2][3] == "5"


def test_last_month_sums_its_own_days(editor, counts):
    table = rows(editor.get(REPORT_URL, {"export": "csv", "period": "last_month"}))
    assert [(row[0], row[3]) for row in table[1:]] == [(counts["kit_document"].title, "40")]


def test_filter_by_page_type_and_by_community(editor, counts):
    kit_type = ContentType.objects.get_for_model(KitPage).pk
    by_type = rows(editor.get(REPORT_URL, {"export": "csv", "page_type": kit_type}))
    by_community = rows(
        editor.get(REPORT_URL, {"export": "csv", "community": counts["community"].pk})
    )
    assert [row[0] for row in by_type[1:]] == [counts["kit_document"].title]
    assert [row[0] for row in by_community[1:]] == [counts["community_document"].title]


def test_the_report_names_the_pages_offering_each_file(editor, counts):
    table = rows(editor.get(REPORT_URL, {"export": "csv"}))
    assert "Devenir structure qualifiée APTIC" in table[1][2]


def test_people_without_the_permission_are_refused(client, counts):
    user = User.objects.create_user("sans-permission", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(REPORT_URL)
    assert response.status_code in (302, 403)
    assert client.get("/admin/").status_code == 200
