""" "Mes communautés" in Mon espace (accounts/member_area.py): the communities the member
belongs to, public and private, with their role, their latest contents the member may
open and, for administrators, the invitations still waiting to be accepted and the join
requests waiting for an answer. "Mes demandes d'adhésion": the member's own requests to
join private spaces, with their state, a pending one withdrawn from there.

Registered from wagtail_hooks.py. Six queries whatever the number of communities; two
for the requests.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db.models import Count, F, Q, Window
from django.db.models.functions import RowNumber, Substr
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from accounts.member_area import MemberAreaPanel, paginate
from core.restrictions import visible_to

from .joining import pending_counts
from .membership import ROLE_LABELS
from .models import CommunityAccess, CommunityPage, JoinRequest

LATEST_CONTENTS = 3


@dataclass(frozen=True)
class LatestContent:
    title: str
    url: str
    kind: str


def kind_of(page: Page) -> str:
    model = page.content_type.model_class()
    return str(model._meta.verbose_name) if model is not None else ""


@dataclass
class Membership:
    community: CommunityPage
    role: str
    role_label: str
    url: str
    latest: list = field(default_factory=list)
    explorer_url: str | None = None
    members_url: str | None = None
    pending_invitations: int = 0
    requests_url: str | None = None
    pending_requests: int = 0


def memberships(user, group_ids: set[int]):
    """The live communities `user` belongs to, through one of their three groups."""
    return (
        CommunityAccess.objects.filter(page__live=True)
        .filter(
            Q(administrators_id__in=group_ids)
            | Q(contributors_id__in=group_ids)
            | Q(members_id__in=group_ids)
        )
        .select_related("page")
        .order_by("page__title", "page__pk")
    )


def role_in(access: CommunityAccess, group_ids: set[int]) -> str:
    """The highest of the member's roles in the community."""
    for role, group_id in (
        ("administrators", access.administrators_id),
        ("contributors", access.contributors_id),
        ("members", access.members_id),
    ):
        if group_id in group_ids:
            return role
    return "members"


def latest_contents(request, communities: list[CommunityPage]) -> dict[str, list[Page]]:
    """The newest live children of each community that this visitor may open, by the
    community's path, in one query (a window numbers them within each community)."""
    if not communities:
        return {}
    children = Q()
    for community in communities:
        children |= Q(path__startswith=community.path, depth=community.depth + 1)
    parent_path = Substr("path", 1, (F("depth") - 1) * Page.steplen)
    pages = (
        visible_to(Page.objects.live().filter(children), request)
        .select_related("content_type")
        .annotate(
            parent_path=parent_path,
            rank=Window(
                RowNumber(),
                partition_by=[parent_path],
                order_by=[F("first_published_at").desc(nulls_last=True), F("title").asc()],
            ),
        )
        .filter(rank__lte=LATEST_CONTENTS)
        .order_by("parent_path", "rank")
    )
    latest: dict[str, list[Page]] = {}
    for page in pages:
        latest.setdefault(page.parent_path, []).append(page)
    return latest


def pending_invitations(accesses: list[CommunityAccess]) -> dict[int, int]:
    """Accounts invited into each community that have not chosen a password yet
    (accounts.invitations.is_pending), counted by community page id."""
    group_to_page = {
        group_id: access.page_id
        for access in accesses
        for group_id in (access.administrators_id, access.contributors_id, access.members_id)
        if group_id is not None
    }
    if not group_to_page:
        return {}
    counts = (
        get_user_model()
        ._default_manager.filter(
            groups__in=group_to_page,
            last_login__isnull=True,
            password__startswith=UNUSABLE_PASSWORD_PREFIX,
        )
        .values("groups")
        .annotate(count=Count("pk"))
    )
    pending: dict[int, int] = {}
    for row in counts:
        page_id = group_to_page[row["groups"]]
        pending[page_id] = pending.get(page_id, 0) + row["count"]
    return pending


class MyCommunitiesPanel(MemberAreaPanel):
    name = "communities"
    heading = _("My communities")
    order = 20
    template_name = "communities/member_area/communities.html"
    parameter = "communautes"

    def __init__(self, request):
        super().__init__(request)
        user = request.user
        self.group_ids = set(user.groups.values_list("pk", flat=True))
        self.page_of_accesses = paginate(
            request, memberships(user, self.group_ids), self.parameter
        )

    def get_context_data(self, parent_context=None) -> dict:
        accesses = list(self.page_of_accesses.object_list)
        latest = latest_contents(self.request, [access.page for access in accesses])
        administered = [
            access for access in accesses if role_in(access, self.group_ids) == "administrators"
        ]
        pending = pending_invitations(administered)
        requests = pending_counts([access.page_id for access in administered])
        items = []
        for access in accesses:
            community, role = access.page, role_in(access, self.group_ids)
            item = Membership(
                community=community,
                role=role,
                role_label=ROLE_LABELS[role],
                url=community.get_url(self.request),
                latest=[
                    LatestContent(page.title, page.get_url(self.request), kind_of(page))
                    for page in latest.get(community.path, [])
                ],
            )
            if role in ("administrators", "contributors"):
                item.explorer_url = reverse("wagtailadmin_explore", args=[community.pk])
            if role == "administrators":
                item.members_url = reverse("community_members", args=[community.pk])
                item.pending_invitations = pending.get(community.pk, 0)
                if community.is_private:
                    item.requests_url = reverse("community_join_requests", args=[community.pk])
                    item.pending_requests = requests.get(community.pk, 0)
            items.append(item)
        return {
            **super().get_context_data(parent_context),
            "memberships": items,
            "page_obj": self.page_of_accesses,
            "parameter": self.parameter,
        }


class MyRequestsPanel(MemberAreaPanel):
    """The member's requests to join private spaces, newest first; shown once there is one."""

    name = "requests"
    heading = _("My join requests")
    order = 25
    template_name = "communities/member_area/requests.html"
    parameter = "demandes"

    def __init__(self, request):
        super().__init__(request)
        self.page_of_requests = paginate(
            request,
            JoinRequest.objects.filter(user=request.user)
            .select_related("community")
            .order_by("-created_at", "-pk"),
            self.parameter,
        )

    def is_shown(self) -> bool:
        return self.page_of_requests.paginator.count > 0

    def get_context_data(self, parent_context=None) -> dict:
        return {
            **super().get_context_data(parent_context),
            "join_requests": self.page_of_requests.object_list,
            "page_obj": self.page_of_requests,
            "parameter": self.parameter,
            "csrf_token": get_token(self.request),
        }
