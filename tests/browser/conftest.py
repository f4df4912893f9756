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
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import missing_service
from tests.servers import (
    REPO,
    ServerPreparation,
    server_environment,
    start_gunicorn,
    start_worker,
    stop,
    wait_until_up,
)

from .frontproxy import FrontProxy

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
SETUP_TIMEOUT = 600
PREPARATION = pytest.StashKey["SitePreparation"]()


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
    # The password of every demo account (demo/accounts.py), for the role journeys.
    demo_password: str = ""
    report: dict = field(default_factory=lambda: {"axe": {}, "weights": {}})
    # Where the site writes the mails it sends, one file per connection (test_member_area.py).
    mail_folder: Path | None = None
    # The served site's environment, for the scheduled commands a journey runs (manage.py).
    environment: dict = field(default_factory=dict)


@pytest.fixture(scope="package")
def browser_requirements():
    if not CHROMIUM.exists():
        missing_service(
            f"needs Chromium at {CHROMIUM}: run scripts/install-browser-tools (apt-get)"
        )
    if not AXE.exists():
        missing_service(f"needs axe-core at {AXE}: run scripts/install-browser-tools (npm ci)")


class SitePreparation(ServerPreparation):
    """migrate + load_demo + the trainer account, and collectstatic beside them.

    Both start in the background as soon as the browser tests are collected, so
    that the half minute they take runs while the other tests do, on another core.
    """

    LOAD_DEMO = "migrate + load_demo (tests/browser/prepare_site.py)"
    COLLECTSTATIC = "collectstatic"

    def __init__(self):
        base = Path(tempfile.mkdtemp(prefix="rhinocc-browser-"))
        self.proxy = FrontProxy(media_root=base / "media")
        env = server_environment(base, self.proxy.url)
        # The stand-in proxy has no internal location: gunicorn sends documents itself.
        env["DOCUMENTS_INTERNAL_URL"] = ""
        # Mails as files (rhinocc.settings.production), read back by the sign-up journey.
        env["EMAIL_FILE_PATH"] = str(base / "mails")
        super().__init__(base, env)
        self.trainer = ("formatrice-navigateur", secrets.token_urlsafe(16))
        self.demo_password = secrets.token_urlsafe(16)
        python = sys.executable
        # collectstatic needs no database: it runs while the demo loads.
        self.steps = {
            self.COLLECTSTATIC: self.start(
                "collectstatic", [python, "manage.py", "collectstatic", "--noinput", "-v", "0"]
            ),
            self.LOAD_DEMO: self.start(
                "load-demo",
                [python, str(Path(__file__).with_name("prepare_site.py"))],
                BROWSER_TRAINER_USERNAME=self.trainer[0],
                BROWSER_TRAINER_PASSWORD=self.trainer[1],
                BROWSER_DEMO_PASSWORD=self.demo_password,
            ),
        }

    def described_site(self) -> dict:
        """Waits for both steps; what prepare_site.py printed about the site."""
        self.wait(SETUP_TIMEOUT, "Browser test server")
        return json.loads(self.output(self.steps[self.LOAD_DEMO]).strip().splitlines()[-1])

    def clean_up(self) -> None:
        self.cancel()
        self.proxy.stop()
        shutil.rmtree(self.base, ignore_errors=True)


def pytest_collection_modifyitems(items):
    # Browser tests last: their site is prepared while the others run.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


def pytest_collection_finish(session):
    if any(item.get_closest_marker("browser") for item in session.items):
        session.config.stash[PREPARATION] = SitePreparation()


def pytest_unconfigure(config):
    preparation = config.stash.get(PREPARATION, None)
    if preparation is not None:
        preparation.clean_up()


@pytest.fixture(scope="package")
def site(request, browser_requirements):
    """A production-like RhinOcc on 127.0.0.1 with the demo loaded, for every browser test."""
    # The artefacts show this run only.
    for stale in (*SCREENSHOTS.glob("*.png"), *(ARTIFACTS / "failures").glob("*.png")):
        stale.unlink()
    (ARTIFACTS / "report.json").unlink(missing_ok=True)
    preparation = request.config.stash.get(PREPARATION, None) or SitePreparation()
    request.config.stash[PREPARATION] = preparation
    server = worker = None
    log_file = preparation.base / "gunicorn.log"
    worker_log_file = preparation.base / "worker.log"
    try:
        described = preparation.described_site()
        worker = start_worker(preparation.env, worker_log_file)
        server, preparation.proxy.upstream_port = start_gunicorn(preparation.env, log_file)
        preparation.proxy.start()
        wait_until_up(preparation.proxy.url, server, log_file)
        site = Site(
            url=preparation.proxy.url,
            pages=described["pages"],
            mediator=described["mediator"],
            catalogue=described["catalogue"],
            trainer_username=preparation.trainer[0],
            trainer_password=preparation.trainer[1],
            mail_folder=Path(preparation.env["EMAIL_FILE_PATH"]),
            demo_password=preparation.demo_password,
            environment=preparation.env,
        )
        yield site
        write_report(site)
    finally:
        for process in (server, worker):
            if process is not None:
                stop(process)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for log, name in ((log_file, "server.log"), (worker_log_file, "worker.log")):
            if log.exists():
                shutil.copy(log, ARTIFACTS / name)
        preparation.clean_up()
        del request.config.stash[PREPARATION]


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
