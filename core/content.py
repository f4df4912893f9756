"""What every content page type (module, kit, workshop content, resource) has in common."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search import index

from documents.bundles import DownloadBundleMixin
from taxonomy.models import ClassifiedMixin, classified_edit_handler

from .lifecycle import ContentUpdatedMixin


class ContentPage(DownloadBundleMixin, ClassifiedMixin, ContentUpdatedMixin, Page):
    """A summary, the shared classification, a "mis à jour le" date and "Tout télécharger".

    Each subclass declares its own `tags` (a ClusterTaggableManager through its own
    tag model) and its `content_panels`; its editor gets the classification tab.
    """

    summary = models.TextField(_("summary"), max_length=300)

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        *ClassifiedMixin.search_fields,
    ]

    class Meta:
        abstract = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "content_panels" in cls.__dict__:
            cls.edit_handler = classified_edit_handler(cls.content_panels)
