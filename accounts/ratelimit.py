"""Counting attempts per visitor in Django's cache (Redis in production): no outside service."""

import hashlib

from django.core.cache import cache


def is_allowed(scope: str, identity: str, limit: int, window_seconds: int) -> bool:
    """Counts one attempt; False once `identity` made more than `limit` within the window."""
    digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}"
    if cache.add(key, 1, window_seconds):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, window_seconds)
        count = 1
    return count <= limit
