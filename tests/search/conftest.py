"""The search suite runs on the database engine of the run (SQLite or PostgreSQL) and,
where RHINOCC_OPENSEARCH_URL names a node (.ci/run starts one), on OpenSearch 2."""

import os

import pytest

from search import indexing
from search.backends import get_engine
from tests.conftest import missing_service

OPENSEARCH_TEST_CONFIG = {
    "BACKEND": "wagtail.search.backends.opensearch2",
    "INDEX": "rhinocc_test",
    "TIMEOUT": 30,
    "OPTIONS": {"max_retries": 0},
}


@pytest.fixture(params=["database", pytest.param("opensearch", marks=pytest.mark.opensearch)])
def engine(request, settings, db):
    """The engine every search in the test uses, its index built from the demo entries."""
    if request.param == "opensearch":
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
