"""The page editor's actions in the words of the hub, and what each one did, said after it.

Wagtail puts "Save draft" first and hides "Submit to <workflow name>" behind its
arrow; its approval says "Approve" and publishes without saying so, and after a
workflow action it only says "updated". Here, for whoever cannot publish, the
main button sends for review; for a reviewer, it approves and publishes, and
says so; and each workflow action is followed by a message naming its effect.
"""

from django.contrib import messages
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.admin.action_menu import (
    ActionMenuItem,
    SubmitForModerationMenuItem,
    WorkflowMenuItem,
)
from wagtail.models import WorkflowState


class SendForReviewMenuItem(SubmitForModerationMenuItem):
    """ "Envoyer en relecture" (or "Renvoyer en relecture" after a request for changes)."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        workflow_state = page.current_workflow_state if page and page.pk else None
        if workflow_state and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            context["label"] = _("Send for review again")
        else:
            context["label"] = _("Send for review")
        return context


def user_can_publish(context) -> bool:
    if context["view"] == "create":
        return (
            context["parent_page"]
            .permissions_for_user(context["request"].user)
            .can_publish_subpage()
        )
    tester = context.get("user_page_permissions_tester")
    return tester is not None and tester.can_publish()


def is_at_final_task(context) -> bool:
    page = context.get("page")
    workflow_state = page.current_workflow_state if page and page.pk else None
    return bool(workflow_state and workflow_state.is_at_final_task)


def approve_label(item: WorkflowMenuItem, publishes: bool) -> str:
    if item.launch_modal:
        return _("Approve with comment and publish") if publishes else _("Approve with comment")
    return _("Approve and publish") if publishes else _("Approve")


def relabel_page_actions(menu_items: list[ActionMenuItem], request, context) -> None:
    """`construct_page_action_menu`: hub labels, and the user's main action first."""
    publishes = is_at_final_task(context)
    for index, item in enumerate(menu_items):
        if isinstance(item, SubmitForModerationMenuItem):
            menu_items[index] = SendForReviewMenuItem(order=item.order)
        elif isinstance(item, WorkflowMenuItem) and item.name == "approve":
            menu_items[index] = WorkflowMenuItem(
                item.name,
                approve_label(item, publishes),
                item.launch_modal,
                icon_name="success",
                order=item.order,
            )

    def first(predicate) -> None:
        for index, item in enumerate(menu_items):
            if predicate(item):
                menu_items.insert(0, menu_items.pop(index))
                return

    # The menu's first item is its visible button, the others are behind its arrow.
    first(lambda item: isinstance(item, WorkflowMenuItem) and item.name == "reject")
    first(
        lambda item: (
            isinstance(item, WorkflowMenuItem) and item.name == "approve" and not item.launch_modal
        )
    )
    if not any(isinstance(item, WorkflowMenuItem) for item in menu_items) and not user_can_publish(
        context
    ):
        first(lambda item: isinstance(item, SendForReviewMenuItem))


def replace_update_message(request, page, message: str) -> None:
    """Puts `message` in place of Wagtail's "Page … has been updated." for this request."""
    generic = _("Page '%(page_title)s' has been updated.") % {
        "page_title": page.get_admin_display_title()
    }
    # Wagtail renders its messages as escaped HTML followed by the (empty) markup of
    # their buttons. Django has no public way to withdraw a message added during this
    # request: its queue is a plain list, filtered here.
    storage = messages.get_messages(request)
    storage._queued_messages = [
        queued
        for queued in storage._queued_messages
        if str(queued.message).strip() not in {generic, escape(generic)}
    ]
    messages.success(request, message)


# Set on the request by `note_review_in_progress`, before the edit view acts.
REVIEW_WAS_OPEN = "_rhinocc_review_was_open"


def note_review_in_progress(request, page) -> None:
    """`before_edit_page`: whether a review awaited this page before the edit was posted.

    A double click posts "Approuver" twice: Wagtail finds the review over the second time
    and only saves a draft, which must not be announced as a second approval.
    """
    setattr(request, REVIEW_WAS_OPEN, page.workflow_in_progress)


def confirm_workflow_action(request, page) -> None:
    """`after_edit_page`: after "Approuver…" or "Demander des modifications", say what happened."""
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return
    action = request.POST.get("workflow-action-name")
    title = page.get_admin_display_title()
    if not getattr(request, REVIEW_WAS_OPEN, True):
        message = _(
            "“%(title)s” was no longer awaiting review (it had already been handled): "
            "your changes are saved as a draft."
        )
    elif action == "approve":
        if page.workflow_states.active().exists():
            message = _("“%(title)s” is approved: it goes on to the next review step.")
        else:
            message = _("“%(title)s” is approved and published: it is now online.")
    elif action == "reject":
        message = _("Changes requested on “%(title)s”: its author is told.")
    else:
        return
    replace_update_message(request, page, message % {"title": title})


# What "add a child page" adds, by parent page type: the apps register their words
# (catalogue: "Ajouter un module"); any other page says Wagtail's "Add child page".
ADD_CHILD_LABELS: dict[type, str] = {}


def register_add_child_label(parent_model: type, label: str) -> None:
    ADD_CHILD_LABELS[parent_model] = label


def add_child_label(parent_page) -> str:
    label = ADD_CHILD_LABELS.get(parent_page.specific_class)
    return str(label) if label else _("Add child page")
