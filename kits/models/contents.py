from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.content import ContentPage
from core.sections import SectionPage
from images.models import IllustratedMixin
from kits.blocks import ContentStreamBlock
from search.facets import Facet, Kind
from search.registry import ClassifiedSearchable


class ContentIndexPage(SectionPage):
    subpage_types = ["kits.WorkshopContentPage"]
    count_text = ngettext_lazy(
        "%(count)d workshop content.", "%(count)d workshop contents.", "count"
    )
    empty_text = _("No workshop content is published yet.")

    class Meta:
        verbose_name = _("workshop content index")

    def get_listing(self, request):
        return (
            WorkshopContentPage.objects.live()
            .public()
            .child_of(self)
            .select_related("image", "support_type")
            .prefetch_related("image__renditions")
            .order_by("-first_published_at", "title")
        )


class WorkshopContentPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "kits.WorkshopContentPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class WorkshopContentPage(ClassifiedSearchable, IllustratedMixin, ContentPage):
    """A pedagogical content: a fiche, an exercise, an evaluation tool or a workshop plan.

    Lives in the hub's content bank or under a community page that contributed it.
    """

    class Level(models.TextChoices):
        BEGINNER = "beginner", _("Beginner")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    level = models.CharField(_("level"), max_length=20, choices=Level, default=Level.BEGINNER)
    duration_minutes = models.PositiveSmallIntegerField(
        _("workshop length (minutes)"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(5, _("A workshop lasts at least 5 minutes.")),
            MaxValueValidator(
                600,
                _("A workshop lasts at most 600 minutes (10 hours): give one session's length."),
            ),
        ],
        help_text=_("Length of one session, from 5 to 600 minutes."),
    )
    session_count = models.PositiveSmallIntegerField(
        _("number of sessions"),
        default=1,
        validators=[
            MinValueValidator(1, _("A workshop has at least one session.")),
            MaxValueValidator(100, _("A workshop has at most 100 sessions.")),
        ],
        help_text=_("From 1 to 100."),
    )
    rhythm = models.CharField(_("rhythm"), max_length=255, blank=True)
    participant_profiles = models.TextField(_("participant profiles"), blank=True)
    group_size = models.CharField(_("group size"), max_length=100, blank=True)
    material_needed = models.TextField(_("material needed"), blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"))

    tags = ClusterTaggableManager(
        verbose_name=_("tags"), through=WorkshopContentPageTag, blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("level"), FieldPanel("duration_minutes")]),
                FieldRowPanel([FieldPanel("session_count"), FieldPanel("rhythm")]),
                FieldPanel("participant_profiles"),
                FieldPanel("group_size"),
                FieldPanel("material_needed"),
            ],
            heading=_("The workshop"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("body"),
        index.SearchField("participant_profiles"),
        index.FilterField("level"),
    ]
    search_kind = Kind.CONTENT
    parent_page_types = ["kits.ContentIndexPage", "communities.CommunityPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("workshop content")
        verbose_name_plural = _("workshop contents")

    def search_facet_values(self):
        yield from super().search_facet_values()
        yield from self.choice_facet_value(Facet.LEVEL, "level")

    def get_downloads(self):
        return [block.value["document"] for block in self.body if block.block_type == "file"]
