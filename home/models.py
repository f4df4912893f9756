"""The hub's home page, standard pages and site-wide settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from catalogue.models import TrainingCatalogPage, with_module_counts
from communities.models import CommunityPage
from home.cards import prefetch_card_relations
from kits.models import WorkshopContentPage

BODY_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HomePage(Page):
    """The hub: its aims and missions, key figures, and the contents editors feature."""

    hero_title = models.CharField(_("tagline"), max_length=255)
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"])
    aims = RichTextField(_("aims"), features=["bold", "italic", "ol", "ul"], blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("intro"),
        FieldPanel("aims"),
        InlinePanel("featured_pages", heading=_("Featured contents"), label=_("featured content")),
        InlinePanel("missions", heading=_("Missions"), label=_("mission")),
        InlinePanel("key_figures", heading=_("Key figures"), label=_("key figure")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_featured_pages(self) -> list[Page]:
        """The pages editors featured, live and public, in their chosen order."""
        page_ids = [item.page_id for item in self.featured_pages.all()]
        pages = Page.objects.live().public().filter(pk__in=page_ids).specific().in_bulk()
        return [pages[pk] for pk in page_ids if pk in pages]

    def get_latest_contents(self, count: int = 6):
        return WorkshopContentPage.objects.live().public().order_by("-first_published_at")[:count]

    def get_catalogs(self):
        return with_module_counts(TrainingCatalogPage.objects.live().public().descendant_of(self))

    def get_communities(self, count: int = 4):
        return CommunityPage.objects.live().descendant_of(self).order_by("title")[:count]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = {
            "featured_pages": self.get_featured_pages(),
            "latest_contents": list(self.get_latest_contents()),
            "catalogs": self.get_catalogs(),
            "communities": list(self.get_communities()),
        }
        # The cards of every section share one load of images, renditions and types.
        prefetch_card_relations(page for pages in sections.values() for page in pages)
        context.update(sections)
        context["missions"] = self.missions.all()
        context["key_figures"] = self.key_figures.all()
        return context


class HomePageFeaturedPage(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_pages")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured content")
        verbose_name_plural = _("featured contents")


class HubMission(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="missions")
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"))

    panels = [FieldPanel("title"), FieldPanel("summary")]

    class Meta(Orderable.Meta):
        verbose_name = _("mission")
        verbose_name_plural = _("missions")


class KeyFigure(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="key_figures")
    value = models.CharField(_("figure"), max_length=30)
    label = models.CharField(_("label"), max_length=255)

    panels = [FieldPanel("value"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")


class StandardPage(Page):
    """A page of text: about the hub, legal notice, accessibility statement."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), features=BODY_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    contact_email = models.EmailField(_("contact email"), blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Every page's footer links to both pages.
    select_related = ["legal_notice_page", "accessibility_page"]

    panels = [
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("footer_text")], _("Footer")),
        FieldPanel("legal_notice_page"),
        FieldPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = _("site settings")
