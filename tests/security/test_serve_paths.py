"""Every way a document leaves the site × every role × a private and a public space.

The ways: the document view (GET, HEAD, a ranged GET from the first byte and one from
further on), the storage path (/media/…, through Django's development static serving),
and the page's "Tout télécharger" bundle; in production, nginx's internal location or
object storage's signed URLs, handed out by the view. A private space's files reach its
members and the hub's editors only; a public space's reach everyone; no file is ever
served by its storage path.
"""

import importlib
import io
import json
import os
import subprocess
import sys
import zipfile
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import clear_url_caches

from documents.models import DownloadCount
from tests.factories.accounts import ROLES, role_users
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory
from tests.factories.kits import WorkshopContentPageFactory, file_block
from tests.production.test_settings import ROOT, example_environment

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
# Who may open a private space's files: its members (any role) and the hub's editors.
READERS_OF_PRIVATE_SPACE = {"mediator", "contributor_a", "admin_a", "hub_editor"}
VIEW_REQUESTS = {
    "get": ("get", {}),
    "head": ("head", {}),
    "range-from-start": ("get", {"HTTP_RANGE": "bytes=0-9"}),
    "range-further": ("get", {"HTTP_RANGE": "bytes=10-19"}),
}


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


@pytest.fixture(autouse=True)
def counted_clients():
    """Each test's downloads are counted afresh (ids come back after a rollback)."""
    cache.clear()


@pytest.fixture(params=["private", "public"])
def space(request):
    """Space A (private or public) with two files on a page; B is another community."""
    community = CommunityPageFactory(
        title="Réseau du Sicoval", is_private=request.param == "private"
    )
    other = CommunityPageFactory(title="Concertation 31400")
    documents = [
        DocumentFactory(title=f"Compte rendu {number}", collection=community.access.collection)
        for number in (1, 2)
    ]
    page = WorkshopContentPageFactory(
        parent=community, body=[file_block(document) for document in documents]
    )
    return {
        "private": community.is_private,
        "users": role_users(community, other),
        "documents": documents,
        "page": page,
    }


def client_for(user) -> Client:
    client = Client(HTTP_USER_AGENT=BROWSER)
    if user is not None:
        client.force_login(user)
    return client


def may_open(space, role: str) -> bool:
    return not space["private"] or role in READERS_OF_PRIVATE_SPACE


def content_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("way", VIEW_REQUESTS)
def test_the_document_view(space, way):
    document = space["documents"][0]
    with document.file.open("rb") as stored:
        stored_bytes = stored.read()
    method, headers = VIEW_REQUESTS[way]
    for role in ROLES:
        response = getattr(client_for(space["users"][role]), method)(document.url, **headers)
        body = content_of(response)
        if may_open(space, role):
            assert response.status_code == (206 if "HTTP_RANGE" in headers else 200), role
            assert body in (b"", stored_bytes, stored_bytes[0:10], stored_bytes[10:20]), role
            assert "sandbox" in response["Content-Security-Policy"], role
        else:
            assert response.status_code == 302, role
            assert response["Location"].startswith("/connexion/?next="), role
            assert b"%PDF" not in body, role
    # Whole downloads and first parts count, for those who got them; HEAD and later parts not.
    got_it = sum(may_open(space, role) for role in ROLES)
    expected = got_it if way in ("get", "range-from-start") else 0
    counted = sum(DownloadCount.objects.filter(document=document).values_list("count", flat=True))
    assert counted == expected


@pytest.fixture
def development_static_serving(settings):
    """The project's URLs as `make run` builds them (DEBUG: media served by Django)."""
    import rhinocc.urls

    settings.DEBUG = True
    importlib.reload(rhinocc.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(rhinocc.urls)
    clear_url_caches()


def test_no_document_is_served_by_its_storage_path(space, development_static_serving):
    document = space["documents"][0]
    folder = document.file.name.rpartition("/")[0]
    for role in ROLES:
        client = client_for(space["users"][role])
        for path in (f"/media/{document.file.name}", f"/media/{folder}/", "/media/documents/"):
            response = client.get(path)
            assert response.status_code == 404, (role, path)
            assert b"%PDF" not in content_of(response), (role, path)


def test_the_bundle(space):
    page, documents = space["page"], space["documents"]
    bundle_url = page.url + page.reverse_subpage("bundle")
    for role in ROLES:
        client = client_for(space["users"][role])
        response = client.get(bundle_url)
        if may_open(space, role):
            assert response.status_code == 200, role
            assert "sandbox" in response["Content-Security-Policy"], role
            names = zipfile.ZipFile(io.BytesIO(content_of(response))).namelist()
            assert len(names) == len(documents) + 1, (role, names)  # and LISEZMOI.txt
            assert client.get(page.url).context["bundle"]["file_count"] == len(documents)
        else:
            assert response.status_code == 302, role
            assert response["Location"].startswith("/connexion/?next="), role


def test_a_public_page_bundles_only_the_private_files_the_visitor_may_open(space):
    """A public page offering a private space's file: the button counts what the ZIP holds."""
    public_space = CommunityPageFactory(title="Réseau ouvert")
    own = DocumentFactory(title="Fiche ouverte", collection=public_space.access.collection)
    page = WorkshopContentPageFactory(
        parent=public_space, body=[file_block(own), *map(file_block, space["documents"])]
    )
    bundle_url = page.url + page.reverse_subpage("bundle")
    for role in ROLES:
        client = client_for(space["users"][role])
        expected = 3 if may_open(space, role) else 1
        names = zipfile.ZipFile(io.BytesIO(content_of(client.get(bundle_url)))).namelist()
        assert len(names) == expected + 1, (role, names)
        bundle = client.get(page.url).context["bundle"]
        assert (bundle and bundle["file_count"]) == (expected if expected > 1 else None), role


@pytest.mark.parametrize("name", ["guide.pdf", "notes.txt", "donnees.csv"])
def test_downloads_carry_no_content_encoding(name):
    """Wagtail's sendfile copied `mimetypes`' guess, None included: "Content-Encoding: None"."""
    document = DocumentFactory(title="Guide", file=ContentFile(b"Bonjour;1\n" * 50, name=name))
    client = client_for(None)
    for headers in ({}, {"HTTP_RANGE": "bytes=0-9"}, {"HTTP_RANGE": "bytes=5-"}):
        response = client.get(document.url, **headers)
        assert response.status_code in (200, 206)
        assert "Content-Encoding" not in response, (name, headers)


def production_settings(**environment) -> dict:
    """What rhinocc.settings.production makes of deploy/env.example and `environment`."""
    script = (
        "import django, json; django.setup();"
        "from django.conf import settings as s;"
        "from django.core.files.storage import storages;"
        "print(json.dumps({'serve': s.WAGTAILDOCS_SERVE_METHOD,"
        " 'sendfile': getattr(s, 'SENDFILE_BACKEND', None),"
        " 'internal_url': getattr(s, 'SENDFILE_URL', None),"
        " 'url': storages['documents'].url('documents/Ab3/guide.pdf')}))"
    )
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], **example_environment(), **environment},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_on_a_volume_nginx_sends_documents_after_the_view_said_yes():
    configured = production_settings()
    assert configured["serve"] == "serve_view"
    assert configured["sendfile"] == "documents.accel_redirect"
    assert configured["internal_url"] == "/internal/documents/"


def test_object_storage_hands_out_short_lived_signed_attachment_urls():
    configured = production_settings(
        AWS_STORAGE_BUCKET_NAME="rhinocc-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
        AWS_S3_REGION_NAME="fr-par",
        AWS_ACCESS_KEY_ID="AKIAEXAMPLE",
        AWS_SECRET_ACCESS_KEY="secret-example",
    )
    assert configured["serve"] == "redirect"
    query = parse_qs(urlsplit(configured["url"]).query)
    assert query["X-Amz-Expires"] == ["60"]
    assert "X-Amz-Signature" in query
    assert query["response-content-disposition"][0].startswith("attachment;")


def test_stored_names_cannot_be_guessed_from_the_upload_name():
    first, second = (
        DocumentFactory(file=ContentFile(b"Bonjour.\n", name="compte-rendu.txt")) for _ in "12"
    )
    for document in (first, second):
        folder, _, name = document.file.name.rpartition("/")
        assert name == "compte-rendu.txt"
        assert folder.startswith("documents/") and len(folder) >= len("documents/") + 20
        assert document.url == f"/documents/{document.pk}/compte-rendu.txt"
    assert first.file.name != second.file.name
