from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from core.dashboard import WAGTAIL_MODERATION_PANEL, replace_wagtail_panels
from core.editor_actions import register_add_child_label

from .admin_views import JoinRequestsView, ShareLinksView
from .dashboard import (
    AddContributionPanel,
    CommunityContributionsPanel,
    MyContributionsPanel,
    contributed_communities,
)
from .joining import pending_counts
from .member_area import MyCommunitiesPanel, MyRequestsPanel
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
        path(
            "communautes/<int:page_id>/demandes/",
            JoinRequestsView.as_view(),
            name="community_join_requests",
        ),
        path(
            "communautes/<int:page_id>/partages/",
            ShareLinksView.as_view(),
            name="community_share_links",
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
        if page.specific.is_private:
            pending = pending_counts([page.pk]).get(page.pk, 0)
            yield Button(
                _("Join requests (%(count)d)") % {"count": pending}
                if pending
                else _("Join requests"),
                reverse("community_join_requests", args=[page.pk]),
                icon_name="user",
                priority=41,
            )
            yield Button(
                _("Share links"),
                reverse("community_share_links", args=[page.pk]),
                icon_name="link",
                priority=42,
            )


# The explorer's add button in the page says what it adds.
register_add_child_label(CommunityPage, _("Add a content"))


@hooks.register("construct_homepage_panels")
def add_community_panels(request, panels):
    user = request.user
    candidates = [AddContributionPanel(user)]
    if managed_communities(user).exists():
        candidates.append(CommunityContributionsPanel(user))
    else:
        candidates.append(MyContributionsPanel(user))
    shown = [panel for panel in candidates if panel.is_shown()]
    if shown:
        # The work panels say which contents are in review, and which need changes.
        replace_wagtail_panels(panels, {WAGTAIL_MODERATION_PANEL})
        panels.extend(shown)


class AddContributionMenuItem(MenuItem):
    def is_shown(self, request):
        return contributed_communities(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_add_contribution_menu_item():
    return AddContributionMenuItem(
        _("Add a content"),
        reverse("wagtailadmin_home") + f"#{AddContributionPanel.name}-section",
        name="add-contribution",
        icon_name="plus",
        order=55,
    )


@hooks.register("construct_member_area_panels")
def add_my_communities_panel(request, panels):
    panels.append(MyCommunitiesPanel(request))
    panels.append(MyRequestsPanel(request))


@hooks.register("before_serve_page")
def send_outsiders_to_join(page, request, serve_args, serve_kwargs):
    """A logged-in outsider opening a private space's page is offered to ask to join it
    (communities.join_views) instead of Wagtail's login page, which could only say that
    this account may not open it. Anonymous visitors still get the login page; the pages
    under the space answer as before (site.middleware)."""
    if (
        page.specific_class is CommunityPage
        and request.user.is_authenticated
        and not all(r.accept_request(request) for r in page.get_view_restrictions())
    ):
        return redirect("communities:join", page_id=page.pk)
    return None
