from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext, ngettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.content import ContentPage
from core.restrictions import private_q
from core.sections import SectionPage
from images.models import IllustratedMixin
from images.privacy import may_see
from kits.blocks import ContentStreamBlock
from kits.markdown import MarkdownExportMixin, document_line, facts_list, plain
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
            .exclude(private_q())
            .child_of(self)
            .select_related("image", "support_type")
            .prefetch_related("image__renditions")
            .order_by("-first_published_at", "title")
        )


class WorkshopContentPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "kits.WorkshopContentPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class WorkshopContentPage(
    MarkdownExportMixin, ClassifiedSearchable, IllustratedMixin, ContentPage
):
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

    def markdown_sections(self, request):
        length = self.duration_minutes and ngettext(
            "%(counter)s minute", "%(counter)s minutes", self.duration_minutes
        ) % {"counter": self.duration_minutes}
        brief = facts_list(
            [
                (gettext("Level"), self.get_level_display()),
                (gettext("Length of a session"), length),
                (gettext("Number of sessions"), self.session_count),
                (gettext("Rhythm"), self.rhythm),
                (gettext("Group size"), self.group_size),
                (gettext("Participant profiles"), self.participant_profiles),
                (gettext("Material needed"), self.material_needed),
            ]
        )
        sections = ["## " + gettext("The workshop in brief") + "\n\n" + brief]
        if not self.body or self.body[0].block_type != "heading":
            sections.append("## " + gettext("Content of the workshop"))
        sections += [self.block_markdown(request, block) for block in self.body]
        return sections

    def block_markdown(self, request, block) -> str:
        """One block of the body, as the page shows it to this visitor."""
        value = block.value
        if block.block_type == "heading":
            return f"## {plain(value)}"
        if block.block_type == "text":
            return self.rich_text_markdown(request, value)
        if block.block_type == "file":
            if not may_see(request, value["document"]):
                return ""
            return document_line(request, value["document"], value["note"])
        if block.block_type == "image":
            image = value["image"]
            if not may_see(request, image):
                return ""
            rendition = image.get_rendition("width-960")
            text = (
                f"![{plain(image.default_alt_text)}]({request.build_absolute_uri(rendition.url)})"
            )
            return text + (f"  \n{plain(value['caption'])}" if value["caption"] else "")
        if block.block_type == "link":
            text = f"[{plain(value['title'])}]({value['url']})"
            return text + (f" — {plain(value['description'])}" if value["description"] else "")
        return ""
