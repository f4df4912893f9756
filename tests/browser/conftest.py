"""Browser tests: Playwright drives Debian's Chromium against a production-like server.

The server is not pytest-django's `live_server` (which flushes the test
database the other tests share): it is a separate gunicorn with the production
settings (`rhinocc.settings.production`, every value from the environment), a
fresh temporary SQLite database and media folder loaded with the demo, and
static files collected by WhiteNoise's manifest storage, fingerprinted and
compressed, as in production. A small stand-in for the reverse proxy serves
/media/ (see frontproxy.py). One server and one browser for all the browser
tests; both stop after the last of them.

Screenshots and the JSON report (axe-core results, page weights) are written
under browser-artifacts/ at the repository root (RHINOCC_BROWSER_ARTIFACTS
overrides the folder).
"""

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import missing_service

from .frontproxy import FrontProxy

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = REPO / "browser" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(os.environ.get("RHINOCC_BROWSER_ARTIFACTS") or REPO / "browser-artifacts")
SCREENSHOTS = ARTIFACTS / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Variables rhinocc.settings.production reads, or the test settings' service
# URLs: the browser server's environment sets its own or leaves them out, so it
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
)
SETUP_TIMEOUT = 600


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "browser: drives Chromium (/usr/bin/chromium) with Playwright"
    )


@dataclass
class Site:
    """The running test site and what prepare_site.py told about it."""

    url: str
    pages: dict
    mediator: dict
    catalogue: dict
    trainer_username: str
    trainer_password: str
    report: dict = field(default_factory=lambda: {"axe": {}, "weights": {}})


@pytest.fixture(scope="package")
def browser_requirements():
    if not CHROMIUM.exists():
        missing_service(
            f"needs Chromium at {CHROMIUM}: run scripts/install-browser-tools (apt-get)"
        )
    if not AXE.exists():
        missing_service(f"needs axe-core at {AXE}: run scripts/install-browser-tools (npm ci)")


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
    )
    return env


def run_step(name: str, args: list[str], env: dict) -> str:
    """Runs one set-up step of the server; its standard output."""
    result = subprocess.run(  # noqa: S603 - our own interpreter and scripts
        args, cwd=REPO, env=env, capture_output=True, text=True, timeout=SETUP_TIMEOUT
    )
    if result.returncode != 0:
        pytest.fail(
            f"Browser test server: {name} failed (exit {result.returncode}):\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}",
            pytrace=False,
        )
    return result.stdout


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
        f"Browser test server did not answer on {url}/healthz:\n"
        f"{log_file.read_text(errors='replace')[-3000:]}",
        pytrace=False,
    )


@pytest.fixture(scope="package")
def site(browser_requirements):
    """A production-like RhinOcc on 127.0.0.1 with the demo loaded, for every browser test."""
    # The artefacts show this run only.
    for stale in (*SCREENSHOTS.glob("*.png"), *(ARTIFACTS / "failures").glob("*.png")):
        stale.unlink()
    (ARTIFACTS / "report.json").unlink(missing_ok=True)
    base = Path(tempfile.mkdtemp(prefix="rhinocc-browser-"))
    proxy = FrontProxy(media_root=base / "media")
    server = None
    try:
        env = server_environment(base, proxy.url)
        trainer = ("formatrice-navigateur", secrets.token_urlsafe(16))
        described = prepare(env, trainer)
        server = start_gunicorn(env, proxy, base / "gunicorn.log")
        proxy.start()
        wait_until_up(proxy.url, server, base / "gunicorn.log")
        site = Site(
            url=proxy.url,
            pages=described["pages"],
            mediator=described["mediator"],
            catalogue=described["catalogue"],
            trainer_username=trainer[0],
            trainer_password=trainer[1],
        )
        yield site
        write_report(site)
    finally:
        if server is not None:
            stop(server)
        proxy.stop()
        if (base / "gunicorn.log").exists():
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            shutil.copy(base / "gunicorn.log", ARTIFACTS / "server.log")
        shutil.rmtree(base, ignore_errors=True)


def prepare(env: dict, trainer: tuple[str, str]) -> dict:
    """migrate + load_demo + the trainer account, with collectstatic beside them."""
    python = sys.executable
    # collectstatic needs no database: it runs while the demo loads.
    collectstatic = subprocess.Popen(  # noqa: S603
        [python, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        output = run_step(
            "migrate + load_demo (tests/browser/prepare_site.py)",
            [python, str(Path(__file__).with_name("prepare_site.py"))],
            {
                **env,
                "BROWSER_TRAINER_USERNAME": trainer[0],
                "BROWSER_TRAINER_PASSWORD": trainer[1],
            },
        )
    finally:
        collected, _ = collectstatic.communicate(timeout=SETUP_TIMEOUT)
    if collectstatic.returncode != 0:
        pytest.fail(f"Browser test server: collectstatic failed:\n{collected[-3000:]}")
    return json.loads(output.strip().splitlines()[-1])


def start_gunicorn(env: dict, proxy: FrontProxy, log_file: Path) -> subprocess.Popen:
    """gunicorn inherits a socket already bound to a free port: no race for the port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    proxy.upstream_port = listener.getsockname()[1]
    try:
        with log_file.open("wb") as log:
            return subprocess.Popen(  # noqa: S603
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


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def write_report(site: Site) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / "report.json"
    path.write_text(json.dumps(site.report, indent=2, ensure_ascii=False, sort_keys=True))


@pytest.fixture(scope="package")
def screenshots_folder(site):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="package")
def chromium(browser_requirements):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.browser_test_failed = report.failed
    return report


@pytest.fixture
def new_context(request, chromium, site):
    """Makes fresh browser contexts (empty cache, no cookies), closed after the test.

    When the test fails, each of its open pages is saved under browser-artifacts/failures/.
    """
    contexts = []

    def make(**options):
        options.setdefault("base_url", site.url)
        options.setdefault("locale", "fr-FR")
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context = chromium.new_context(**options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context

    yield make
    if getattr(request.node, "browser_test_failed", False):
        save_failure_screenshots(request.node.name, contexts)
    for context in contexts:
        context.close()


def save_failure_screenshots(test_name: str, contexts) -> None:
    folder = ARTIFACTS / "failures"
    folder.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "-", test_name)
    pages = [page for context in contexts for page in context.pages]
    for number, page in enumerate(pages, start=1):
        try:
            page.screenshot(path=folder / f"{name}-{number}.png", full_page=True)
        except Exception:  # noqa: BLE001, S112 - a closed or crashed page has no picture
            continue


@pytest.fixture
def page(new_context):
    return new_context().new_page()


@pytest.fixture(scope="package")
def axe_source(browser_requirements) -> str:
    return AXE.read_text()
