"""The moderation queue of reports in Wagtail's admin (« Signalements »): the reports,
filtered (state, reason, kind of target, date), searched and paginated; a report's
screen with its target; the actions, each behind a confirmation screen: unpublish the
content (Wagtail's unpublish action, with its permission check), ask its author (a mail
to the page's owner), hide the comment, or dismiss the report. Each action marks the
report processed with its outcome and, after commit, tells the reporter who left an
address.

Who: the hub's editors and the superusers; nobody adds a report here (the public form
does) nor deletes one (the queue is the moderation's history).

A report is processed once: the action claims it with an update conditioned on its
state, so a double submit or two editors at once get a French message, not two mails.
"""

from dataclasses import dataclass

import django_filters
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext, pgettext_lazy
from django.views.generic import TemplateView
from wagtail.actions.unpublish_page import UnpublishPageAction, UnpublishPagePermissionError
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import IndexView
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import policy_registry

from accounts.roles import HUB_EDITORS
from core.admin_menu import QueueMenuItem

from . import mail
from .forms import AskAuthorForm, ProcessForm
from .models import Report

MODERATED_ACTIONS = frozenset({"view", "change"})


def is_moderator(user) -> bool:
    """Hub editors and superusers process reports."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_is_report_moderator"):
        user._is_report_moderator = user.groups.filter(name=HUB_EDITORS).exists()
    return user._is_report_moderator


class ReportPermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        return action in MODERATED_ACTIONS and is_moderator(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if not MODERATED_ACTIONS.intersection(actions):
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(groups__name=HUB_EDITORS), is_active=True)
            .distinct()
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model._default_manager.all()
        return self.model._default_manager.none()


def policy() -> ReportPermissionPolicy:
    return policy_registry.get_by_type(Report)


TARGET_FILTERS = {
    Report.TargetType.PAGE: Q(page__isnull=False),
    Report.TargetType.RECOMMENDATION: Q(recommendation__isnull=False),
    Report.TargetType.REPLY: Q(reply__isnull=False),
}


class ReportFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=gettext_lazy("State"), choices=Report.State.choices)
    reason = django_filters.ChoiceFilter(
        label=pgettext_lazy("report", "Reason"), choices=Report.Reason.choices
    )
    target = django_filters.ChoiceFilter(
        label=pgettext_lazy("report", "Reported"),
        choices=Report.TargetType.choices,
        method="filter_target",
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=pgettext_lazy("report", "Received"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Report
        fields = []

    def filter_target(self, queryset, name, value):
        return queryset.filter(TARGET_FILTERS[value])


LIST_DISPLAY = [
    TitleColumn(
        "target_title",
        label=pgettext_lazy("report", "Reported"),
        url_name="reports_admin:edit",
        classname="report-queue__title",
    ),
    Column("target_type", label=gettext_lazy("Kind"), accessor="get_target_type_display"),
    Column(
        "reason",
        label=pgettext_lazy("report", "Reason"),
        accessor="get_reason_display",
        sort_key="reason",
    ),
    Column("state", label=gettext_lazy("State"), accessor="get_state_display", sort_key="state"),
    Column("outcome", label=pgettext_lazy("report", "Outcome"), accessor="get_outcome_display"),
    DateColumn("created_at", label=gettext_lazy("Received on"), sort_key="created_at"),
]

# What the listing and a report's screen read with each report: its target's title
# comes from the page (the comment's page for a comment), in the same query.
TARGET_RELATIONS = ["page", "recommendation__page", "reply__recommendation__page"]


class ReportIndexView(IndexView):
    template_name = "social/reports/admin/index.html"

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(*TARGET_RELATIONS)


class ReportMenuItem(QueueMenuItem):
    """« Signalements (3) »: the count of new reports, for those who process them."""

    model = Report
    waiting_state = Report.State.NEW


class AlreadyProcessed(Exception):
    pass


@dataclass(frozen=True)
class Action:
    name: str
    outcome: str
    label: str
    button: str
    question: str
    # The outcome ends every new report on the same target (the content is gone, the
    # comment hidden: the others are answered alike).
    closes_target: bool = False
    form_class: type = ProcessForm


ACTIONS = {
    action.name: action
    for action in (
        Action(
            "unpublish",
            Report.Outcome.UNPUBLISHED,
            gettext_lazy("Unpublish the content"),
            pgettext_lazy("report", "Yes, unpublish it"),
            gettext_lazy(
                "The content will be taken offline (Wagtail's unpublish: its revisions are "
                "kept and it may be published again). The new reports on it are processed "
                "with this one."
            ),
            closes_target=True,
        ),
        Action(
            "ask_author",
            Report.Outcome.AUTHOR_ASKED,
            gettext_lazy("Ask the author"),
            gettext_lazy("Send to the author"),
            gettext_lazy(
                "A mail goes to the content's owner with your message, the report's reason "
                "and its comment, and a link to edit the content."
            ),
            form_class=AskAuthorForm,
        ),
        Action(
            "hide_comment",
            Report.Outcome.COMMENT_HIDDEN,
            gettext_lazy("Hide the comment"),
            gettext_lazy("Yes, hide it"),
            gettext_lazy(
                "The comment will no longer be shown, nor counted on the content. The new "
                "reports on it are processed with this one."
            ),
            closes_target=True,
        ),
        Action(
            "dismiss",
            Report.Outcome.DISMISSED,
            gettext_lazy("Dismiss"),
            gettext_lazy("Dismiss the report"),
            gettext_lazy("Nothing changes on the content; the report is marked processed."),
        ),
    )
}


def actions_for(report: Report, user) -> list[Action]:
    """The actions that apply to the report's target and that the user may take."""
    if not report.is_new:
        return []
    if report.is_about_comment:
        names = ["hide_comment", "dismiss"]
    else:
        names = ["dismiss"]
        page = report.page
        if page.live and page.permissions_for_user(user).can_unpublish():
            names.insert(0, "unpublish")
        if page.owner_id and page.owner.email:
            names.insert(-1, "ask_author")
    return [ACTIONS[name] for name in names]


def claim(report: Report, user, action: Action, **fields) -> list[Report]:
    """Marks the report (and, for an action that closes its target, the other new
    reports on it) processed, if nobody did first (AlreadyProcessed otherwise)."""
    values = {
        "state": Report.State.PROCESSED,
        "outcome": action.outcome,
        "processed_at": timezone.now(),
        "processed_by": user,
    }
    if not Report.objects.new().filter(pk=report.pk).update(**values, **fields):
        raise AlreadyProcessed
    if action.closes_target:
        # The others keep their own reporters; the editor's note goes to each of them.
        Report.objects.new().about_same_target(report).update(
            **values, reporter_note=fields.get("reporter_note", "")
        )
    processed = Report.objects.about_same_target(report).filter(
        processed_by=user, processed_at=values["processed_at"]
    )
    return list(processed.select_related(*TARGET_RELATIONS))


def process(report: Report, action: Action, user, form) -> list[Report]:
    """Takes the action, marks the reports processed, and queues the mails for after the
    commit. Raises AlreadyProcessed, or UnpublishPagePermissionError."""
    data = form.cleaned_data
    fields = {"reporter_note": data.get("reporter_note", "")}
    if "author_message" in data:
        fields["author_message"] = data["author_message"]
    with transaction.atomic():
        processed = claim(report, user, action, **fields)
        if action.name == "unpublish":
            UnpublishPageAction(report.page.specific, user=user).execute()
        elif action.name == "hide_comment":
            # Saved, not updated: what listens to the comments' changes hears it.
            comment = report.comment_target
            comment.is_hidden = True
            comment.save(update_fields=["is_hidden"])
        if action.name == "ask_author":
            page = report.page
            transaction.on_commit(
                lambda: mail.send_author_request(
                    processed[0], page.owner, data["author_message"], user
                )
            )
        for each in processed:
            transaction.on_commit(lambda each=each: mail.send_outcome(each))
    return processed


class ModeratorsOnly:
    def dispatch(self, request, *args, **kwargs):
        if not policy().user_has_permission(request.user, "change"):
            raise PermissionDenied
        self.report = get_object_or_404(
            Report.objects.select_related(*TARGET_RELATIONS, "page__owner", "processed_by"),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("reports_admin:index"), "label": pgettext("report", "Reports")},
            {
                "url": reverse("reports_admin:edit", args=[self.report.pk]),
                "label": str(self.report),
            },
            *self.extra_breadcrumbs(),
        ]

    def extra_breadcrumbs(self):
        return []


class ReportDetailView(ModeratorsOnly, WagtailAdminTemplateMixin, TemplateView):
    """A report with its target, what became of it, and the actions left."""

    template_name = "social/reports/admin/detail.html"
    header_icon = "warning"

    def get_page_title(self):
        return _("Report about %(title)s") % {"title": self.report.target_title}

    def get_context_data(self, **kwargs):
        report = self.report
        same_target = Report.objects.about_same_target(report).exclude(pk=report.pk)
        return super().get_context_data(
            report=report,
            page=report.content_page,
            comment=report.comment_target,
            actions=actions_for(report, self.request.user),
            other_new=same_target.new().count(),
            other_total=same_target.count(),
            **kwargs,
        )


class ReportActionView(ModeratorsOnly, WagtailAdminTemplateMixin, TemplateView):
    """The confirmation of one action, with the notes it sends; POST takes it."""

    template_name = "social/reports/admin/action.html"
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        self.action = ACTIONS.get(kwargs["action"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return str(self.action.label) if self.action else ""

    def extra_breadcrumbs(self):
        return [{"url": "", "label": self.get_page_title()}]

    def detail_url(self) -> str:
        return reverse("reports_admin:edit", args=[self.report.pk])

    def refused(self):
        self.report.refresh_from_db()
        if not self.report.is_new:
            messages.error(
                self.request,
                _("This report has already been processed (%(outcome)s): nothing was changed.")
                % {"outcome": self.report.get_outcome_display()},
            )
        else:
            messages.error(self.request, _("This action does not apply to this report."))
        return redirect(self.detail_url())

    def applies(self) -> bool:
        return self.action is not None and self.action in actions_for(
            self.report, self.request.user
        )

    def get(self, request, *args, **kwargs):
        if not self.applies():
            return self.refused()
        return self.render_to_response(self.get_context_data(form=self.action.form_class()))

    def post(self, request, *args, **kwargs):
        if not self.applies():
            return self.refused()
        form = self.action.form_class(request.POST)
        if not form.is_valid():
            messages.error(request, _("The report could not be processed: see the errors below."))
            return self.render_to_response(self.get_context_data(form=form))
        try:
            processed = process(self.report, self.action, request.user, form)
        except AlreadyProcessed:
            return self.refused()
        except UnpublishPagePermissionError:
            messages.error(request, _("You may not unpublish this content."))
            return redirect(self.detail_url())
        told = sum(1 for report in processed if report.reporter_email)
        messages.success(
            request,
            _("The report is processed (%(outcome)s); reporters told by mail: %(told)d.")
            % {"outcome": self.action.outcome.label, "told": told},
        )
        return redirect(f"{reverse('reports_admin:index')}?state={Report.State.NEW}")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            report=self.report,
            page=self.report.content_page,
            comment=self.report.comment_target,
            action=self.action,
            **kwargs,
        )
