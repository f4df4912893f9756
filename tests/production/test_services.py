"""The second CI pass: the same site on PostgreSQL and Redis, as in production."""

import pytest
from django.core.cache import cache
from django.db import connection
from django_redis import get_redis_connection
from wagtail.models import Page

from kits.models import KitPage

# Still on the demo site: to be rebuilt on factories (see tests/conftest.py).
pytestmark = pytest.mark.usefixtures("demo_site")


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_demo_site_is_migrated_and_loaded_on_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        assert int(cursor.fetchone()[0]) >= 150000
    assert Page.objects.live().count() > 80


@pytest.mark.postgres
@pytest.mark.django_db
def test_search_uses_postgresql_full_text(client):
    response = client.get("/recherche/", {"q": "APTIC"})
    assert response.status_code == 200
    assert "Devenir structure qualifiée APTIC" in response.content.decode()


@pytest.mark.redis
def test_the_cache_is_redis_and_round_trips():
    cache.set("rhinocc-test-key", {"réseau": "Sicoval"}, 30)
    assert cache.get("rhinocc-test-key") == {"réseau": "Sicoval"}
    assert get_redis_connection("default").ping()


@pytest.mark.redis
@pytest.mark.django_db
def test_public_pages_are_cached_in_redis(client, settings):
    settings.RHINOCC_PAGE_CACHE_SECONDS = 600
    cache.clear()
    kit = KitPage.objects.first()

    assert client.get(kit.url)["X-Page-Cache"] == "miss"
    assert client.get(kit.url)["X-Page-Cache"] == "hit"
    keys = get_redis_connection("default").keys("*page-cache:*")
    assert any(kit.url.encode() in key for key in keys)
    cache.clear()
