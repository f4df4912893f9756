"""The hub editors' download report: most downloaded, filtered, exported as CSV."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Permission, User
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from documents.models import DownloadCount
from kits.models import KitPage
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory, file_block, tools

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/telechargements/"


@pytest.fixture
def counts():
    kit_document = DocumentFactory(title="Grille d'autodiagnostic APTIC")
    KitPageFactory(title="Devenir structure qualifiée APTIC", tools=tools(kit_document))
    community = CommunityPageFactory(title="Réseau du Sicoval")
    community_document = DocumentFactory(title="Compte rendu de la rencontre")
    WorkshopContentPageFactory(
        parent=community, title="Rencontre du réseau", body=[file_block(community_document)]
    )
    # Another community, whose files were never downloaded: the filter must leave it aside.
    other = CommunityPageFactory(title="Concertation 31400")
    WorkshopContentPageFactory(parent=other, body=[file_block(DocumentFactory())])
    today = timezone.localdate()
    DownloadCount.objects.create(day=today, document=kit_document, count=12)
    DownloadCount.objects.create(day=today, document=community_document, count=5)
    DownloadCount.objects.create(
        day=today.replace(day=1) - datetime.timedelta(days=1), document=kit_document, count=40
    )
    return {
        "kit_document": kit_document,
        "community_document": community_document,
        "community": community,
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
    assert [(row[0], row[3]) for row in table[1:]] == [
        ("Grille d'autodiagnostic APTIC", "12"),
        ("Compte rendu de la rencontre", "5"),
    ]


def test_last_month_sums_its_own_days(editor, counts):
    table = rows(editor.get(REPORT_URL, {"export": "csv", "period": "last_month"}))
    assert [(row[0], row[3]) for row in table[1:]] == [("Grille d'autodiagnostic APTIC", "40")]


def test_filter_by_page_type_and_by_community(editor, counts):
    kit_type = ContentType.objects.get_for_model(KitPage).pk
    by_type = rows(editor.get(REPORT_URL, {"export": "csv", "page_type": kit_type}))
    by_community = rows(
        editor.get(REPORT_URL, {"export": "csv", "community": counts["community"].pk})
    )
    assert [row[0] for row in by_type[1:]] == ["Grille d'autodiagnostic APTIC"]
    assert [row[0] for row in by_community[1:]] == ["Compte rendu de la rencontre"]


def test_the_report_names_the_pages_offering_each_file(editor, counts):
    table = rows(editor.get(REPORT_URL, {"export": "csv"}))
    assert table[1][2] == "Devenir structure qualifiée APTIC"
    assert table[2][2] == "Rencontre du réseau"


def test_people_without_the_permission_are_refused(client, counts):
    user = User.objects.create_user("sans-permission", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(REPORT_URL)
    assert response.status_code in (302, 403)
    assert client.get("/admin/").status_code == 200
