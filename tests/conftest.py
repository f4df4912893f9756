import os
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
