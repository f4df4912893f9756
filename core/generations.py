"""Cache generations: a value in every cache key, changed to make a whole cache stale."""

from uuid import uuid4

from django.core.cache import cache
from django.db import transaction


class CacheGeneration:
    """What the whole-page cache and the search's cached counts are keyed on.

    `bump()` changes it at once, so that the changing transaction itself reads fresh
    values, and again once the transaction commits: a request that cached the old
    state meanwhile, under the first new value, is made stale too.
    """

    def __init__(self, key: str):
        self.key = key

    def current(self) -> str:
        return cache.get_or_set(self.key, lambda: uuid4().hex, timeout=None)

    def bump(self) -> None:
        self.renew()
        transaction.on_commit(self.renew)

    def renew(self) -> None:
        cache.set(self.key, uuid4().hex, timeout=None)
