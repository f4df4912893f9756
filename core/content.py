"""What every content page type (module, kit, workshop content, resource) has in common."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search import index

from documents.bundles import DownloadBundleMixin
from images.privacy import may_see
from taxonomy.models import ClassifiedMixin, classified_edit_handler

from .forms import PageForm
from .lifecycle import ContentUpdatedMixin


class ContentPage(DownloadBundleMixin, ClassifiedMixin, ContentUpdatedMixin, Page):
    """A summary, the shared classification, a "mis à jour le" date and "Tout télécharger".

    Each subclass declares its own `tags` (a ClusterTaggableManager through its own
    tag model) and its `content_panels`; its editor gets the classification tab.
    """

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("Shown on cards and in search results: 300 characters at most."),
    )

    base_form_class = PageForm

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        *ClassifiedMixin.search_fields,
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        if self.downloads_relation:
            # The page's files this visitor may open: the others are not shown, not even
            # their title, as they are left out of its ZIP.
            self.page_downloads = [
                item for item in self.page_downloads if may_see(request, item.document)
            ]
        return super().get_context(request, *args, **kwargs)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "content_panels" in cls.__dict__:
            cls.edit_handler = classified_edit_handler(cls.content_panels)
