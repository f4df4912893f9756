"""Finding 6 through the real proxy: deploy/nginx.conf in Debian's nginx in front of a
production gunicorn, with the production default of TRUSTED_PROXIES (the local nginx).

Each visitor comes from an address of its own in the loopback range (127.0.0.2, …);
nginx listens on 127.0.0.1 and is the only trusted proxy.
"""

import http.client
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

import pytest

from accounts.views import ATTEMPTS_PER_IP_PER_HOUR
from tests.security.nginx_proxy import behind_nginx, free_port, require_nginx
from tests.servers import ServerPreparation, server_environment

pytestmark = pytest.mark.nginx
VISITORS = ATTEMPTS_PER_IP_PER_HOUR + 5


@pytest.fixture(scope="module")
def port():
    """The port of nginx in front of one gunicorn worker (its memory cache counts alone)."""
    require_nginx()
    base = Path(tempfile.mkdtemp(prefix="rhinocc-nginx-clients-"))
    port = free_port()
    env = {
        **server_environment(base, f"http://127.0.0.1:{port}"),
        "GUNICORN_WORKERS": "1",
    }
    preparation = ServerPreparation(base, env)
    for step in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        preparation.steps[step[0]] = preparation.start(
            step[0], [sys.executable, "manage.py", *step, "-v", "0"]
        )
    with behind_nginx(base, preparation, port):
        yield port


def ask_for_a_password_reset(port: int, visitor: str) -> int:
    """One visitor's GET then POST of the forgotten-password form (an unknown address:
    no mail is sent); the status of the POST."""
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=30, source_address=(visitor, 0)
    )
    try:
        connection.request("GET", "/mot-de-passe-oublie/")
        page = connection.getresponse()
        html = page.read().decode()
        assert page.status == 200, html[-2000:]
        cookie = page.getheader("Set-Cookie").split(";")[0]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
        body = urlencode({"csrfmiddlewaretoken": token, "email": "personne@example.org"})
        connection.request(
            "POST",
            "/mot-de-passe-oublie/",
            body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
        )
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def test_visitors_behind_nginx_are_counted_one_by_one(port):
    statuses = [
        ask_for_a_password_reset(port, f"127.0.0.{number + 2}") for number in range(VISITORS)
    ]
    assert 429 not in statuses
    assert set(statuses) == {302}


def test_one_visitor_behind_nginx_is_still_limited(port):
    statuses = [ask_for_a_password_reset(port, "127.0.1.1") for _attempt in range(VISITORS)]
    assert statuses[:ATTEMPTS_PER_IP_PER_HOUR] == [302] * ATTEMPTS_PER_IP_PER_HOUR
    assert statuses[ATTEMPTS_PER_IP_PER_HOUR:] == [429] * (VISITORS - ATTEMPTS_PER_IP_PER_HOUR)
