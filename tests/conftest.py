import os
from collections import Counter
from contextlib import contextmanager

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction


@contextmanager
def demo_loaded(django_db_blocker):
    """The demo loaded inside a transaction that is rolled back on leaving."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", verbosity=0)
        yield
        transaction.set_rollback(True)
    # Cached search facets and pages were computed from the demo.
    cache.clear()


@contextmanager
def module_data(django_db_blocker):
    """For a module fixture: what it builds lasts for the module, then is rolled back.

    Each test's own transaction nests inside, as for `demo_site`.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)
    cache.clear()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The hub's demo site (`load_demo`), for the tests about the demo itself.

    Every other test builds what it needs with the factories of tests/factories/ on
    the database that migrations leave (home page, vocabularies, roles). The demo is
    loaded once per module (once for all of tests/demo/) inside a transaction rolled
    back afterwards; each test's own transaction nests inside it, so tests may change
    the demo freely.
    """
    with demo_loaded(django_db_blocker):
        yield


# What a skipped test waited for, matched in its reason, and the command that provides it.
SERVICE_COMMANDS = {
    "needs PostgreSQL": (
        "PostgreSQL absent",
        "`bash scripts/start-test-services` (root) puis "
        "`DATABASE_URL=postgres://rhinocc:rhinocc@127.0.0.1:5432/rhinocc make test`",
    ),
    "needs Redis": (
        "Redis absent",
        "`bash scripts/start-test-services` (root) puis "
        "`REDIS_URL=redis://127.0.0.1:6379/1 make test`",
    ),
    "needs an OpenSearch node": (
        "OpenSearch absent",
        "`bash scripts/start-opensearch` (Java 17 et Maven) puis "
        "`RHINOCC_OPENSEARCH_URL=http://127.0.0.1:9200 make test`",
    ),
    "needs Chromium": (
        "Chromium absent",
        "`sudo bash scripts/install-browser-tools` puis `make test`",
    ),
    "needs axe-core": (
        "axe-core absent",
        "`make test` l'installe quand npm est là, sinon `sudo bash scripts/install-browser-tools`",
    ),
    "needs Pango": (
        "Pango absent (WeasyPrint)",
        "`sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core` "
        "puis `make test`",
    ),
    "needs nginx": (
        "nginx absent",
        "`sudo apt-get install nginx-light` (ou `bash scripts/start-test-services`) "
        "puis `make test`",
    ),
    "needs Varnish": (
        "Varnish absent",
        "`sudo apt-get install varnish` (ou `bash scripts/start-test-services`) puis `make test`",
    ),
}


def skip_reason(report) -> str:
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    return reason.removeprefix("Skipped: ")


def pytest_terminal_summary(terminalreporter):
    """One line per reason tests were skipped, with the command that runs them."""
    groups = Counter()
    for report in terminalreporter.stats.get("skipped", []):
        reason = skip_reason(report)
        service = next((key for key in SERVICE_COMMANDS if reason.startswith(key)), None)
        groups[SERVICE_COMMANDS[service] if service else (reason, None)] += 1
    if not groups:
        return
    terminalreporter.section("Tests sautés et comment les lancer")
    for (what, command), count in groups.most_common():
        tests = f"{count} test sauté" if count == 1 else f"{count} tests sautés"
        terminalreporter.write_line(
            f"{tests} : {what} — lancez {command}" if command else f"{tests} : {what}"
        )
    terminalreporter.write_line(
        "RHINOCC_REQUIRE_SERVICES=1 fait échouer ces tests au lieu de les sauter (.ci/run)."
    )


def services_required() -> bool:
    return os.environ.get("RHINOCC_REQUIRE_SERVICES") == "1"


def missing_service(reason: str):
    """Skips on a developer's machine; fails in CI, where every service must run."""
    if services_required():
        pytest.fail(f"{reason} (RHINOCC_REQUIRE_SERVICES=1)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _services_of_marked_tests(request):
    if request.node.get_closest_marker("postgres"):
        from django.db import connection

        if connection.vendor != "postgresql":
            missing_service("needs PostgreSQL: set DATABASE_URL (see .ci/run)")
    if request.node.get_closest_marker("redis"):
        from django.conf import settings

        if "redis" not in settings.CACHES["default"]["BACKEND"].lower():
            missing_service("needs Redis: set REDIS_URL (see .ci/run)")


@pytest.fixture
def needs_weasyprint():
    """For tests that print PDF documents: WeasyPrint needs the system's Pango."""
    from core.pdf import PdfUnavailable, weasyprint_module

    try:
        weasyprint_module()
    except PdfUnavailable as error:
        missing_service(f"needs Pango for WeasyPrint's PDF documents ({error})")


@pytest.fixture(autouse=True)
def _fresh_cache():
    """What a test cached is not read by the next: the cache outlives the rolled-back
    transaction of a test, and so would a generation renewed during it."""
    yield
    cache.clear()
