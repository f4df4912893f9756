"""SEARCH_URL: one variable chooses the engine, for the admin and the public search alike."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from rhinocc.search_url import search_backends
from search.backends import get_engine
from search.backends.database import DatabaseEngine
from search.backends.elastic import Elasticsearch9Engine, OpenSearch2Engine


def test_the_database_is_the_default_with_the_french_configuration():
    assert search_backends("") == {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "french"}
    }
    assert search_backends("database://")["default"]["BACKEND"].endswith("database")


def test_opensearch_and_elasticsearch_urls():
    opensearch = search_backends("opensearch2+https://hub:s%40cret@search.example:9443/hub")[
        "default"
    ]
    assert opensearch["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert opensearch["URLS"] == ["https://search.example:9443"]
    assert opensearch["INDEX"] == "hub"
    assert opensearch["OPTIONS"]["http_auth"] == ("hub", "s@cret")
    analysis = opensearch["INDEX_SETTINGS"]["settings"]["analysis"]
    assert "asciifolding" in analysis["analyzer"]["default"]["filter"]
    elasticsearch = search_backends("elasticsearch9://127.0.0.1")["default"]
    assert elasticsearch["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert elasticsearch["URLS"] == ["http://127.0.0.1:9200"]
    assert elasticsearch["INDEX"] == "rhinocc"


@pytest.mark.parametrize("url", ["solr://x", "opensearch2+ftp://x", "opensearch2://"])
def test_a_wrong_url_is_refused_with_a_french_message(url):
    with pytest.raises(ImproperlyConfigured, match="SEARCH_URL"):
        search_backends(url)


def test_the_public_search_follows_wagtails_backend_setting(settings):
    assert isinstance(get_engine(), DatabaseEngine)
    settings.WAGTAILSEARCH_BACKENDS = search_backends("opensearch2://127.0.0.1:1")
    assert isinstance(get_engine(), OpenSearch2Engine)
    settings.WAGTAILSEARCH_BACKENDS = search_backends("elasticsearch9://127.0.0.1:1")
    assert isinstance(get_engine(), Elasticsearch9Engine)
