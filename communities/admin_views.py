"""A community administrator's screens for join requests and share links.

Both are refused (Wagtail's "permission denied") to anyone who does not manage the
community's members: its other roles, other communities' administrators, the hub's
editors who are not superusers.
"""

import datetime

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from .forms import ShareLinkForm
from .joining import answer, display_name, pending_counts
from .membership import access_of, can_manage_members
from .models import CommunityPage, JoinRequest, ShareLink
from .sharing import create_link, share_url

PER_PAGE = 30
CREATED_SESSION_KEY = "communities:new-share-link"


class CommunityAdminView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "group"
    screen_label = ""

    def dispatch(self, request, page_id):
        self.community = get_object_or_404(CommunityPage, pk=page_id)
        self.access = access_of(self.community)
        if not can_manage_members(request.user, self.access):
            return permission_denied(request)
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return self.screen_label

    def get_page_subtitle(self):
        return self.community.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("community_membership"), "label": _("Community members")},
            {
                "url": reverse("community_members", args=[self.community.pk]),
                "label": self.community.title,
            },
            {"url": "", "label": self.screen_label},
        ]


class JoinRequestsView(CommunityAdminView):
    template_name = "communities/admin/join_requests.html"

    @property
    def screen_label(self):
        return _("Join requests")

    def get_context_data(self, **kwargs):
        requests = (
            JoinRequest.objects.filter(community=self.community)
            .select_related("user", "answered_by")
            .annotate(
                waiting=Case(
                    When(state=JoinRequest.State.PENDING, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("waiting", "-created_at", "-pk")
        )
        page_obj = Paginator(requests, PER_PAGE).get_page(self.request.GET.get("p"))
        return super().get_context_data(
            community=self.community,
            page_obj=page_obj,
            pending_count=pending_counts([self.community.pk]).get(self.community.pk, 0),
            **kwargs,
        )

    def post(self, request, page_id):
        action = request.POST.get("action")
        pk = request.POST.get("request", "")
        join_request = (
            JoinRequest.objects.filter(community=self.community, pk=pk)
            .select_related("user", "community")
            .first()
            if pk.isdigit()
            else None
        )
        if join_request is None or action not in ("accept", "decline"):
            messages.error(request, _("This request does not exist."))
        elif not answer(request, join_request, accept=action == "accept"):
            messages.error(request, _("This request was already answered or withdrawn."))
        elif action == "accept":
            messages.success(
                request,
                _("%(member)s is now a member of the community.")
                % {"member": display_name(join_request.user)},
            )
        else:
            messages.success(
                request,
                _("The request of %(member)s was declined.")
                % {"member": display_name(join_request.user)},
            )
        return redirect("community_join_requests", page_id=self.community.pk)


@method_decorator(never_cache, name="dispatch")
class ShareLinksView(CommunityAdminView):
    template_name = "communities/admin/share_links.html"

    @property
    def screen_label(self):
        return _("Share links")

    def contents(self):
        return (
            Page.objects.live()
            .descendant_of(self.community)
            .only("pk", "title", "path", "depth")
            .order_by("path")
        )

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", ShareLinkForm(contents=self.contents()))
        links = (
            ShareLink.objects.filter(community=self.community)
            .select_related("page", "created_by")
            .order_by("revoked_at", "-created_at", "-pk")
        )
        page_obj = Paginator(links, PER_PAGE).get_page(self.request.GET.get("p"))
        created = self.request.session.pop(CREATED_SESSION_KEY, None)
        return super().get_context_data(
            community=self.community,
            page_obj=page_obj,
            now=timezone.now(),
            created=created,
            **kwargs,
        )

    def post(self, request, page_id):
        if request.POST.get("action") == "revoke":
            self.revoke(request.POST.get("link", ""))
            return redirect("community_share_links", page_id=self.community.pk)
        if not self.community.is_private:
            messages.error(request, _("This space is public: its contents need no share link."))
            return redirect("community_share_links", page_id=self.community.pk)
        contents = list(self.contents())
        form = ShareLinkForm(request.POST, contents=contents)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        target = form.cleaned_data["target"]
        page = next((p for p in contents if str(p.pk) == target), None)
        expires_on = form.cleaned_data["expires_on"]
        expires_at = (
            timezone.make_aware(datetime.datetime.combine(expires_on, datetime.time.max))
            if expires_on
            else None
        )
        link, token = create_link(
            community=self.community,
            page=page,
            label=form.cleaned_data["label"],
            expires_at=expires_at,
            created_by=request.user,
        )
        # Shown once, on the next page: only the token's hash is kept.
        request.session[CREATED_SESSION_KEY] = {
            "label": link.label,
            "url": request.build_absolute_uri(share_url(token)),
        }
        return redirect("community_share_links", page_id=self.community.pk)

    def revoke(self, pk: str) -> None:
        revoked = (
            ShareLink.objects.filter(community=self.community, pk=pk, revoked_at=None).update(
                revoked_at=timezone.now()
            )
            if pk.isdigit()
            else 0
        )
        if revoked:
            messages.success(self.request, _("The link was revoked: it opens nothing any more."))
        else:
            messages.error(self.request, _("This link does not exist or was already revoked."))
