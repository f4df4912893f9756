from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from . import admin, moderation, structured_data  # noqa: F401 — registers the Place builder
from .models import Place, Proposal
from .permissions import PlacePermissionPolicy

register_permission_policy(Place, PlacePermissionPolicy(Place))


class PlaceViewSet(ModelViewSet):
    model = Place
    name = "places_admin"
    url_prefix = "lieux"
    icon = "site"
    menu_label = _("Places")
    list_display = ["nom", "commune", "department_code", "status", "date_maj"]
    list_export = ["local_id", "nom", "pivot", "commune", "code_postal", "status", "date_maj"]
    filterset_class = admin.PlaceFilterSet
    search_fields = ["nom", "commune", "pivot", "adresse", "code_postal"]
    search_backend_name = None
    ordering = ["nom"]
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = admin.PlaceIndexView
    edit_view_class = admin.PlaceEditView
    delete_view_class = admin.PlaceDeleteView
    inspect_view_class = admin.PlaceInspectView
    usage_view_class = admin.PlaceUsageView


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin.policy().manages_every_place(request.user)


class PlaceImportViewSet(ViewSet):
    name = "places_import"
    url_prefix = "lieux-import"
    icon = "upload"
    menu_label = _("Import places")
    menu_item_class = ImportMenuItem

    def get_urlpatterns(self):
        return [path("", admin.PlaceImportView.as_view(), name="index")]


class PlacesGroup(ViewSetGroup):
    menu_label = _("Places")
    menu_icon = "site"
    menu_order = 250
    items = (PlaceViewSet, PlaceImportViewSet)


@hooks.register("register_admin_viewset")
def register_places():
    return PlacesGroup()


@hooks.register("register_sitemap")
def register_places_sitemap():
    """The published places in sitemap.xml (syndication.sitemaps), dated by their
    `date_maj`; a change to a place makes the cached sitemap stale."""
    from django.contrib.sitemaps import Sitemap

    class PlaceSitemap(Sitemap):
        invalidated_by = (Place,)

        def items(self):
            return Place.objects.published().only("slug", "date_maj").order_by("pk")

        def lastmod(self, place):
            return place.date_maj

    return "lieux", PlaceSitemap


# The census's moderation queue (places.moderation), in the places menu.
register_permission_policy(Proposal, moderation.ProposalPermissionPolicy(Proposal))


class ProposalViewSet(ModelViewSet):
    model = Proposal
    name = "places_proposals"
    url_prefix = "lieux-propositions"
    icon = "form"
    menu_label = _("Place proposals")
    menu_item_class = moderation.ProposalMenuItem
    list_display = moderation.LIST_DISPLAY
    filterset_class = moderation.ProposalFilterSet
    ordering = ["-created_at"]
    list_per_page = 30
    inspect_view_enabled = False
    copy_view_enabled = False
    # The review screen replaces the edit form (ModelViewSet asks for form fields).
    form_fields = ["refusal_message"]

    @property
    def edit_view(self):
        return moderation.ReviewView.as_view()


PlacesGroup.items = (*PlacesGroup.items, ProposalViewSet)


@hooks.register("register_admin_viewset")
def register_place_chooser():
    """The place chooser of a training session's « place on the map » (places/choosers.py)."""
    from .choosers import place_chooser_viewset

    return place_chooser_viewset
