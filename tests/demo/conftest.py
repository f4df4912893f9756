import pytest

from tests.conftest import demo_loaded


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker):
    """The demo site, loaded once for all the modules of tests/demo/."""
    with demo_loaded(django_db_blocker):
        yield
