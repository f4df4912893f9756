"""What makes the sitemap and the feeds stale: anything they list or name."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from taxonomy.models import Competency, Public, Theme

from .cache import published_content_changed
from .sitemaps import registered_sitemaps

# Feeds are titled after these terms and list their labels as categories.
NAMED_TERMS = (Competency, Public, Theme)


def on_restriction_groups_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        published_content_changed()


def connect() -> None:
    page_published.connect(published_content_changed, dispatch_uid="syndication-published")
    page_unpublished.connect(published_content_changed, dispatch_uid="syndication-unpublished")
    post_page_move.connect(published_content_changed, dispatch_uid="syndication-moved")
    post_delete.connect(published_content_changed, sender=Page, dispatch_uid="syndication-del")
    for model in (PageViewRestriction, *NAMED_TERMS):
        post_save.connect(
            published_content_changed, sender=model, dispatch_uid=f"syndication-{model.__name__}"
        )
        post_delete.connect(
            published_content_changed,
            sender=model,
            dispatch_uid=f"syndication-{model.__name__}-deleted",
        )
    m2m_changed.connect(
        on_restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="syndication-restriction-groups",
    )
    # What other apps add to the sitemap (places…) invalidates it as pages do.
    for sitemap in registered_sitemaps().values():
        for model in sitemap.invalidated_by:
            post_save.connect(
                published_content_changed,
                sender=model,
                dispatch_uid=f"syndication-sitemap-{model._meta.label}",
            )
            post_delete.connect(
                published_content_changed,
                sender=model,
                dispatch_uid=f"syndication-sitemap-{model._meta.label}-deleted",
            )
