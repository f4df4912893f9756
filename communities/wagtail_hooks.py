from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from .membership import access_of, can_manage_members, managed_communities
from .models import CommunityPage
from .views import CommunityMembersView, MembershipIndexView


@hooks.register("register_admin_urls")
def register_membership_urls():
    return [
        path("communautes/membres/", MembershipIndexView.as_view(), name="community_membership"),
        path(
            "communautes/<int:page_id>/membres/",
            CommunityMembersView.as_view(),
            name="community_members",
        ),
    ]


class MembershipMenuItem(MenuItem):
    def is_shown(self, request):
        return managed_communities(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_membership_menu_item():
    return MembershipMenuItem(
        _("Community members"),
        reverse("community_membership"),
        name="community-members",
        icon_name="group",
        order=260,
    )


@hooks.register("register_page_header_buttons")
def community_members_button(page, user, view_name, next_url=None):
    if page.specific_class is CommunityPage and can_manage_members(user, access_of(page)):
        yield Button(
            _("Members"),
            reverse("community_members", args=[page.pk]),
            icon_name="group",
            priority=40,
        )
