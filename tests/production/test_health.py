import pytest
from django.db import OperationalError
from django.test import override_settings

from kits.models import KitIndexPage
from tests.factories.home import sections
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kit():
    """A kit and a content, in the sections of a site built by the factories."""
    sections()
    WorkshopContentPageFactory(title="Atelier pour tester")
    return KitPageFactory(title="Kit pour tester")


def test_healthz_reports_each_service_without_secrets(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "ok"},
    }
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_is_503_when_the_database_does_not_answer(client, monkeypatch):
    monkeypatch.setattr("rhinocc.views.check_database", lambda: False)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"


def test_a_stopped_database_gives_a_french_503_page(client, monkeypatch, kit):
    def database_down(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(KitIndexPage, "get_listing", database_down)
    monkeypatch.setattr("rhinocc.middleware.check_database", lambda: False)
    response = client.get("/kits/")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "Service momentanément indisponible" in response.content.decode()


def test_a_faulty_query_stays_an_error_to_fix(client, monkeypatch, kit):
    def broken_query(*args, **kwargs):
        raise OperationalError("no such column")

    monkeypatch.setattr(KitIndexPage, "get_listing", broken_query)
    client.raise_request_exception = False
    assert client.get("/kits/").status_code == 500


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "IGNORE_EXCEPTIONS": True},
        }
    },
    RHINOCC_PAGE_CACHE_SECONDS=600,
)
def test_redis_down_degrades_to_no_cache(client, kit):
    """A real Redis client facing a closed port: pages still render, health says degraded."""
    assert client.get("/kits/").status_code == 200
    assert client.get("/kits/").status_code == 200
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json()["status"] == "degraded"
    assert health.json()["checks"]["cache"] == "error"


SEARCH_ENGINE_DOWN = {
    "default": {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": ["http://127.0.0.1:1"],
        "TIMEOUT": 1,
        "OPTIONS": {"max_retries": 0},
    }
}


@override_settings(WAGTAILSEARCH_BACKENDS=SEARCH_ENGINE_DOWN)
def test_a_stopped_search_engine_leaves_every_other_page_working(client, kit):
    """A real Elasticsearch client facing a closed port."""
    for url in ["/", "/kits/", kit.url, "/contenus/", "/competences/"]:
        assert client.get(url).status_code == 200, url

    kit.title = f"{kit.title} (mis à jour)"
    kit.save_revision().publish()
    assert "(mis à jour)" in client.get(kit.url).content.decode()

    search = client.get("/recherche/", {"q": "aptic"})
    assert search.status_code == 503
    html = search.content.decode()
    assert "La recherche est momentanément indisponible" in html
    assert 'value="aptic"' in html

    health = client.get("/healthz").json()
    assert health == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "ok", "search": "error"},
    }
