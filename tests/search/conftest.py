"""The search suite runs on the database engine of the run (SQLite or PostgreSQL) and,
where RHINOCC_OPENSEARCH_URL names a node (.ci/run starts one), on OpenSearch 2."""

import os

import pytest
from django.core.cache import cache

from search import indexing
from search.backends import get_engine
from search.backends.elastic import ElasticEngine
from tests.conftest import missing_service

OPENSEARCH_TEST_CONFIG = {
    "BACKEND": "wagtail.search.backends.opensearch2",
    "INDEX": "rhinocc_test",
    "TIMEOUT": 30,
    "OPTIONS": {"max_retries": 0},
}


@pytest.fixture(params=["database", pytest.param("opensearch", marks=pytest.mark.opensearch)])
def engine(request, settings, db, monkeypatch):
    """The engine every search in the test uses, its index built from the entries.

    Each test runs in a transaction that never commits: OpenSearch is written at once,
    as after a commit (tests/search/test_engine_writes.py checks the commit itself).
    """
    if request.param == "opensearch":
        monkeypatch.setattr(ElasticEngine, "after_commit", staticmethod(lambda push: push()))
        url = os.environ.get("RHINOCC_OPENSEARCH_URL")
        if not url:
            missing_service("needs an OpenSearch node: set RHINOCC_OPENSEARCH_URL (see .ci/run)")
        settings.WAGTAILSEARCH_BACKENDS = {"default": {**OPENSEARCH_TEST_CONFIG, "URLS": [url]}}
        get_engine().rebuild()
    return get_engine()


@pytest.fixture
def reindexed(engine):
    """For tests that change pages: the engine's copy rebuilt to match the database."""
    indexing.rebuild()
    return engine


@pytest.fixture(autouse=True)
def _fresh_search_cache():
    """Facet counts are cached by index generation, and the generation lives in the cache:
    a test whose writes were rolled back must not leave counts of its data behind."""
    cache.clear()
    yield
    cache.clear()
