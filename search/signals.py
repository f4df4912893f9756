"""The index follows the content: publish, unpublish, move, delete, privacy, renames."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from taggit.models import Tag
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from taxonomy.models import Competency, Department, Public, Theme

from . import indexing


def on_page_changed(sender, instance, **kwargs):
    # A community's privacy and name reach every contribution below it.
    if instance.specific_class and instance.specific_class._meta.label_lower == (
        "communities.communitypage"
    ):
        indexing.index_subtree(instance)
    else:
        indexing.index_pages([instance])


def on_page_moved(sender, instance, **kwargs):
    indexing.index_subtree(instance)


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        indexing.remove_pages([instance.pk])


def on_restriction_changed(sender, instance, **kwargs):
    if not kwargs.get("raw"):
        indexing.index_subtree(instance.page)


def on_restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        indexing.index_subtree(instance.page)


FACET_OF_TERM = {
    Competency: ("competence", "code"),
    Public: ("public", "slug"),
    Theme: ("thematique", "slug"),
    Tag: ("etiquette", "slug"),
    Department: ("departement", "code"),
}


def on_term_saved(sender, instance, raw=False, **kwargs):
    facet, key = FACET_OF_TERM[sender]
    if not raw:
        indexing.rename_term(facet, getattr(instance, key), str(instance))


def on_term_deleted(sender, instance, **kwargs):
    facet, key = FACET_OF_TERM[sender]
    indexing.forget_term(facet, getattr(instance, key))


def connect() -> None:
    page_published.connect(on_page_changed, dispatch_uid="search-published")
    page_unpublished.connect(on_page_changed, dispatch_uid="search-unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="search-moved")
    post_delete.connect(on_page_deleted, dispatch_uid="search-deleted")
    post_save.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-restricted"
    )
    post_delete.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-unrestricted"
    )
    m2m_changed.connect(
        on_restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="search-restriction-groups",
    )
    for model in FACET_OF_TERM:
        post_save.connect(
            on_term_saved, sender=model, dispatch_uid=f"search-term-{model.__name__}"
        )
        post_delete.connect(
            on_term_deleted, sender=model, dispatch_uid=f"search-term-deleted-{model.__name__}"
        )
