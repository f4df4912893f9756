"""Each engine owns its writes: the database's text table only where it serves, the external
engine's documents after the commit, and a rebuild that never leaves the search without an index.
"""

import os

import pytest
from django.db import connection, transaction

from search import indexing
from search.analysis import parse_query
from search.backends import SearchQuery, get_engine
from search.facets import CONTENT_KINDS
from tests.conftest import missing_service
from tests.factories.kits import KitPageFactory
from tests.search.conftest import OPENSEARCH_TEST_CONFIG


def fts_ids() -> set[int]:
    column = "page_id" if connection.vendor == "postgresql" else "rowid"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM rhinocc_search_fts")  # noqa: S608 - constant
        return {row[0] for row in cursor.fetchall()}


def found(text: str) -> list[int]:
    query = SearchQuery(query=parse_query(text), kinds=CONTENT_KINDS)
    return get_engine().search(query).page_ids


@pytest.mark.django_db
def test_the_database_engine_writes_its_text_in_the_publishing_transaction():
    kit = KitPageFactory(title="Kit ornithologique des mésanges")
    assert kit.pk in fts_ids()
    assert found("mésanges") == [kit.pk]


@pytest.fixture
def opensearch(settings, db):
    url = os.environ.get("RHINOCC_OPENSEARCH_URL")
    if not url:
        missing_service("needs an OpenSearch node: set RHINOCC_OPENSEARCH_URL (see .ci/run)")
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**OPENSEARCH_TEST_CONFIG, "INDEX": "rhinocc_writes", "URLS": [url]}
    }
    engine = get_engine()
    engine.rebuild()
    return engine


@pytest.mark.opensearch
def test_opensearch_gets_a_page_once_its_publication_is_committed(
    opensearch, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        kit = KitPageFactory(title="Kit ornithologique des mésanges")
        # Saved in the database, not yet in the engine: the transaction may still fail.
        assert found("mésanges") == []
        # The database's own text table is not written for an engine it does not serve.
        assert kit.pk not in fts_ids()
    for callback in callbacks:
        callback()
    assert found("mésanges") == [kit.pk]


@pytest.mark.opensearch
def test_a_rolled_back_publication_leaves_nothing_in_opensearch(
    opensearch, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                KitPageFactory(title="Kit ornithologique des mésanges")
                raise RuntimeError("the request failed after the publish")
        except RuntimeError:
            pass
    assert found("mésanges") == []


@pytest.mark.opensearch
def test_a_rebuild_fills_a_new_index_and_switches_the_alias(opensearch):
    kit = KitPageFactory(title="Kit ornithologique des mésanges")
    indexing.rebuild()
    first = opensearch.aliased_indices()
    assert len(first) == 1
    assert found("mésanges") == [kit.pk]
    indexing.rebuild()
    second = opensearch.aliased_indices()
    assert len(second) == 1 and second != first
    # The previous index is gone once the alias left it.
    assert not opensearch.client.indices.exists(index=first[0])
    assert found("mésanges") == [kit.pk]
