"""Finding 6 through the real proxy: deploy/nginx.conf in Debian's nginx in front of a
production gunicorn, with the production default of TRUSTED_PROXIES (the local nginx).

Each visitor comes from an address of its own in the loopback range (127.0.0.2, …);
nginx listens on 127.0.0.1 and is the only trusted proxy.
"""

import http.client
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest

from accounts.views import ATTEMPTS_PER_IP_PER_HOUR
from tests.conftest import missing_service
from tests.security.test_nginx import NGINX, free_port, nginx_configuration
from tests.servers import (
    ServerPreparation,
    server_environment,
    start_gunicorn,
    stop,
    wait_until_up,
)

pytestmark = pytest.mark.nginx
PREPARATION_TIMEOUT = 300
VISITORS = ATTEMPTS_PER_IP_PER_HOUR + 5


@pytest.fixture(scope="module")
def port():
    """The port of nginx in front of one gunicorn worker (its memory cache counts alone)."""
    if not Path(NGINX).exists():
        missing_service("needs nginx: apt-get install nginx-light (scripts/start-test-services)")
    base = Path(tempfile.mkdtemp(prefix="rhinocc-nginx-clients-"))
    (base / "nginx").mkdir()
    port, redirect_port = free_port(), free_port()
    env = {
        **server_environment(base, f"http://127.0.0.1:{port}"),
        "GUNICORN_WORKERS": "1",
    }
    preparation = ServerPreparation(base, env)
    for step in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        preparation.steps[step[0]] = preparation.start(
            step[0], [sys.executable, "manage.py", *step, "-v", "0"]
        )
    server = nginx = None
    log_file = base / "gunicorn.log"
    try:
        preparation.wait(PREPARATION_TIMEOUT, "nginx test server")
        server, upstream_port = start_gunicorn(env, log_file)
        configuration = base / "nginx" / "nginx.conf"
        configuration.write_text(nginx_configuration(base, port, redirect_port, upstream_port))
        nginx = subprocess.Popen(  # noqa: S603
            [NGINX, "-c", str(configuration), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=(base / "nginx" / "stderr.log").open("wb"),
            start_new_session=True,
        )
        wait_until_up(f"http://127.0.0.1:{port}", server, log_file)
        time.sleep(0.2)
        assert nginx.poll() is None, (base / "nginx" / "stderr.log").read_text()
        yield port
    finally:
        for process in (nginx, server):
            if process is not None:
                stop(process)
        preparation.cancel()
        shutil.rmtree(base, ignore_errors=True)


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
