"""The map of places in the site's menu: a Wagtail page gives its title and introduction."""

from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.forms import PageForm


class PlaceMapPage(Page):
    """The entry « Lieux » of the main menu, which lists the home page's children.

    The map itself is a Django view at /lieux/ (places/map.py), ahead of Wagtail's pages
    in the URLs: its list must follow every change of a place at once, which the cache of
    whole Wagtail pages would delay. Under another address (a changed slug) the page
    sends its visitors there.
    """

    base_form_class = PageForm
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("map of places")
        verbose_name_plural = _("maps of places")

    def serve(self, request, *args, **kwargs):
        return redirect("places:map")
