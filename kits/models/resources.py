from django.db import models
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.content import ContentPage
from core.restrictions import private_q
from core.sections import SectionPage
from documents.models import PageDownload
from kits.markdown import Link, MarkdownExportMixin, facts_list
from search.facets import Kind as SearchKind
from search.registry import ClassifiedSearchable


class ResourceIndexPage(SectionPage):
    """The resource bank, filtered by kind of resource (`?type=`)."""

    subpage_types = ["kits.ResourcePage"]
    listing_template = "kits/resource_index_page.html"
    count_text = ngettext_lazy("%(count)d resource.", "%(count)d resources.", "count")
    empty_text = _("No resource of this kind is published yet.")

    class Meta:
        verbose_name = _("resource bank")

    @staticmethod
    def chosen_kind(request) -> str:
        kind = request.GET.get("type", "")
        return kind if kind in ResourcePage.Kind.values else ""

    def get_listing(self, request):
        resources = (
            ResourcePage.objects.live()
            .exclude(private_q())
            .child_of(self)
            .select_related("support_type")
        )
        if kind := self.chosen_kind(request):
            resources = resources.filter(kind=kind)
        return resources.order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["kinds"] = ResourcePage.Kind.choices
        context["current_kind"] = self.chosen_kind(request)
        return context


class ResourcePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "kits.ResourcePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ResourcePage(MarkdownExportMixin, ClassifiedSearchable, ContentPage):
    """An entry of the resource bank, documented to one template.

    What it is for, for whom, how to mobilise it, points of vigilance: the body's
    sections; who provides it, where, at what cost: the fields beside it.
    """

    class Kind(models.TextChoices):
        METHODOLOGY = "methodology", _("Methodology")
        SCHEME = "scheme", _("Scheme")
        PUBLIC_SERVICE = "public_service", _("Public service")
        PRIVATE_SERVICE = "private_service", _("Private service")

    kind = models.CharField(_("kind of resource"), max_length=20, choices=Kind)
    provider = models.CharField(_("provided by"), max_length=255, blank=True)
    website = models.URLField(_("website"), blank=True)
    coverage = models.CharField(_("territory covered"), max_length=255, blank=True)
    cost = models.CharField(_("cost"), max_length=255, blank=True)
    how_to_access = models.TextField(_("how to access it"), blank=True)
    body = RichTextField(
        _("documentation"),
        features=["h3", "bold", "italic", "ol", "ul", "link", "document-link"],
        help_text=_(
            "Sections: What is it for? For whom? How to mobilise it? Points of vigilance."
        ),
    )

    downloads_relation = "attachments"
    tags = ClusterTaggableManager(verbose_name=_("tags"), through=ResourcePageTag, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("provider"),
                FieldPanel("website"),
                FieldPanel("coverage"),
                FieldPanel("cost"),
                FieldPanel("how_to_access"),
            ],
            heading=_("Identity card"),
        ),
        FieldPanel("body"),
        InlinePanel("attachments", heading=_("Attachments"), label=_("attachment")),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("provider"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    search_kind = SearchKind.RESOURCE
    parent_page_types = ["kits.ResourceIndexPage", "communities.CommunityPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def markdown_sections(self, request):
        identity = facts_list(
            [
                (gettext("Kind of resource"), self.get_kind_display()),
                (gettext("Provided by"), self.provider),
                (gettext("Website"), Link(self.website) if self.website else ""),
                (gettext("Territory covered"), self.coverage),
                (gettext("Cost"), self.cost),
                (gettext("How to access it"), self.how_to_access),
            ]
        )
        return [
            "## " + gettext("Identity sheet") + "\n\n" + identity,
            "## " + gettext("Documentation"),
            self.rich_text_markdown(request, self.body),
            self.downloads_markdown(request, gettext("Documents to download")),
        ]

    @property
    def kicker_detail(self) -> str:
        """Its kind ("Service public") tells more than its support type (core.cards.kicker)."""
        return self.get_kind_display()


class ResourceAttachment(PageDownload):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="attachments")

    class Meta(PageDownload.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
