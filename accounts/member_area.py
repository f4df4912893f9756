"""Mon espace (`/mon-espace/`): what a member finds about themselves, in panels.

accounts builds the page and the panels it knows about: who I am and my roles, my
contributions (the pages I own, in the hub's words), my profile. The apps above it
add theirs through the `construct_member_area_panels` hook, as Wagtail's dashboard
does with `construct_homepage_panels`: communities adds "Mes communautés" there,
so that accounts never imports them.

    @hooks.register("construct_member_area_panels")
    def add_my_panel(request, panels):
        panels.append(MyPanel(request))

Each panel reads what it shows in a fixed number of queries, whatever the member's
number of pages or communities, and pages its lists when they grow.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from laces.components import Component
from wagtail import hooks
from wagtail.models import Page, WorkflowState

from .roles import HUB_EDITORS, TRAINERS, role_descriptions

HOOK = "construct_member_area_panels"
PER_PAGE = 10


def paginate(request, items, parameter: str, per_page: int = PER_PAGE) -> PaginatorPage:
    """One page of a panel's list, chosen by its own query parameter (a stale or
    malformed number gets the nearest page)."""
    return Paginator(items, per_page).get_page(request.GET.get(parameter))


class MemberAreaPanel(Component):
    """A section of Mon espace: `order` places it, `is_shown()` leaves an empty one out.

    Rendered with the context of `get_context_data()` only (no context processors):
    `request` and `user` are there.
    """

    name: str
    heading = ""
    order = 100

    def __init__(self, request):
        self.request = request

    def is_shown(self) -> bool:
        return True

    def get_context_data(self, parent_context=None) -> dict:
        return {"panel": self, "request": self.request, "user": self.request.user}


class IdentityPanel(MemberAreaPanel):
    """Who I am, my site-wide roles, and where my editing work starts."""

    name = "identity"
    heading = _("Who I am")
    order = 10
    template_name = "accounts/member_area/identity.html"

    def get_context_data(self, parent_context=None) -> dict:
        user = self.request.user
        group_names = set(user.groups.values_list("name", flat=True))
        return {
            **super().get_context_data(parent_context),
            "roles": role_descriptions(user, group_names),
            "admin_link": admin_link(user, group_names),
        }


@dataclass(frozen=True)
class AdminLink:
    url: str
    label: str


def admin_link(user, group_names: set[str]) -> AdminLink | None:
    """The admin page where an editing role's work starts: trainers and hub editors find
    their modules, the contents to review and the catalogues on the admin's dashboard.
    Community roles get their community's page in the explorer (communities' panel)."""
    if not user.has_perm("wagtailadmin.access_admin"):
        return None
    if user.is_superuser or HUB_EDITORS in group_names:
        return AdminLink(reverse("wagtailadmin_home"), _("Open the administration dashboard"))
    if TRAINERS in group_names:
        return AdminLink(
            reverse("wagtailadmin_home"), _("My modules and the catalogues, in the administration")
        )
    return None


class ContributionState(models.TextChoices):
    """A page's state, in the hub's words."""

    DRAFT = "draft", _("draft")
    IN_REVIEW = "in_review", _("in review")
    CHANGES_REQUESTED = "changes_requested", _("changes requested")
    PUBLISHED = "published", _("published")


@dataclass(frozen=True)
class Contribution:
    """A page I own, its state said in the hub's words."""

    page: Page
    state: ContributionState
    state_label: str
    comment: str
    url: str | None
    edit_url: str | None
    kind: str


def owned_pages(user):
    """The pages this account owns, last worked on first."""
    return (
        Page.objects.filter(owner=user)
        .select_related("content_type")
        .order_by("-latest_revision_created_at", "-pk")
    )


def contributions(request, pages) -> list[Contribution]:
    """`pages` with their state: one query for their workflows, whatever their number."""
    pages = list(pages)
    page_type = ContentType.objects.get_for_model(Page)
    workflows = {
        int(state.object_id): state
        for state in WorkflowState.objects.active()
        .filter(base_content_type=page_type, object_id__in=[str(page.pk) for page in pages])
        .select_related("current_task_state")
    }
    may_edit = request.user.has_perm("wagtailadmin.access_admin")
    items = []
    for page in pages:
        workflow = workflows.get(page.pk)
        comment = ""
        if workflow is not None and workflow.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state = ContributionState.CHANGES_REQUESTED
            task_state = workflow.current_task_state
            comment = task_state.comment if task_state is not None else ""
        elif workflow is not None:
            state = ContributionState.IN_REVIEW
        elif page.live:
            state = ContributionState.PUBLISHED
        else:
            state = ContributionState.DRAFT
        model = page.content_type.model_class()
        items.append(
            Contribution(
                page=page,
                state=state,
                state_label=state.label,
                comment=comment,
                url=page.get_url(request) if page.live else None,
                edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]) if may_edit else None,
                kind=model._meta.verbose_name if model is not None else "",
            )
        )
    return items


class ContributionsPanel(MemberAreaPanel):
    """My contributions: the pages I own, with their state and the reviewer's comment."""

    name = "contributions"
    heading = _("My contributions")
    order = 40
    template_name = "accounts/member_area/contributions.html"
    parameter = "contributions"

    def __init__(self, request):
        super().__init__(request)
        self.page_of_pages = paginate(request, owned_pages(request.user), self.parameter)

    def is_shown(self) -> bool:
        # Editing roles see the panel even empty: it says where to start.
        return bool(self.page_of_pages.paginator.count) or self.request.user.has_perm(
            "wagtailadmin.access_admin"
        )

    def get_context_data(self, parent_context=None) -> dict:
        return {
            **super().get_context_data(parent_context),
            "contributions": contributions(self.request, self.page_of_pages.object_list),
            "page_obj": self.page_of_pages,
            "parameter": self.parameter,
        }


class ProfilePanel(MemberAreaPanel):
    """My profile: name, e-mail address, password, deleting the account."""

    name = "profile"
    heading = _("My profile")
    order = 90
    template_name = "accounts/member_area/profile.html"


def member_area_panels(request) -> list[MemberAreaPanel]:
    panels = [IdentityPanel(request), ContributionsPanel(request), ProfilePanel(request)]
    for construct in hooks.get_hooks(HOOK):
        construct(request, panels)
    return sorted((panel for panel in panels if panel.is_shown()), key=lambda p: p.order)
