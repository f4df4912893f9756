"""The admin screens where a community's administrators manage its members."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.invitations import get_or_invite
from accounts.mail import send_templated_mail
from accounts.notifications import NotificationKind
from accounts.notifications import notify as notify_member

from .forms import InviteForm, RemoveForm, RoleForm
from .joining import pending_counts
from .membership import (
    ROLE_CHOICES,
    ROLE_HEADINGS,
    ROLE_LABELS,
    access_of,
    can_manage_members,
    displayed_username,
    managed_communities,
    members_by_role,
    remove_member,
    role_of,
    set_role,
)
from .models import CommunityPage

User = get_user_model()
MAX_SEARCH_RESULTS = 20


class MembershipIndexView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Community members")
    header_icon = "group"
    template_name = "communities/admin/membership_index.html"

    def dispatch(self, request, *args, **kwargs):
        self.communities = list(managed_communities(request.user))
        if not self.communities:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        pending = pending_counts([community.pk for community in self.communities])
        return super().get_context_data(
            communities=[
                (community, pending.get(community.pk, 0)) for community in self.communities
            ],
            **kwargs,
        )


class CommunityMembersView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "group"
    template_name = "communities/admin/community_members.html"

    def dispatch(self, request, page_id):
        self.community = get_object_or_404(CommunityPage, pk=page_id)
        self.access = access_of(self.community)
        if not can_manage_members(request.user, self.access):
            return permission_denied(request)
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Members of %(community)s") % {"community": self.community.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("community_membership"), "label": _("Community members")},
            {"url": "", "label": self.community.title},
        ]

    @cached_property
    def query(self) -> str:
        return self.request.GET.get("q", "").strip()[:150]

    def search_users(self):
        """Accounts whose names hold every word of the query, or whose e-mail address is the
        query, whole and alone.

        Neither addresses nor usernames are matched in part, and neither is shown, so
        that the screen cannot be used to collect the addresses of the hub's users.
        """
        if not self.query:
            return []
        if "@" in self.query:
            matches = Q(email__iexact=self.query)
        else:
            matches = Q()
            for word in self.query.split():
                matches &= Q(first_name__icontains=word) | Q(last_name__icontains=word)
        accounts = User.objects.filter(matches, is_active=True).order_by(
            "last_name", "first_name", "username"
        )[:MAX_SEARCH_RESULTS]
        return [
            (account, role_of(account, self.access), displayed_username(account))
            for account in accounts
        ]

    def get_context_data(self, **kwargs):
        kwargs.setdefault("invite_form", InviteForm())
        return super().get_context_data(
            community=self.community,
            pending_requests=pending_counts([self.community.pk]).get(self.community.pk, 0),
            members=[
                (
                    role,
                    ROLE_HEADINGS[role],
                    [(user, displayed_username(user)) for user in users],
                )
                for role, users in members_by_role(self.access).items()
            ],
            query=self.query,
            results=self.search_users(),
            role_choices=ROLE_CHOICES,
            **kwargs,
        )

    def post(self, request, page_id):
        action = request.POST.get("action")
        if action == "invite":
            form = InviteForm(request.POST)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(invite_form=form))
            self.invite(form.cleaned_data["email"], form.cleaned_data["role"])
        elif action == "add":
            form = RoleForm(request.POST)
            if form.is_valid():
                self.add(form.cleaned_data["user"], form.cleaned_data["role"])
            else:
                messages.error(request, _("Choose an account and a role."))
        elif action == "remove":
            form = RemoveForm(request.POST)
            if form.is_valid():
                self.remove(form.cleaned_data["user"])
        return redirect("community_members", page_id=self.community.pk)

    def add(self, user, role: str, notify: bool = True) -> None:
        set_role(user, self.access, role)
        messages.success(
            self.request,
            _("%(user)s is now %(role)s of the community.")
            % {
                "user": user.get_full_name() or displayed_username(user),
                "role": ROLE_LABELS[role],
            },
        )
        if notify and user.email:
            send_templated_mail(
                user.email,
                _("You have joined %(community)s on RhinOcc")
                % {"community": self.community.title},
                "added_to_community.txt",
                {
                    "place": self.community.title,
                    "role": ROLE_LABELS[role],
                    "inviter": self.request.user.get_full_name()
                    or self.request.user.get_username(),
                    "login_link": self.request.build_absolute_uri(reverse("accounts:login")),
                },
            )
        if notify:
            # Also in their Mon espace (accounts/notifications.py), once a day per community.
            notify_member(
                user,
                NotificationKind.INVITATION,
                text=_("You were added to the community “%(community)s” as %(role)s.")
                % {"community": self.community.title, "role": ROLE_LABELS[role]},
                url=self.community.url or "",
                key=f"community:{self.community.pk}",
            )

    def invite(self, email: str, role: str) -> None:
        user, invited = get_or_invite(self.request, email, self.community.title)
        self.add(user, role, notify=not invited)
        if invited:
            messages.success(
                self.request, _("An invitation was sent to %(email)s.") % {"email": email}
            )

    def remove(self, user) -> None:
        if user == self.request.user:
            messages.error(
                self.request,
                _("You cannot remove yourself: ask another administrator of the community."),
            )
            return
        remove_member(user, self.access)
        messages.success(
            self.request,
            _("%(user)s is no longer a member of the community.")
            % {"user": user.get_full_name() or displayed_username(user)},
        )
