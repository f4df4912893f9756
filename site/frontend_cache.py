"""Purges of the HTTP cache in front (Varnish, deploy/varnish.vcl) when pages change.

Wagtail's frontend_cache app purges a page's own address on publish and unpublish, and
nothing else. But a page shows on others too: its section lists it (/contenus/ lists
its children, a community page its contents), the home page features the latest ones;
a move or a new slug leaves it, and its descendants, cached at their old address; a
deletion or a new view restriction must take it out of the cache at once, not when its
s-maxage runs out. So each of these purges, besides the page, its ancestors (the listings
that show it) and, when their address or visibility changed, its descendants. The VCL
bans each purged path with any query string, so a listing's other pages (?page=2,
filters) go with it.

The addresses are computed at once (a deleted page still exists in pre_delete), the
purge is sent once the transaction commits: a visitor arriving in between would put the
old version back in the cache. The purge is a task (Wagtail's), so the worker sends it
in production. Vocabularies, settings and other changes that appear on pages without a
page changing are not purged: their copies age out within s-maxage.
"""

import copy

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move


def enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_on_commit(pages) -> None:
    batch = PurgeBatch()
    batch.add_pages(pages)
    if batch.urls:
        transaction.on_commit(batch.purge)


def with_listings(page) -> list:
    """The page and the pages that list it: its ancestors (root has no address)."""
    return [page, *page.get_ancestors()]


def at_old_address(pages, url_path_before: str, url_path_after: str) -> list:
    """Copies of the pages, moved back to where they were (only url_path makes the URL)."""
    moved_back = []
    for page in pages:
        old = copy.copy(page)
        old.url_path = url_path_before + page.url_path[len(url_path_after) :]
        moved_back.append(old)
    return moved_back


def relocated(page, url_path_before: str, url_path_after: str) -> list:
    pages = [page, *page.get_descendants()]
    if url_path_before == url_path_after:
        return pages
    return pages + at_old_address(pages, url_path_before, url_path_after)


def published(instance, **kwargs) -> None:
    """Wagtail purges the page itself; its listings show its new title, summary, image."""
    if enabled():
        purge_on_commit(instance.get_ancestors())


def unpublished(instance, **kwargs) -> None:
    """Its descendants are no longer served either (Wagtail's serve answers 404)."""
    if enabled():
        purge_on_commit([*with_listings(instance), *instance.get_descendants()])


def moved(instance, parent_page_before, parent_page_after, url_path_before, url_path_after, **kw):
    if enabled():
        purge_on_commit(
            [
                *relocated(instance, url_path_before, url_path_after),
                *with_listings(parent_page_before),
                *with_listings(parent_page_after),
            ]
        )


def slug_changed(instance, instance_before, **kwargs) -> None:
    if enabled():
        purge_on_commit(
            [
                *relocated(instance, instance_before.url_path, instance.url_path),
                *instance.get_ancestors(),
            ]
        )


def deleted(instance, **kwargs) -> None:
    """Each deleted descendant gets this signal too: the page and its listings suffice."""
    if enabled():
        purge_on_commit(with_listings(instance))


def restriction_changed(instance, **kwargs) -> None:
    """A page made private (or public again) is not republished: without this, its public
    copy would stay in the proxy's cache until its s-maxage, and its listings with it."""
    if enabled():
        page = instance.page
        purge_on_commit([*with_listings(page), *page.get_descendants()])


def connect():
    page_published.connect(published, dispatch_uid="frontend-cache-published")
    page_unpublished.connect(unpublished, dispatch_uid="frontend-cache-unpublished")
    post_page_move.connect(moved, dispatch_uid="frontend-cache-moved")
    page_slug_changed.connect(slug_changed, dispatch_uid="frontend-cache-slug-changed")
    pre_delete.connect(deleted, sender="wagtailcore.Page", dispatch_uid="frontend-cache-deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender="wagtailcore.PageViewRestriction",
            dispatch_uid=f"frontend-cache-restriction-{signal is post_save}",
        )
