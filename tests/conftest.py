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
