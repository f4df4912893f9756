"""Checks of what the site depends on, shared by /healthz and the 503 page."""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection

from search.backends import get_engine

logger = logging.getLogger(__name__)


def check_database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        logger.exception("Health check: database unavailable")
        return False


def check_cache() -> bool:
    cache.set("healthz", "ok", 10)
    return cache.get("healthz") == "ok"


def check_search() -> bool:
    """The engine that /recherche/ uses answers (not only Wagtail's admin index)."""
    try:
        get_engine().check()
        return True
    except Exception:
        logger.exception("Health check: search unavailable")
        return False
