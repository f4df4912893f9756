"""The trainers' dashboard: "Ajouter un module" in each catalogue, "Mes modules", and
"Mes sessions" (their sessions' registrants)."""

import datetime

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from accounts.roles import TRAINERS
from core.dashboard import AddPagePanel, PageWorkPanel

from .models import TrainingCataloguePage, TrainingModulePage, TrainingSession


def is_trainer(user) -> bool:
    return user.groups.filter(name=TRAINERS).exists()


def catalogues_open_to(user):
    """The catalogues where `user` may add a module (catalogue/access.py grants trainers "add")."""
    addable = PagePermissionPolicy().instances_user_has_permission_for(user, "add")
    return TrainingCataloguePage.objects.filter(pk__in=addable.values("pk"))


class AddModulePanel(AddPagePanel):
    name = "add-module"
    heading = _("Add a module")
    description = _(
        "Choose the catalogue of your module. It stays a draft until you send it for "
        "review; the hub's editors publish it."
    )
    button_label = _("Add a module to “%(parent)s”")
    page_model = TrainingModulePage
    order = 80

    def get_parents(self):
        return catalogues_open_to(self.user)


class MyModulesPanel(PageWorkPanel):
    """The modules this user owns (created), whoever else edited them: no one else's."""

    name = "my-modules"
    heading = _("My modules")
    description = _(
        "Drafts that were never sent for review include the ones the editor saved on its "
        "own while you typed: resume them or delete them."
    )
    parent_heading = _("Catalogue")
    order = 100

    def get_pages(self):
        return TrainingModulePage.objects.filter(owner=self.user)


UNCLOSED_SHOWN_FOR = datetime.timedelta(days=60)


class MySessionsPanel(Component):
    """ "Mes sessions": the sessions of the modules this user trains that are coming or
    wait to be closed, each with its lists' sizes and a link to its registrants."""

    name = "my-sessions"
    template_name = "catalogue/dashboard/sessions_panel.html"
    order = 90
    max_rows = 10

    def __init__(self, user):
        self.user = user

    @cached_property
    def sessions(self):
        from .admin_views import with_list_counts

        today = timezone.localdate()
        sessions = with_list_counts(
            TrainingSession.objects.filter(
                module__in=TrainingModulePage.objects.filter(trainers__user=self.user).values(
                    "pk"
                ),
                is_cancelled=False,
            )
            # Ended sessions while they wait to be closed, for two months at most.
            .filter(
                Q(end_date__gte=today)
                | Q(closed_at__isnull=True, end_date__gte=today - UNCLOSED_SHOWN_FOR)
            )
            .select_related("module")
            .order_by("start_date", "pk")
        )
        return list(sessions[: self.max_rows + 1])

    def is_shown(self) -> bool:
        return bool(self.sessions)

    def get_context_data(self, parent_context=None):
        from .admin_views import seats_text, session_dates, session_state

        today = timezone.localdate()
        return {
            "panel": self,
            "rows": [
                {
                    "session": session,
                    "dates": session_dates(session),
                    "seats": seats_text(session),
                    "state": session_state(session, today),
                    "url": reverse("registrants:session", args=[session.pk]),
                }
                for session in self.sessions[: self.max_rows]
            ],
            "more": len(self.sessions) > self.max_rows,
            "index_url": reverse("registrants:index"),
        }
