"""The hub's home page, standard pages and site-wide settings."""

from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from catalogue.models import TrainingCataloguePage, with_module_counts
from communities.models import CommunityPage, community_cards
from core.cards import prefetch_card_relations
from core.forms import PageForm
from core.generations import per_generation
from core.permissions import AnchorPagePermissionTester
from core.restrictions import private_q
from core.routing import DirectRoutingMixin
from core.sections import SectionPage
from kits.models import WorkshopContentPage

BODY_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HomePage(DirectRoutingMixin, Page):
    """The hub: its aims and missions, key figures, and the contents editors feature."""

    base_form_class = PageForm
    hero_title = models.CharField(_("tagline"), max_length=255)
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"])
    aims = RichTextField(_("aims"), features=["bold", "italic", "ol", "ul"], blank=True)
    featured_selection = models.ForeignKey(
        "home.SelectionPage",
        verbose_name=_("featured selection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An editorial selection shown as a block of the home page."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("intro"),
        FieldPanel("aims"),
        InlinePanel("featured_pages", heading=_("Featured contents"), label=_("featured content")),
        FieldPanel("featured_selection"),
        InlinePanel("missions", heading=_("Missions"), label=_("mission")),
        InlinePanel("key_figures", heading=_("Key figures"), label=_("key figure")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    # How many pages of the featured selection the home page shows.
    selection_size = 6

    class Meta:
        verbose_name = _("home page")

    def permissions_for_user(self, user):
        return AnchorPagePermissionTester(user, self)

    @cached_property
    def private_sections(self) -> Q:
        """The private parts of the site, for all the blocks of the page (each `.public()`
        would look them up again)."""
        return private_q()

    def visible(self, pages):
        return pages.live().exclude(self.private_sections)

    def listed(self, pages):
        """What a curated block may show: visible pages, and every community's card."""
        return pages.live().filter(~self.private_sections | community_cards())

    def get_curated_pages(self) -> tuple[list[Page], "SelectionPage | None", list]:
        """The featured pages, the featured selection and its first entries.

        Live and public only (and community cards, private or not), in the editors'
        order. Both blocks share one load of their pages, one query per page type.
        """
        featured_ids = [item.page_id for item in self.featured_pages.all()]
        items = []
        if self.featured_selection_id:
            items = list(SelectionItem.objects.filter(selection_id=self.featured_selection_id))
        page_ids = {*featured_ids, self.featured_selection_id, *(item.page_id for item in items)}
        pages = self.listed(Page.objects.filter(pk__in=page_ids - {None})).specific().in_bulk()
        featured = [pages[pk] for pk in featured_ids if pk in pages]
        selection = pages.get(self.featured_selection_id)
        if selection is None:
            return featured, None, []
        return featured, selection, with_pages(items, pages)[: self.selection_size]

    def get_latest_contents(self, count: int = 6):
        return self.visible(WorkshopContentPage.objects.order_by("-first_published_at"))[:count]

    def get_catalogues(self):
        return with_module_counts(
            self.visible(TrainingCataloguePage.objects.descendant_of(self)),
            private_sections=self.private_sections,
        )

    def get_communities(self, count: int = 4):
        return CommunityPage.objects.live().descendant_of(self).order_by("title")[:count]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            sections = self.get_sections()
        else:
            # The same for every visitor (public pages and community cards only): read
            # once per generation of published content.
            sections = per_generation(f"home-sections:{self.pk}", lambda: self.get_sections())
        # The cards of every section share one load of images and renditions, read on
        # every render: a rendition made since would be missing from a cached copy.
        prefetch_card_relations(
            [page for name in CARD_SECTIONS for page in sections[name]]
            + sections["selection_pages"]
        )
        context.update(sections)
        return context

    def get_sections(self) -> dict:
        featured_pages, selection, selection_items = self.get_curated_pages()
        return {
            "featured_pages": featured_pages,
            "latest_contents": list(self.get_latest_contents()),
            "catalogues": list(self.get_catalogues()),
            "communities": list(self.get_communities()),
            "selection": selection,
            "selection_items": selection_items,
            "selection_pages": [item.page for item in selection_items],
            "missions": list(self.missions.all()),
            "key_figures": list(self.key_figures.all()),
        }


# The home page's blocks of cards.
CARD_SECTIONS = ("featured_pages", "latest_contents", "catalogues", "communities")


def with_pages(items, pages: dict) -> list:
    """The selection entries whose page is in `pages`, each given its (specific) page."""
    shown = []
    for item in items:
        if item.page_id in pages:
            item.page = pages[item.page_id]
            shown.append(item)
    return shown


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

    base_form_class = PageForm
    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), features=BODY_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class SelectionIndexPage(SectionPage):
    """The hub's editorial selections, newest first."""

    subpage_types = ["home.SelectionPage"]
    empty_text = _("No selection is published yet.")

    class Meta:
        verbose_name = _("selection index")

    def get_listing(self, request):
        return (
            SelectionPage.objects.live()
            .exclude(private_q())
            .child_of(self)
            .order_by("-first_published_at")
        )


class SelectionPage(Page):
    """An editorial selection: an ordered, introduced list of pages of any type."""

    base_form_class = PageForm
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("items", heading=_("Selected pages"), label=_("selected page"), min_num=1),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.SelectionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("selection")
        verbose_name_plural = _("selections")

    def get_items(self) -> list["SelectionItem"]:
        """The entries whose page is live and public (or a community's card, private
        or not), in the editors' order.

        Each entry's `page` is its specific page, loaded with one query per page type.
        """
        items = list(self.items.all())
        page_ids = [item.page_id for item in items]
        listed = ~private_q() | community_cards()
        pages = Page.objects.live().filter(listed, pk__in=page_ids).specific().in_bulk()
        return with_pages(items, pages)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.get_items()
        prefetch_card_relations(item.page for item in items)
        context["items"] = items
        return context


class SelectionItem(Orderable):
    selection = ParentalKey(SelectionPage, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    note = models.TextField(
        _("editor's note"),
        blank=True,
        help_text=_("Why this page is in the selection, in a sentence or two."),
    )

    panels = [FieldPanel("page"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("selected page")
        verbose_name_plural = _("selected pages")


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

    @classmethod
    def for_site(cls, site):
        # Every page's footer reads them: once per generation of published content, which
        # their changes bump (rhinocc.signals), and so do their pages' (publish, move).
        return per_generation(f"site-settings:{site.pk}", lambda: cls.read_or_create(site))

    @classmethod
    def read_or_create(cls, site):
        if site is None:
            raise cls.DoesNotExist(f"{cls} does not exist for site None.")
        settings = cls.base_queryset().filter(site=site).first()
        if settings is None:
            # Empty, as Wagtail creates them when first read: nothing any page shows
            # changes, so the generation is not bumped (rhinocc.signals).
            settings = cls(site=site)
            settings.created_empty = True
            settings.save()
            del settings.created_empty  # its next saves are an editor's
        return settings

    panels = [
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("footer_text")], _("Footer")),
        FieldPanel("legal_notice_page"),
        FieldPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = _("site settings")
