"""The index follows the content: publish, unpublish, move, delete, privacy, renames."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django_tasks import task
from taggit.models import Tag
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from taxonomy.models import Competency, Department, Public, Theme

from . import indexing
from .backends import get_engine
from .facets import Facet
from .models import SYNONYMS_GENERATION, Synonym
from .registry import Searchable


def on_page_changed(sender, instance, **kwargs):
    # A scoping page's privacy and name (a community's) reach every page below it.
    page_class = instance.specific_class
    if page_class and issubclass(page_class, Searchable) and page_class.search_scope_facet:
        indexing.index_subtree(instance)
    else:
        indexing.index_pages([instance])


def on_page_moved(sender, instance, **kwargs):
    indexing.index_subtree(instance)


def on_page_deleted(sender, instance, **kwargs):
    indexing.remove_pages([instance.pk])


def on_restriction_changed(sender, instance, **kwargs):
    if not kwargs.get("raw"):
        indexing.index_subtree(instance.page)


def on_restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        indexing.index_subtree(instance.page)


FACET_OF_TERM = {
    Competency: (Facet.COMPETENCY, "code"),
    Public: (Facet.PUBLIC, "slug"),
    Theme: (Facet.THEME, "slug"),
    Tag: (Facet.TAG, "slug"),
    Department: (Facet.DEPARTMENT, "code"),
}


def on_term_saved(sender, instance, raw=False, **kwargs):
    facet, key = FACET_OF_TERM[sender]
    if not raw:
        indexing.rename_term(facet, getattr(instance, key), str(instance))


def on_term_deleted(sender, instance, **kwargs):
    facet, key = FACET_OF_TERM[sender]
    indexing.forget_term(facet, getattr(instance, key))


def on_synonyms_changed(sender, instance, raw=False, **kwargs):
    """The database engines read synonyms at query time; an external engine's index
    holds them in its analysis, so it is rebuilt behind its alias, in the worker."""
    if raw:
        return
    SYNONYMS_GENERATION.bump()
    if get_engine().synonyms_in_index:
        transaction.on_commit(rebuild_engine_index.enqueue)


@task()
def rebuild_engine_index() -> None:
    get_engine().rebuild()


def connect() -> None:
    page_published.connect(on_page_changed, dispatch_uid="search-published")
    page_unpublished.connect(on_page_changed, dispatch_uid="search-unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="search-moved")
    # Every page type's deletion also deletes its wagtailcore.Page row, sent as Page.
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="search-deleted")
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
    post_save.connect(on_synonyms_changed, sender=Synonym, dispatch_uid="search-synonyms")
    post_delete.connect(
        on_synonyms_changed, sender=Synonym, dispatch_uid="search-synonyms-deleted"
    )
