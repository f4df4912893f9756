"""WAGTAILSEARCH_BACKENDS from one URL-style variable, SEARCH_URL.

(unset) or database://       the database: SQLite FTS5, PostgreSQL with `french`
opensearch2://host:9200/rhinocc            OpenSearch 2 (http), index prefix "rhinocc"
opensearch2+https://user:pass@host:9200/   OpenSearch 2 over TLS
elasticsearch9://host:9200/rhinocc         Elasticsearch 9 (+https likewise)
"""

from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

BACKENDS = {
    "database": "wagtail.search.backends.database",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
}
TIMEOUT_SECONDS = 5


def search_backends(url: str) -> dict:
    from search.analysis import FRENCH_ANALYSIS

    parts = urlsplit(url or "database://")
    engine, _plus, transport = parts.scheme.partition("+")
    if engine not in BACKENDS or transport not in ("", "http", "https"):
        raise ImproperlyConfigured(
            f"SEARCH_URL : moteur « {parts.scheme} » inconnu "
            f"(attendu : {', '.join(BACKENDS)}, avec +https pour TLS)."
        )
    if engine == "database":
        return {"default": {"BACKEND": BACKENDS[engine], "SEARCH_CONFIG": "french"}}
    if not parts.hostname:
        raise ImproperlyConfigured(f"SEARCH_URL : l'adresse du moteur manque ({url}).")
    options = {"max_retries": 1}
    if parts.username:
        options["http_auth"] = (unquote(parts.username), unquote(parts.password or ""))
    return {
        "default": {
            "BACKEND": BACKENDS[engine],
            "URLS": [f"{transport or 'http'}://{parts.hostname}:{parts.port or 9200}"],
            "INDEX": parts.path.strip("/") or "rhinocc",
            "TIMEOUT": TIMEOUT_SECONDS,
            "OPTIONS": options,
            # Wagtail's own index (the admin's search) analyses French too.
            "INDEX_SETTINGS": {
                "settings": {
                    "index": {"number_of_replicas": 0},
                    "analysis": {
                        **FRENCH_ANALYSIS,
                        "analyzer": {
                            **FRENCH_ANALYSIS["analyzer"],
                            "default": FRENCH_ANALYSIS["analyzer"]["rhinocc_french"],
                        },
                    },
                }
            },
        }
    }
