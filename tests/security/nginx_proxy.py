"""The repository's deploy/nginx.conf in Debian's nginx, in front of a production gunicorn,
for the tests that need the real proxy. Only its listen addresses, media path and upstream
are changed."""

import http.client
import os
import shutil
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import missing_service
from tests.servers import REPO, ServerPreparation, start_gunicorn, stop, wait_until_up

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
DEPLOYED_MEDIA = "/srv/rhinocc/media/"
PREPARATION_TIMEOUT = 300


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def nginx_configuration(base: Path, port: int, redirect_port: int, upstream_port: int) -> str:
    """deploy/nginx.conf with its listen addresses, media path and upstream changed."""
    deployed = (REPO / "deploy" / "nginx.conf").read_text()
    replacements = {
        "listen 443 ssl http2;": f"listen 127.0.0.1:{port};",
        "listen 80;": f"listen 127.0.0.1:{redirect_port};",
        "server 127.0.0.1:8000;": f"server 127.0.0.1:{upstream_port};",
        DEPLOYED_MEDIA: f"{base / 'media'}/",
    }
    for deployed_text, test_text in replacements.items():
        assert deployed_text in deployed, f"deploy/nginx.conf no longer has {deployed_text!r}"
        deployed = deployed.replace(deployed_text, test_text)
    temporary = base / "nginx"
    # Only the main context around it is the test's: nginx's own files in a temporary folder.
    return f"""
{"user root;" if os.geteuid() == 0 else ""}
worker_processes 1;
pid {temporary}/nginx.pid;
error_log {temporary}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {temporary}/access.log;
    client_body_temp_path {temporary}/body;
    proxy_temp_path {temporary}/proxy;
    fastcgi_temp_path {temporary}/fastcgi;
    uwsgi_temp_path {temporary}/uwsgi;
    scgi_temp_path {temporary}/scgi;
{deployed}
}}
"""


class Proxy:
    """The running nginx, asked with a plain HTTP client that follows no redirect."""

    def __init__(self, port: int):
        self.port = port

    def request(self, path: str, method: str = "GET", **headers):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, headers=headers)
            response = connection.getresponse()
            response.content = response.read()
            return response
        finally:
            connection.close()


def require_nginx() -> None:
    if not Path(NGINX).exists():
        missing_service("needs nginx: apt-get install nginx-light (scripts/start-test-services)")


@contextmanager
def behind_nginx(base: Path, preparation: ServerPreparation, port: int):
    """Once `preparation` is done: gunicorn, with nginx in front of it on `port`.

    `base` (the preparation's folder, with the database and media) is removed on leaving.
    """
    (base / "nginx").mkdir(exist_ok=True)
    server = nginx = None
    log_file = base / "gunicorn.log"
    try:
        preparation.wait(PREPARATION_TIMEOUT, "nginx test server")
        server, upstream_port = start_gunicorn(preparation.env, log_file)
        configuration = base / "nginx" / "nginx.conf"
        configuration.write_text(nginx_configuration(base, port, free_port(), upstream_port))
        nginx = subprocess.Popen(  # noqa: S603
            [NGINX, "-c", str(configuration), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=(base / "nginx" / "stderr.log").open("wb"),
            start_new_session=True,
        )
        wait_until_up(f"http://127.0.0.1:{port}", server, log_file)
        time.sleep(0.2)
        assert nginx.poll() is None, (base / "nginx" / "stderr.log").read_text()
        yield
    finally:
        for process in (nginx, server):
            if process is not None:
                stop(process)
        preparation.cancel()
        shutil.rmtree(base, ignore_errors=True)
