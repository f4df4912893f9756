"""What the search engines raise when they are down or refuse a query."""


def _engine_errors() -> tuple[type[Exception], ...]:
    # The database backend's failures are the database's: the 503 middleware has them.
    errors: list[type[Exception]] = []
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        errors += [TransportError, ApiError]
    except ImportError:
        pass
    try:
        from opensearchpy.exceptions import OpenSearchException

        errors.append(OpenSearchException)
    except ImportError:
        pass
    return tuple(errors)


SEARCH_ENGINE_ERRORS = _engine_errors()
