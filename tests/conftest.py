import os

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the hub's demo site, loaded once for the session.

    Each test runs in a transaction rolled back at its end, so tests may change
    the demo freely without affecting each other.
    """
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


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
