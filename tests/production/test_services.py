"""The second CI pass: the same site on PostgreSQL and Redis, as in production.

The demo site loaded on PostgreSQL: test_demo_on_postgresql.py.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django_redis import get_redis_connection

from tests.factories.home import site_settings
from tests.factories.kits import KitPageFactory


@pytest.mark.postgres
@pytest.mark.django_db
def test_search_uses_postgresql_full_text(client):
    assert connection.vendor == "postgresql"
    kit = KitPageFactory(title="Devenir structure qualifiée APTIC")
    other = KitPageFactory(title="Animer un atelier smartphone")
    response = client.get("/recherche/", {"q": "APTIC"})
    assert response.status_code == 200
    html = response.content.decode()
    assert kit.url in html
    assert other.url not in html


@pytest.mark.redis
def test_the_cache_is_redis_and_round_trips():
    cache.set("rhinocc-test-key", {"réseau": "Sicoval"}, 30)
    assert cache.get("rhinocc-test-key") == {"réseau": "Sicoval"}
    assert get_redis_connection("default").ping()


@pytest.mark.redis
@pytest.mark.django_db
def test_public_pages_are_cached_in_redis(client, settings):
    settings.RHINOCC_PAGE_CACHE_SECONDS = 600
    site_settings()
    kit = KitPageFactory()
    cache.clear()

    assert client.get(kit.url)["X-Page-Cache"] == "miss"
    assert client.get(kit.url)["X-Page-Cache"] == "hit"
    keys = get_redis_connection("default").keys("*page-cache:*")
    assert any(kit.url.encode() in key for key in keys)
    cache.clear()
