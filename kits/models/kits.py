from django.db import models
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.content import ContentPage
from core.restrictions import private_q
from core.sections import SectionPage
from documents.models import PageDownload
from images.models import IllustratedMixin
from kits.markdown import MarkdownExportMixin, plain
from search.facets import Kind
from search.registry import ClassifiedSearchable


class KitIndexPage(SectionPage):
    subpage_types = ["kits.KitPage"]
    count_text = ngettext_lazy("%(count)d kit available.", "%(count)d kits available.", "count")
    empty_text = _("No kit is published yet.")

    class Meta:
        verbose_name = _("kit index")

    def get_listing(self, request):
        return (
            KitPage.objects.live()
            .exclude(private_q())
            .child_of(self)
            .select_related("image", "support_type")
            .prefetch_related("image__renditions")
            .annotate(tool_count=models.Count("tools"))
            .order_by("title")
        )


class KitPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "kits.KitPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class KitPage(MarkdownExportMixin, ClassifiedSearchable, IllustratedMixin, ContentPage):
    """A practical kit: a purpose, its audience, steps, and editable tools."""

    purpose = RichTextField(_("purpose"), features=["bold", "italic", "link", "ul", "ol"])
    audience = models.TextField(_("for whom"))

    downloads_relation = "tools"
    tags = ClusterTaggableManager(verbose_name=_("tags"), through=KitPageTag, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("purpose"),
        FieldPanel("audience"),
        InlinePanel("steps", heading=_("Steps"), label=_("step"), min_num=1),
        InlinePanel("tools", heading=_("Tools"), label=_("tool")),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("purpose"),
        index.SearchField("audience"),
        index.RelatedFields(
            "steps", [index.SearchField("title"), index.SearchField("description")]
        ),
    ]
    search_kind = Kind.KIT
    # Every kit is a "boîte à outils": its kicker says "Kit" only.
    kicker_detail = ""
    parent_page_types = ["kits.KitIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("kit")
        verbose_name_plural = _("kits")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = self.steps.all()
        context["tools"] = self.page_downloads
        return context

    def markdown_sections(self, request):
        steps = "\n".join(
            f"{number}. **{plain(step.title)}**  \n   {plain(step.description)}"
            for number, step in enumerate(self.steps.all(), start=1)
        )
        return [
            "## " + gettext("Purpose of the kit"),
            self.rich_text_markdown(request, self.purpose),
            "## " + gettext("For whom?"),
            plain(self.audience),
            steps and "## " + gettext("The steps") + "\n\n" + steps,
            self.downloads_markdown(request, gettext("Tools to download")),
        ]


class KitStep(Orderable):
    page = ParentalKey(KitPage, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"))

    panels = [FieldPanel("title"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("step")
        verbose_name_plural = _("steps")


class KitTool(PageDownload):
    page = ParentalKey(KitPage, on_delete=models.CASCADE, related_name="tools")

    class Meta(PageDownload.Meta):
        verbose_name = _("tool")
        verbose_name_plural = _("tools")
