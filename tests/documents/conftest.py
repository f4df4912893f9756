import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def counted_clients():
    """Downloads are counted afresh in each test: the per-client allowance lives in the
    cache, and a rolled-back test gives its documents' ids to the next one."""
    cache.clear()
