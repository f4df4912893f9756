"""Production-like servers for the tests that need real ones (browser, nginx).

A separate gunicorn with the production settings (`rhinocc.settings.production`,
every value from the environment), a fresh temporary SQLite database and media
folder: never pytest-django's `live_server`, which flushes the database the other
tests share. The commands that prepare its database and files run in the
background (ServerPreparation) while other tests do.
"""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# Variables rhinocc.settings.production reads, or the test settings' service
# URLs: a test server's environment sets its own or leaves them out, so it
# never shares a database, cache or search index with another run.
SERVER_VARIABLE_PREFIXES = (
    "DJANGO_",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CSRF_",
    "WAGTAILADMIN_",
    "DATABASE_",
    "REDIS_",
    "MEDIA_",
    "STATIC_",
    "AWS_",
    "SECURE_",
    "EMAIL_",
    "DEFAULT_FROM_EMAIL",
    "LOG_LEVEL",
    "GUNICORN_",
    "PAGE_CACHE_",
    "DOCUMENTS_",
    "DOCUMENT_URL_",
    "TRUSTED_PROXIES",
    "HTTP_CACHE_",
    "FRONTEND_CACHE_",
)


def server_environment(base: Path, url: str) -> dict:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(SERVER_VARIABLE_PREFIXES) and "SEARCH" not in name
    }
    env.update(
        DJANGO_SETTINGS_MODULE="rhinocc.settings.production",
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        WAGTAILADMIN_BASE_URL=url,
        # gunicorn's threads write at once in the admin (autosave, editing-session
        # pings, the form itself): SQLite then needs transactions that take the
        # write lock up front, and some patience, or it answers "database is locked".
        DATABASE_URL=f"sqlite:///{base / 'db.sqlite3'}?transaction_mode=IMMEDIATE&timeout=20",
        MEDIA_ROOT=str(base / "media"),
        STATIC_ROOT=str(base / "static"),
        # Plain HTTP on loopback: no redirect to HTTPS, no HSTS. Cookies stay
        # Secure, which Chromium accepts from 127.0.0.1.
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT="9",
        LOG_LEVEL="WARNING",
        GUNICORN_WORKERS="2",
        GUNICORN_THREADS="4",
        # Two workers without Redis: production refuses a page cache that a publish
        # would refresh in one of them only.
        PAGE_CACHE_SECONDS="0",
        # The map of places draws no background: no tile request leaves the machine.
        MAP_TILE_URL="",
    )
    return env


class ServerPreparation:
    """Commands preparing a test server (migrate, data, collectstatic), run in the
    background from `start` on; `wait` collects them."""

    def __init__(self, base: Path, env: dict):
        self.base = base
        self.env = env
        self.steps: dict[str, subprocess.Popen] = {}

    def start(self, name: str, args: list[str], **extra_env) -> subprocess.Popen:
        # Files, not pipes: nobody reads a pipe while the other tests run.
        (self.base / "setup").mkdir(parents=True, exist_ok=True)
        with self.log(name, "out").open("wb") as out, self.log(name, "err").open("wb") as err:
            process = subprocess.Popen(  # noqa: S603 - our own interpreter and scripts
                args,
                cwd=REPO,
                env={**self.env, **extra_env},
                stdout=out,
                stderr=err,
                start_new_session=True,
            )
        process.log_name = name
        return process

    def log(self, name: str, stream: str) -> Path:
        return self.base / "setup" / f"{name}.{stream}"

    def output(self, process: subprocess.Popen, stream: str = "out") -> str:
        return self.log(process.log_name, stream).read_text(errors="replace")

    def wait(self, timeout: float, server_name: str) -> None:
        """Waits for every step; the test fails with the output of one that failed."""
        for step, process in self.steps.items():
            try:
                returncode = process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.cancel()
                pytest.fail(f"{server_name}: {step} took over {timeout} s", False)
            if returncode != 0:
                pytest.fail(
                    f"{server_name}: {step} failed (exit {returncode}):\n"
                    f"{self.output(process)[-3000:]}\n{self.output(process, 'err')[-3000:]}",
                    pytrace=False,
                )

    def cancel(self) -> None:
        for process in self.steps.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def start_gunicorn(env: dict, log_file: Path) -> tuple[subprocess.Popen, int]:
    """gunicorn and the port it listens on: it inherits a socket already bound to a free
    port, so there is no race for the port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    port = listener.getsockname()[1]
    try:
        with log_file.open("wb") as log:
            server = subprocess.Popen(  # noqa: S603
                [
                    str(Path(sys.executable).with_name("gunicorn")),
                    "rhinocc.wsgi",
                    "--config",
                    str(REPO / "deploy" / "gunicorn.conf.py"),
                ],
                cwd=REPO,
                env={**env, "GUNICORN_BIND": f"fd://{listener.fileno()}"},
                pass_fds=[listener.fileno()],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
    finally:
        listener.close()
    return server, port


def start_worker(env: dict, log_file: Path) -> subprocess.Popen:
    """The background task worker beside gunicorn, as deploy/ runs it: the production
    settings queue tasks (mails, digests, the printable catalogue) in the database."""
    with log_file.open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--interval", "0.2"],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def wait_until_up(url: str, process: subprocess.Popen, log_file: Path, timeout=60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(
        f"Test server did not answer on {url}/healthz:\n"
        f"{log_file.read_text(errors='replace')[-3000:]}",
        pytrace=False,
    )


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
