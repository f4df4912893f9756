"""Notifications of a member's own contents (accounts/notifications.py): published by
someone else, changes requested by a reviewer. Connected in social/apps.py.

Both wait for the commit: the publication's log entry, which names who published, is
written after Wagtail's signal, and a rolled-back review tells nobody.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page, PageLogEntry
from wagtail.signals import page_published, task_rejected

from accounts.notifications import NotificationKind, notify


def on_page_published(sender, instance, **kwargs):
    if instance.owner_id:
        page_id = instance.pk
        transaction.on_commit(lambda: notify_published(page_id))


def notify_published(page_id: int) -> None:
    page = Page.objects.select_related("owner").filter(pk=page_id).first()
    publication = (
        PageLogEntry.objects.filter(page_id=page_id, action="wagtail.publish")
        .select_related("user")
        .order_by("-timestamp", "-pk")
        .first()
    )
    if page is None or page.owner is None or publication is None:
        return
    publisher = publication.user
    # Published by its owner, or by the scheduler at the time they chose: nothing to tell.
    if publisher is None or publisher.pk == page.owner_id:
        return
    notify(
        page.owner,
        NotificationKind.PUBLISHED,
        text=_("“%(title)s” was published by %(name)s.")
        % {"title": page.title, "name": publisher.get_full_name() or publisher.get_username()},
        url=page.url or "",
        key=f"page:{page.pk}",
    )


def on_task_rejected(sender, instance, user=None, **kwargs):
    workflow_state = instance.workflow_state
    page_id, requester_id = int(workflow_state.object_id), workflow_state.requested_by_id
    reviewer_id = user.pk if user is not None else None
    transaction.on_commit(lambda: notify_changes_requested(page_id, requester_id, reviewer_id))


def notify_changes_requested(page_id: int, requester_id, reviewer_id) -> None:
    page = Page.objects.select_related("owner").filter(pk=page_id).first()
    if page is None:
        return
    recipients = get_user_model().objects.filter(pk__in={page.owner_id, requester_id} - {None})
    for recipient in recipients.exclude(pk=reviewer_id):
        notify(
            recipient,
            NotificationKind.CHANGES_REQUESTED,
            text=_("Changes are requested on “%(title)s”.") % {"title": page.title},
            url=reverse("accounts:member_area") + "#panneau-contributions",
            key=f"page:{page.pk}",
        )


def connect() -> None:
    page_published.connect(on_page_published, dispatch_uid="follows-notify-published")
    task_rejected.connect(on_task_rejected, dispatch_uid="follows-notify-changes-requested")
