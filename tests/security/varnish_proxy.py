"""The repository's deploy/varnish.vcl in Debian's Varnish, in front of a production
gunicorn, for the tests and the benchmark that need the real cache. Only its backend's
port is changed; varnishd runs in the foreground with a working folder of its own."""

import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import missing_service
from tests.security.nginx_proxy import Proxy, free_port
from tests.servers import REPO, ServerPreparation, start_gunicorn, stop, wait_until_up

VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
DEPLOYED_BACKEND = '.port = "8000";'
PREPARATION_TIMEOUT = 300

__all__ = ["Proxy", "behind_varnish", "free_port", "require_varnish", "start_varnish"]


def require_varnish() -> None:
    if not Path(VARNISHD).exists():
        missing_service("needs Varnish: apt-get install varnish (scripts/start-test-services)")


def varnish_configuration(upstream_port: int) -> str:
    deployed = (REPO / "deploy" / "varnish.vcl").read_text()
    assert DEPLOYED_BACKEND in deployed, f"deploy/varnish.vcl no longer has {DEPLOYED_BACKEND!r}"
    return deployed.replace(DEPLOYED_BACKEND, f'.port = "{upstream_port}";')


def start_varnish(folder: Path, port: int, upstream_port: int) -> subprocess.Popen:
    """varnishd in the foreground (-F), its working folder and shared memory log in
    `folder`; no privilege separation (-j none), which needs no system user."""
    folder.mkdir(parents=True, exist_ok=True)
    configuration = folder / "default.vcl"
    configuration.write_text(varnish_configuration(upstream_port))
    return subprocess.Popen(  # noqa: S603 - Debian's varnishd, our configuration
        [
            VARNISHD,
            "-F",
            "-j",
            "none",
            "-n",
            str(folder / "work"),
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(configuration),
            "-s",
            "malloc,64m",
        ],
        stdout=(folder / "stdout.log").open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


@contextmanager
def behind_varnish(base: Path, preparation: ServerPreparation, port: int):
    """Once `preparation` is done: gunicorn, with Varnish in front of it on `port`.

    `base` (the preparation's folder, with the database and media) is removed on leaving.
    """
    server = varnish = None
    log_file = base / "gunicorn.log"
    try:
        preparation.wait(PREPARATION_TIMEOUT, "Varnish test server")
        server, upstream_port = start_gunicorn(preparation.env, log_file)
        varnish = start_varnish(base / "varnish", port, upstream_port)
        wait_until_up(f"http://127.0.0.1:{upstream_port}", server, log_file)
        wait_until_up(f"http://127.0.0.1:{port}", varnish, base / "varnish" / "stdout.log")
        yield
    finally:
        for process in (varnish, server):
            if process is not None:
                stop(process)
        preparation.cancel()
        shutil.rmtree(base, ignore_errors=True)


def environment_with_purges(env: dict, port: int) -> dict:
    """The server's environment, purging the Varnish on `port` (FRONTEND_CACHE_URL)."""
    return {**env, "FRONTEND_CACHE_URL": f"http://127.0.0.1:{port}"}
