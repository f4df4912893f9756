import pytest

from tests.conftest import demo_loaded

# The search suite's engines, for test_search_relevance.py.
from tests.search.conftest import engine  # noqa: F401


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker):
    """The demo site, loaded once for all the modules of tests/demo/."""
    with demo_loaded(django_db_blocker):
        yield
