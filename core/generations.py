"""Cache generations: a value in every cache key, changed to make a whole cache stale."""

from uuid import uuid4

from django.conf import settings
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


# Bumped whenever published content changes (rhinocc.signals): the whole-page cache and
# everything a page shows that is read once per generation instead of once per request.
PUBLISHED = CacheGeneration("page-cache:generation")


def per_generation(name: str, compute):
    """`compute()` once per generation of published content, from the shared cache.

    Only where the cache is shared by every process (RHINOCC_GENERATION_CACHE_SECONDS,
    0 in production without Redis): a process's own memory would not see the bump of
    another's, and would keep its copy until it expires.
    """
    seconds = settings.RHINOCC_GENERATION_CACHE_SECONDS
    if seconds <= 0:
        return compute()
    return cache.get_or_set(f"{name}:{PUBLISHED.current()}", compute, seconds)
