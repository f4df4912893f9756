import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits, lockouts' companions, download counts and cached pages live in the
    cache: each test starts and leaves it empty, whatever the one before it counted."""
    cache.clear()
    yield
    cache.clear()
