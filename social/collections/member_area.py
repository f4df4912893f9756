""" "Mes collections" in Mon espace (accounts/member_area.py): my collections and my
communities' ones, with their number of items. Two queries whatever their number."""

from django.utils.translation import gettext_lazy as _

from accounts.member_area import MemberAreaPanel, paginate

from .access import curated_by, with_item_counts


class MyCollectionsPanel(MemberAreaPanel):
    name = "collections"
    heading = _("My collections")
    order = 30
    template_name = "social/collections/member_area.html"
    parameter = "collections"

    def __init__(self, request):
        super().__init__(request)
        collections = (
            curated_by(request.user)
            .select_related("community")
            .order_by("-is_favourites", "community__title", "title", "pk")
        )
        self.page_of_collections = paginate(request, with_item_counts(collections), self.parameter)

    def get_context_data(self, parent_context=None) -> dict:
        return {
            **super().get_context_data(parent_context),
            "collections": self.page_of_collections.object_list,
            "page_obj": self.page_of_collections,
            "parameter": self.parameter,
        }
