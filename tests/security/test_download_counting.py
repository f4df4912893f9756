"""Finding 14: download counts cannot be inflated. A ranged request counts only when it
starts at byte 0, and one client counts at most COUNTS_PER_CLIENT_PER_DAY downloads
of a file a day; clients are told apart behind the trusted proxy."""

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.test import Client
from django.utils import timezone

from documents.counting import COUNTS_PER_CLIENT_PER_DAY
from documents.models import CustomDocument, DownloadCount
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory
from tests.factories.kits import KitPageFactory, tools

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    cache.clear()


@pytest.fixture
def document():
    return DocumentFactory(file=ContentFile(b"Bonjour.\n" * 100, name="notes.txt"))


def client_at(address: str, **extra) -> Client:
    return Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=address, **extra)


def today_count(**lookup) -> int:
    row = DownloadCount.objects.filter(day=timezone.localdate(), **lookup).first()
    return row.count if row else 0


def test_one_byte_ranges_after_the_first_byte_do_not_count(document):
    for start in range(1, 30):
        response = client_at(f"192.0.2.{start}").get(
            document.url, HTTP_RANGE=f"bytes={start}-{start}"
        )
        assert response.status_code == 206
    assert today_count(document=document) == 0
    client_at("192.0.2.200").get(document.url, HTTP_RANGE="bytes=0-0")
    assert today_count(document=document) == 1


def test_one_client_counts_a_bounded_number_of_times_a_day(document):
    client = client_at("192.0.2.10")
    for _ in range(COUNTS_PER_CLIENT_PER_DAY + 15):
        assert client.get(document.url, HTTP_RANGE="bytes=0-0").status_code == 206
    assert today_count(document=document) == COUNTS_PER_CLIENT_PER_DAY
    client_at("192.0.2.11").get(document.url)
    assert today_count(document=document) == COUNTS_PER_CLIENT_PER_DAY + 1


def test_an_ipv6_network_is_one_client(document):
    for host in range(COUNTS_PER_CLIENT_PER_DAY + 5):
        client_at(f"2001:db8:1:2::{host + 1:x}").get(document.url)
    assert today_count(document=document) == COUNTS_PER_CLIENT_PER_DAY


def test_a_bundle_is_bounded_too():
    kit = KitPageFactory(tools=tools(DocumentFactory(), DocumentFactory()))
    client = client_at("192.0.2.20")
    for _ in range(COUNTS_PER_CLIENT_PER_DAY + 3):
        response = client.get(kit.url + kit.reverse_subpage("bundle"))
        b"".join(response.streaming_content)
    assert today_count(bundle_page=kit) == COUNTS_PER_CLIENT_PER_DAY


def test_behind_the_trusted_proxy_clients_are_told_apart(settings, document):
    settings.RHINOCC_TRUSTED_PROXIES = ["10.0.0.1"]
    for host in range(1, COUNTS_PER_CLIENT_PER_DAY + 6):
        client_at("10.0.0.1", HTTP_X_FORWARDED_FOR=f"198.51.100.{host}").get(document.url)
    assert today_count(document=document) == COUNTS_PER_CLIENT_PER_DAY + 5


def test_a_forged_forwarded_header_makes_no_new_client(document):
    for host in range(1, COUNTS_PER_CLIENT_PER_DAY + 6):
        client_at("192.0.2.30", HTTP_X_FORWARDED_FOR=f"198.51.100.{host}").get(document.url)
    assert today_count(document=document) == COUNTS_PER_CLIENT_PER_DAY


def test_downloads_handed_to_object_storage_are_counted_too(settings, monkeypatch, tmp_path):
    """On object storage the view answers with the bucket's signed URL (a redirect)."""
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"
    # A storage with URLs of its own, as a bucket has (the field's storage is set at import).
    monkeypatch.setattr(
        CustomDocument._meta.get_field("file"),
        "storage",
        FileSystemStorage(location=tmp_path, base_url="https://stockage.example.org/"),
    )
    private = CommunityPageFactory(is_private=True)
    public_file = DocumentFactory()
    private_file = DocumentFactory(collection=private.access.collection)
    client = client_at("192.0.2.40")

    response = client.get(public_file.url)
    assert response.status_code == 302
    assert response["Location"].startswith("https://stockage.example.org/documents/")
    client.get(public_file.url, HTTP_RANGE="bytes=100-")
    assert today_count(document=public_file) == 1

    refused = client.get(private_file.url)
    assert refused["Location"].startswith("/connexion/")
    assert today_count(document=private_file) == 0
