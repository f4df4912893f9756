"""Dashboard panels where each role's work starts (Wagtail's `construct_homepage_panels`).

The apps build their panels from the two bases here: `AddPagePanel` (a labelled
button per place where the user may add a page) and `PageWorkPanel` (pages with
their state in the words of the hub, and a count per state). `ReviewPanel` ("À
relire") replaces Wagtail's "awaiting your review" panel for every reviewer.
Each panel reads what it shows in a number of queries that does not grow with
the number of pages, and shows only what its user may work on.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.components import Component
from wagtail.models import (
    GroupApprovalTask,
    Page,
    TaskState,
    WorkflowState,
    get_default_page_content_type,
)


class WorkState(models.TextChoices):
    """Where a page written in the admin stands, as its author reads it."""

    DRAFT = "draft", pgettext_lazy("page status", "draft")
    IN_REVIEW = "in_review", pgettext_lazy("page status", "in review")
    CHANGES_REQUESTED = "changes_requested", pgettext_lazy("page status", "changes requested")
    LIVE = "live", pgettext_lazy("page status", "live")


def work_state(page: Page) -> WorkState:
    """The page's state; its workflow states should be prefetched (`prefetch_workflow_states`)."""
    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return WorkState.CHANGES_REQUESTED
        return WorkState.IN_REVIEW
    return WorkState.LIVE if page.live else WorkState.DRAFT


@dataclass
class WorkRow:
    page: Page
    state: WorkState
    parent: Page | None
    edited_at: datetime | None
    # The reviewer's comment when changes were requested.
    comment: str = ""

    @property
    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    @property
    def author(self) -> str:
        return display_name(self.page.owner)

    @property
    def is_abandoned_draft(self) -> bool:
        """Never published nor sent for review: what the editor's autosave leaves behind
        when its author gives up. Its author may delete it (Wagtail lets the owner of a
        page that was never live delete it)."""
        return self.state == WorkState.DRAFT and self.page.first_published_at is None

    @property
    def delete_url(self) -> str:
        return reverse("wagtailadmin_pages:delete", args=[self.page.pk])


def display_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def parents_of(pages) -> dict[int, Page]:
    """Each page's parent, in one query, by the page's id."""
    parent_paths = {page.pk: page.path[: -Page.steplen] for page in pages}
    parents = Page.objects.filter(path__in=set(parent_paths.values())).in_bulk(field_name="path")
    return {pk: parents.get(path) for pk, path in parent_paths.items()}


def under_any(pages) -> Q:
    """Pages strictly below any of `pages` (an empty Q matches nothing)."""
    condition = Q(pk__in=[])
    for page in pages:
        condition |= Q(path__startswith=page.path, depth__gt=page.depth)
    return condition


class PageWorkPanel(Component):
    """Pages with their state, the count of each state, and what to do next.

    Subclasses give `name`, `heading`, `order` and `get_pages()`; the panel is
    shown only when it has a page to list.
    """

    template_name = "core/dashboard/page_work_panel.html"
    heading = ""
    description = ""
    parent_heading = ""
    show_owner = False
    max_rows = 20

    def __init__(self, user):
        self.user = user

    def get_pages(self):
        raise NotImplementedError

    @cached_property
    def rows(self) -> list[WorkRow]:
        # Read as base pages: Wagtail's prefetch of workflow states matches a page
        # queryset's content type, which for a specific model is not the states' one.
        pages = list(
            Page.objects.filter(pk__in=self.get_pages().values("pk"))
            .prefetch_workflow_states()
            .select_related("owner")
            .order_by("-latest_revision_created_at", "-pk")
        )
        parents = parents_of(pages)
        rows = []
        for page in pages:
            state = work_state(page)
            comment = ""
            if state == WorkState.CHANGES_REQUESTED:
                comment = page.current_workflow_state.current_task_state.comment
            rows.append(
                WorkRow(page, state, parents[page.pk], page.latest_revision_created_at, comment)
            )
        return rows

    def is_shown(self) -> bool:
        return bool(self.rows)

    def get_context_data(self, parent_context=None):
        counts = Counter(row.state for row in self.rows)
        return {
            "panel": self,
            "counts": [(state, counts[state]) for state in WorkState if counts[state]],
            "rows": self.rows[: self.max_rows],
            "hidden_count": max(len(self.rows) - self.max_rows, 0),
        }


@dataclass
class AddTarget:
    label: str
    parent: Page
    url: str


class AddPagePanel(Component):
    """One labelled button per place where the user may add a page: of `page_model`, or,
    without one, of a type chosen among those the place accepts (Wagtail's "add subpage")."""

    template_name = "core/dashboard/add_page_panel.html"
    heading = ""
    description = ""
    button_label = ""
    page_model: type[Page] | None = None

    def __init__(self, user):
        self.user = user

    def get_parents(self):
        raise NotImplementedError

    def add_url(self, parent: Page) -> str:
        if self.page_model is None:
            return reverse("wagtailadmin_pages:add_subpage", args=[parent.pk])
        opts = self.page_model._meta
        return reverse("wagtailadmin_pages:add", args=[opts.app_label, opts.model_name, parent.pk])

    @cached_property
    def targets(self) -> list[AddTarget]:
        return [
            AddTarget(
                label=self.button_label % {"parent": parent.title},
                parent=parent,
                url=self.add_url(parent),
            )
            for parent in self.get_parents().order_by("path")
        ]

    def is_shown(self) -> bool:
        return bool(self.targets)

    def get_context_data(self, parent_context=None):
        return {"panel": self, "targets": self.targets}


def review_groups_condition(user) -> Q:
    """Task states of the active group approval tasks `user` reviews."""
    if user.is_superuser:
        return Q(task__active=True)
    return Q(
        task__active=True,
        task__in=GroupApprovalTask.objects.filter(groups__user=user).values("pk"),
    )


def is_reviewer(user) -> bool:
    return user.is_superuser or (
        GroupApprovalTask.objects.filter(active=True, groups__user=user).exists()
    )


@dataclass
class ReviewRow:
    page: Page
    task_state: TaskState
    parent: Page | None

    @property
    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    @property
    def requester(self) -> str:
        return display_name(self.task_state.workflow_state.requested_by)

    @property
    def preview_url(self) -> str:
        return reverse(
            "wagtailadmin_pages:workflow_preview", args=[self.page.pk, self.task_state.pk]
        )


class ReviewPanel(Component):
    """ "À relire": the pages whose review task waits for this user, oldest request first."""

    name = "to-review"
    template_name = "core/dashboard/review_panel.html"
    order = 90
    max_rows = 20

    def __init__(self, user):
        self.user = user

    @cached_property
    def rows(self) -> list[ReviewRow]:
        states = list(
            TaskState.objects.filter(
                review_groups_condition(self.user), status=TaskState.STATUS_IN_PROGRESS
            )
            .select_related("workflow_state__requested_by", "task")
            .order_by("started_at")
        )
        page_type = get_default_page_content_type()
        page_ids = [
            int(state.workflow_state.object_id)
            for state in states
            if state.workflow_state.base_content_type_id == page_type.pk
        ]
        pages = Page.objects.filter(pk__in=page_ids).specific().in_bulk()
        parents = parents_of(pages.values())
        return [
            ReviewRow(page, state, parents[page.pk])
            for state in states
            if (page := pages.get(int(state.workflow_state.object_id))) is not None
        ]

    def get_context_data(self, parent_context=None):
        return {
            "panel": self,
            "count": len(self.rows),
            "rows": self.rows[: self.max_rows],
            "hidden_count": max(len(self.rows) - self.max_rows, 0),
        }


def replace_wagtail_panels(panels: list, names: set[str]) -> None:
    """Removes Wagtail's panels of these names (where one of ours says it better)."""
    panels[:] = [panel for panel in panels if getattr(panel, "name", None) not in names]


# Wagtail's panels that ours replace: "awaiting your review" (by "À relire") and
# "your pages in moderation" (by the work panels, which also say "changes requested").
WAGTAIL_REVIEW_PANEL = "workflow_objects_to_moderate"
WAGTAIL_MODERATION_PANEL = "user_objects_in_workflow_moderation"
