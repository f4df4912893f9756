"""The base of the page factories: pages placed under a parent and published by a revision."""

import factory
import wagtail_factories
from django.utils.text import slugify


class LivePageFactory(wagtail_factories.PageFactory):
    """A page saved under `parent`, then published through a revision (`live=False`: a draft).

    Publishing runs after every post-generation hook (tags, m2m), so the live
    revision carries them and `page_published` handlers see the finished page.
    """

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title)[:200])

    class Meta:
        abstract = True

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        if parent is not None:
            # A parent loaded before other children were added has a stale `numchild`,
            # from which treebeard would compute a taken path.
            parent.refresh_from_db(fields=["path", "depth", "numchild"])
        return super()._create_instance(model_class, parent, kwargs)

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if not create:
            return
        instance.save()
        if instance.live:
            instance.save_revision().publish()
            # Publishing saves a copy built from the revision, and `page_published`
            # handlers write to the database (content_updated_at…): read them back.
            instance.refresh_from_db()
        else:
            instance.save_revision()


def tags_hook(page, create, extracted, **kwargs):
    """`tags=["seniors", "smartphone"]`: free tags of a classified page."""
    if extracted:
        page.tags.add(*extracted)


class ClassifiedPageFactory(LivePageFactory):
    """A page carrying ClassifiedMixin: pass competencies=, publics=, themes= (lists),
    support_type=, licence=, tags= (names)."""

    class Meta:
        abstract = True

    tags = factory.PostGeneration(tags_hook)
