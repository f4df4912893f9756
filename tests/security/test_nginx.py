"""Finding 1: the repository's own deploy/nginx.conf, in Debian's nginx, in front of a
production gunicorn. Only its listen addresses, paths and upstream are changed here.

Documents are never reachable by their storage path: /media/ serves the public image
renditions only, and a document leaves through the view that checks rights, which
then lets nginx send it from an `internal` location (X-Accel-Redirect).
"""

import json
import sqlite3
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest

from documents.counting import COUNTS_PER_CLIENT_PER_DAY
from tests.security.nginx_proxy import (
    Proxy,
    behind_nginx,
    free_port,
    require_nginx,
)
from tests.servers import ServerPreparation, server_environment

pytestmark = pytest.mark.nginx

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture(scope="module")
def site():
    require_nginx()
    base = Path(tempfile.mkdtemp(prefix="rhinocc-nginx-"))
    port = free_port()
    preparation = ServerPreparation(base, server_environment(base, f"http://127.0.0.1:{port}"))
    preparation.steps["prepare"] = preparation.start(
        "prepare", [sys.executable, str(Path(__file__).with_name("nginx_site.py"))]
    )
    with behind_nginx(base, preparation, port):
        described = json.loads(preparation.output(preparation.steps["prepare"]).splitlines()[-1])
        yield {"proxy": Proxy(port), "database": base / "db.sqlite3", **described}


def media_path(name: str) -> str:
    return "/media/" + quote(name)


def test_a_private_document_cannot_be_read_by_its_storage_path(site):
    proxy, document = site["proxy"], site["private"]
    folder = document["path"].rpartition("/")[0]
    for path in (
        media_path(document["path"]),
        media_path(folder) + "/",
        "/media/documents/",
        "/internal/" + quote(document["path"]),
        media_path(site["old"]["path"]),
    ):
        response = proxy.request(path)
        assert response.status == 404, path
        assert b"%PDF" not in response.content


def test_a_private_document_is_refused_to_anonymous_visitors_by_the_view(site):
    proxy, document = site["proxy"], site["private"]
    for method, headers in (("GET", {}), ("HEAD", {}), ("GET", {"Range": "bytes=0-"})):
        response = proxy.request(document["url"], method, **headers)
        assert response.status == 302, (method, headers)
        assert response.getheader("Location").startswith("/connexion/")
        assert b"%PDF" not in response.content
        assert response.getheader("X-Accel-Redirect") is None


def test_a_member_of_the_private_space_gets_the_file_through_the_view(site):
    proxy, document = site["proxy"], site["private"]
    cookie = f"sessionid={site['member_session']}"

    response = proxy.request(document["url"], Cookie=cookie)

    assert response.status == 200
    assert response.content.startswith(b"%PDF-")
    assert len(response.content) == document["size"]
    assert response.getheader("Content-Disposition").startswith("attachment;")
    assert response.getheader("X-Accel-Redirect") is None
    part = proxy.request(document["url"], Cookie=cookie, Range="bytes=0-3")
    assert part.status == 206
    assert part.content == b"%PDF"


def test_a_document_stored_under_its_old_name_is_served_by_the_view_only(site):
    proxy = site["proxy"]
    response = proxy.request(site["old"]["url"], Cookie=f"sessionid={site['member_session']}")
    assert response.status == 200
    assert len(response.content) == site["old"]["size"]


def test_a_public_document_is_served_with_its_headers(site):
    proxy, document = site["proxy"], site["public"]

    response = proxy.request(document["url"])

    assert response.status == 200
    assert len(response.content) == document["size"]
    assert response.content.startswith(b"Accueillir, ecouter")
    assert response.getheader("Content-Type").startswith("text/plain")
    assert response.getheader("Content-Disposition").startswith("attachment;")
    assert "fiche-de-liaison.txt" in response.getheader("Content-Disposition")
    assert response.getheader("X-Content-Type-Options") == "nosniff", response.getheaders()
    policy = [part.strip() for part in response.getheader("Content-Security-Policy").split(";")]
    assert "sandbox" in policy
    assert response.getheader("Content-Encoding") is None
    assert response.getheader("X-Accel-Redirect") is None
    assert proxy.request(media_path(document["path"])).status == 404


def test_a_public_document_resumes_with_byte_ranges(site):
    proxy, document = site["proxy"], site["public"]
    response = proxy.request(document["url"], Range="bytes=10-19")
    assert response.status == 206
    assert response.content == (b"Accueillir, ecouter, orienter.\n" * 40)[10:20]
    assert response.getheader("Content-Range") == f"bytes 10-19/{document['size']}"
    assert "sandbox" in response.getheader("Content-Security-Policy")


def test_media_serves_public_renditions_and_nothing_else(site):
    proxy = site["proxy"]
    rendition = proxy.request(media_path(site["rendition"]))
    assert rendition.status == 200
    assert rendition.content.startswith(b"\x89PNG")
    assert rendition.getheader("X-Content-Type-Options") == "nosniff"
    assert proxy.request(media_path(site["original"])).status == 404
    assert proxy.request("/media/").status == 404


def test_parts_sent_by_nginx_count_only_from_the_first_byte_and_boundedly(site):
    """Finding 14 through the proxy: nginx answers the ranges, the view counts."""
    proxy = site["proxy"]
    url = site["public"]["url"]
    for start in range(1, 40):
        part = proxy.request(url, Range=f"bytes={start}-{start}", **{"User-Agent": BROWSER})
        assert part.status == 206
        assert len(part.content) == 1
    document_id = int(url.split("/")[2])

    def counted() -> int:
        with sqlite3.connect(site["database"]) as database:
            (total,) = database.execute(
                "SELECT COALESCE(SUM(count), 0) FROM documents_downloadcount"
                " WHERE document_id = ?",
                (document_id,),
            ).fetchone()
        return total

    assert counted() == 0
    for _ in range(3 * COUNTS_PER_CLIENT_PER_DAY):
        proxy.request(url, Range="bytes=0-0", **{"User-Agent": BROWSER})
    # The allowance lives in the cache: shared with Redis, per process without it (this
    # server has two workers and no Redis).
    assert COUNTS_PER_CLIENT_PER_DAY <= counted() <= 2 * COUNTS_PER_CLIENT_PER_DAY
