"""Serving one file: Wagtail's protections kept and a sandbox added, byte ranges, and the
anonymous counter."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from demo.files import make_odt
from documents.models import DownloadCount
from tests.factories.documents import DocumentFactory, pdf_bytes

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


@pytest.fixture
def browser(client):
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    return client


@pytest.fixture
def odt_tool():
    content = make_odt("Fiche de liaison", ["Accueillir, écouter, orienter."] * 20)
    return DocumentFactory(
        title="Fiche de liaison", file=ContentFile(content, name="fiche-de-liaison.odt")
    )


@pytest.fixture
def pdf_tool():
    return DocumentFactory(
        title="Guide du Pass numérique",
        file=ContentFile(pdf_bytes("Guide du Pass numerique"), name="guide.pdf"),
    )


def test_download_sends_the_exact_bytes_with_their_headers(browser, odt_tool):
    response = browser.get(odt_tool.url)

    with odt_tool.file.open("rb") as stored:
        expected = stored.read()
    assert response.status_code == 200
    assert len(expected) > 100
    assert b"".join(response.streaming_content) == expected
    assert response["Content-Type"] == "application/vnd.oasis.opendocument.text"
    assert response["Content-Length"] == str(len(expected))
    assert response["Content-Disposition"].startswith("attachment;")
    assert "fiche-de-liaison.odt" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert "Content-Encoding" not in response
    assert response["Accept-Ranges"] == "bytes"
    assert response["ETag"] == f'"{odt_tool.file_hash}"'
    assert "Last-Modified" in response


def test_a_pdf_is_downloaded_not_opened_on_the_site(browser, pdf_tool):
    response = browser.get(pdf_tool.url)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")


def test_a_range_request_gets_that_part_only(browser, odt_tool):
    with odt_tool.file.open("rb") as stored:
        content = stored.read()

    response = browser.get(odt_tool.url, HTTP_RANGE="bytes=10-19")

    assert response.status_code == 206
    assert b"".join(response.streaming_content) == content[10:20]
    assert response["Content-Range"] == f"bytes 10-19/{len(content)}"
    assert response["Content-Length"] == "10"
    assert response["Content-Disposition"].startswith("attachment;")


def test_suffix_and_open_ranges(browser, odt_tool):
    with odt_tool.file.open("rb") as stored:
        content = stored.read()
    tail = browser.get(odt_tool.url, HTTP_RANGE="bytes=-5")
    rest = browser.get(odt_tool.url, HTTP_RANGE=f"bytes={len(content) - 3}-")
    assert b"".join(tail.streaming_content) == content[-5:]
    assert b"".join(rest.streaming_content) == content[-3:]


def test_a_range_outside_the_file_is_refused_with_416(browser, odt_tool):
    response = browser.get(odt_tool.url, HTTP_RANGE="bytes=99999999-")
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{odt_tool.file.size}"


def test_a_stale_if_range_gets_the_whole_file(browser, odt_tool):
    response = browser.get(odt_tool.url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE='"autre"')
    assert response.status_code == 200


def test_a_matching_etag_gives_304(browser, odt_tool):
    response = browser.get(odt_tool.url, HTTP_IF_NONE_MATCH=f'"{odt_tool.file_hash}"')
    assert response.status_code == 304


def today_count(document) -> int:
    row = DownloadCount.objects.filter(day=timezone.localdate(), document=document).first()
    return row.count if row else 0


def test_each_download_adds_one_to_todays_counter(browser, odt_tool, pdf_tool):
    browser.get(odt_tool.url)
    assert today_count(odt_tool) == 1
    browser.get(odt_tool.url)
    assert today_count(odt_tool) == 2
    assert today_count(pdf_tool) == 0
    # Yesterday's row is another row: today's counter starts again from one.
    DownloadCount.objects.filter(document=odt_tool).update(
        day=timezone.localdate() - datetime.timedelta(days=1)
    )
    browser.get(odt_tool.url)
    assert today_count(odt_tool) == 1
    assert DownloadCount.objects.filter(document=odt_tool).count() == 2


def test_resumed_parts_and_revalidations_are_not_counted_again(browser, odt_tool):
    browser.get(odt_tool.url, HTTP_RANGE="bytes=0-99")
    browser.get(odt_tool.url, HTTP_RANGE="bytes=100-")
    browser.get(odt_tool.url, HTTP_IF_NONE_MATCH=f'"{odt_tool.file_hash}"')
    browser.head(odt_tool.url)
    assert today_count(odt_tool) == 1


@pytest.mark.parametrize(
    "user_agent",
    [
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "curl/8.5.0",
        "Wget/1.21",
        "python-requests/2.32",
        "Mozilla/5.0 HeadlessChrome/120.0",
        "",
    ],
)
def test_bots_are_not_counted(client, odt_tool, user_agent):
    response = client.get(odt_tool.url, HTTP_USER_AGENT=user_agent)
    assert response.status_code == 200
    assert today_count(odt_tool) == 0
    client.get(odt_tool.url, HTTP_USER_AGENT=BROWSER)
    assert today_count(odt_tool) == 1


def test_counters_hold_no_personal_data():
    fields = {field.name for field in DownloadCount._meta.get_fields()}
    assert fields == {"id", "day", "document", "bundle_page", "count"}
