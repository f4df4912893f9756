"""The abstract page every section of the site derives from: a listing of cards."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .forms import PageForm
from .pagination import paginate


class SectionPage(Page):
    """A section under the home page (trainings, kits, contents…): one of each kind.

    It lists its live public children as cards, a page at a time. A subclass says
    what it lists (`get_listing`) and in what words (`count_text`, `empty_text`).
    """

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    base_form_class = PageForm
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count = 1

    # "%(count)d kits available": ngettext_lazy(singular, plural, "count"), or None.
    count_text = None
    empty_text = _("Nothing is published here yet.")
    cards_classname = "cards"
    # Every section shares one template; one that shows more extends it.
    listing_template = "core/section_page.html"

    class Meta:
        abstract = True

    def get_listing(self, request):
        """What the section lists, in order (a queryset or a list)."""
        raise NotImplementedError

    def get_template(self, request, *args, **kwargs):
        return self.listing_template

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = paginate(request, self.get_listing(request))
        context["items"] = items
        if self.count_text:
            count = items.paginator.count
            context["count_summary"] = self.count_text % {"count": count}
        return context
