from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from . import admin
from .models import Synonym


class SynonymCreateView(CreateView):
    """Opened from a search without results: the form holds the searched words already."""

    def get_initial(self):
        initial = super().get_initial()
        if terms := self.request.GET.get("termes", "").strip():
            initial["terms"] = terms[:200]
        return initial


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "resubmit"
    menu_label = _("Synonyms")
    menu_order = 310
    add_to_admin_menu = True
    add_view_class = SynonymCreateView
    list_display = ["__str__", "kind"]
    list_filter = ["kind"]
    panels = [FieldPanel("kind"), FieldPanel("searched"), FieldPanel("terms")]


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_search_admin_urls():
    urls = [
        path("", admin.UnansweredSearchesView.as_view(), name="unanswered"),
        path("mettre-en-avant/", admin.PromoteView.as_view(), name="promote"),
    ]
    return [path("recherches-sans-resultat/", include((urls, "search_admin")))]


class UnansweredSearchesMenuItem(MenuItem):
    def is_shown(self, request):
        return admin.may_curate(request.user)


@hooks.register("register_reports_menu_item")
def register_unanswered_searches_menu_item():
    return UnansweredSearchesMenuItem(
        _("Searches without results"),
        reverse("search_admin:unanswered"),
        icon_name="search",
        order=900,
    )
