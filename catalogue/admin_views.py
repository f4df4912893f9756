"""The registrants' screens in Wagtail's admin (« Inscriptions »), for a module's trainers
and the hub's editors (catalogue/registrants.py says who and why):

- the sessions they manage, filtered (upcoming or past, module, state) and paginated, with
  the seats taken and the waiting list's length;
- one session: its registrants, its waiting list in arrival order and its cancellations,
  each list paginated; moves between the list and the waiting list; the action links
  (catalogue/admin/session_actions.html): attendance, exports, closing;
- the attendance grid, one checkbox per registrant and half-day, a plain form;
- the exports (CSV, XLSX) of the registrants and the waiting list;
- closing (attendance is final) and reopening a session.

Every screen reads in a number of queries that does not grow with the registrants.
"""

import datetime

import django_filters
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from . import exports, registrants
from .models import HalfDay, Registration, TrainingModulePage, TrainingSession

Status = Registration.Status

# Each list of a session's page shows this many people a page.
PEOPLE_PER_PAGE = 50


def session_dates(session: TrainingSession) -> str:
    if session.end_date and session.end_date != session.start_date:
        return _("%(start)s to %(end)s") % {
            "start": session.start_date.strftime("%d/%m/%Y"),
            "end": session.end_date.strftime("%d/%m/%Y"),
        }
    return session.start_date.strftime("%d/%m/%Y")


def session_place(session: TrainingSession) -> str:
    if session.location:
        return session.location + (" " + _("(and remotely)") if session.is_online else "")
    return _("Remotely")


def session_state(session: TrainingSession, today: datetime.date | None = None) -> str:
    """Where the session stands, as the trainer reads it."""
    today = today or timezone.localdate()
    if session.is_cancelled:
        return _("cancelled")
    if session.closed_at:
        return _("closed on %(date)s") % {
            "date": timezone.localtime(session.closed_at).strftime("%d/%m/%Y")
        }
    if session.end_date < today:
        return _("ended, attendance to close")
    if session.start_date <= today:
        return _("in progress")
    if session.registration_open(today):
        return _("registration open")
    return _("registration closed")


def seats_text(session) -> str:
    if session.seats is None:
        return _("%(taken)s (seats not set)") % {"taken": session.taken_seats}
    return _("%(taken)s of %(seats)s") % {"taken": session.taken_seats, "seats": session.seats}


def with_list_counts(sessions):
    """Sessions with `taken_seats`, `seats_left` and `waiting_count` (subqueries: no join,
    no GROUP BY over the sessions)."""
    waiting = (
        Registration.objects.filter(session=OuterRef("pk"), status=Status.WAITING)
        .order_by()
        .values("session")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return sessions.with_seats_left().annotate(
        waiting_count=Coalesce(Subquery(waiting, output_field=IntegerField()), Value(0))
    )


class ManagersOnly:
    """Refused (Wagtail's message, back to the dashboard) to whoever manages no session."""

    def dispatch(self, request, *args, **kwargs):
        if not registrants.manages_any_session(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class OneSession:
    """A view of one session, for its module's trainers and the hub's editors only."""

    def dispatch(self, request, *args, **kwargs):
        self.session = get_object_or_404(
            with_list_counts(TrainingSession.objects.select_related("module")),
            pk=kwargs["pk"],
        )
        if not registrants.may_manage(request.user, self.session):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    @property
    def session_url(self) -> str:
        return reverse("registrants:session", args=[self.session.pk])

    def session_label(self) -> str:
        return f"{self.session.module.title} — {session_dates(self.session)}"

    def get_context_data(self, **kwargs):
        return super().get_context_data(session_dates=session_dates(self.session), **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("registrants:index"), "label": _("Registrations")},
            {"url": self.session_url, "label": self.session_label()},
            *([{"url": "", "label": self.get_page_title()}] if self.page_step else []),
        ]

    page_step = True


class Period(django_filters.ChoiceFilter):
    UPCOMING, PAST = "upcoming", "past"

    def filter(self, queryset, value):
        today = timezone.localdate()
        if value == self.UPCOMING:
            return queryset.filter(end_date__gte=today)
        if value == self.PAST:
            return queryset.filter(end_date__lt=today)
        return queryset


def managed_modules(request):
    if request is None:
        return TrainingModulePage.objects.none()
    return TrainingModulePage.objects.filter(
        pk__in=registrants.sessions_managed_by(request.user).values("module")
    ).order_by("title")


class SessionFilterSet(WagtailFilterSet):
    period = Period(
        label=gettext_lazy("Period"),
        choices=[
            (Period.UPCOMING, gettext_lazy("Upcoming and in progress")),
            (Period.PAST, gettext_lazy("Past")),
        ],
        empty_label=gettext_lazy("All sessions"),
    )
    module = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Module"), queryset=managed_modules
    )
    state = django_filters.ChoiceFilter(
        label=gettext_lazy("State"),
        choices=[
            ("open", pgettext_lazy("sessions", "Not closed")),
            ("closed", pgettext_lazy("sessions", "Closed")),
            ("cancelled", pgettext_lazy("sessions", "Cancelled")),
        ],
        method="filter_state",
    )

    class Meta:
        model = TrainingSession
        fields = []

    def filter_state(self, queryset, name, value):
        if value == "closed":
            return queryset.filter(closed_at__isnull=False)
        if value == "cancelled":
            return queryset.filter(is_cancelled=True)
        return queryset.filter(closed_at__isnull=True, is_cancelled=False)


class SessionIndexView(ManagersOnly, BaseListingView):
    """The sessions the user manages, soonest first, each with its lists' sizes."""

    model = TrainingSession
    page_title = gettext_lazy("Registrations")
    header_icon = "group"
    index_url_name = "registrants:index"
    index_results_url_name = "registrants:index_results"
    filterset_class = SessionFilterSet
    is_searchable = True
    search_fields = ["module__title", "location"]
    search_backend_name = None
    default_ordering = "start_date"
    paginate_by = 30

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "module",
                label=gettext_lazy("Module"),
                accessor="module.title",
                get_url=lambda session: reverse("registrants:session", args=[session.pk]),
                sort_key="module__title",
            ),
            Column(
                "dates",
                label=gettext_lazy("Dates"),
                accessor=session_dates,
                sort_key="start_date",
            ),
            Column("place", label=gettext_lazy("Place"), accessor=session_place),
            Column("seats", label=gettext_lazy("Registrants"), accessor=seats_text),
            Column(
                "waiting_count",
                label=gettext_lazy("Waiting list"),
                sort_key="waiting_count",
            ),
            Column("state", label=gettext_lazy("State"), accessor=session_state),
        ]

    def get_base_queryset(self):
        return with_list_counts(
            registrants.sessions_managed_by(self.request.user).select_related("module")
        )

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if not kwargs["data"] or "period" not in kwargs["data"]:
            # Upcoming sessions by default: what a trainer prepares.
            data = kwargs["data"].copy() if kwargs["data"] is not None else {}
            data.setdefault("period", Period.UPCOMING)
            kwargs["data"] = data
        return kwargs

    def get_valid_orderings(self):
        return [*super().get_valid_orderings(), "-start_date"]

    @property
    def no_results_message(self):
        return _("No session here. Sessions are added in the module's form, tab « Sessions ».")


class PageOfPeople:
    """One list of a session's page: its rows, its page, its links to the other pages."""

    def __init__(self, request, queryset, param: str):
        self.param = param
        self.paginator = Paginator(queryset, PEOPLE_PER_PAGE)
        self.page = self.paginator.get_page(request.GET.get(param))
        self.query = request.GET.copy()

    def link(self, number: int) -> str:
        query = self.query.copy()
        query[self.param] = number
        return "?" + query.urlencode()

    @property
    def previous_link(self) -> str:
        return self.link(self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_link(self) -> str:
        return self.link(self.page.next_page_number()) if self.page.has_next() else ""

    @property
    def count(self) -> int:
        return self.paginator.count


def with_presence(queryset):
    return queryset.annotate(
        present_count=Count("attendances", filter=Q(attendances__present=True))
    )


class SessionView(OneSession, WagtailAdminTemplateMixin, TemplateView):
    """One session: its registrants, its waiting list and its cancellations."""

    template_name = "catalogue/admin/session.html"
    header_icon = "group"
    page_step = False

    def get_page_title(self):
        return self.session.module.title

    def get_page_subtitle(self):
        return session_dates(self.session)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.session
        people = with_presence(session.registrations.all())
        half_day_count = len(session.half_days())
        seat_holders = PageOfPeople(
            self.request,
            people.filter(status__in=Registration.HOLDING_A_SEAT).order_by("last_name", "pk"),
            "inscrits",
        )
        waiting = PageOfPeople(
            self.request,
            people.filter(status=Status.WAITING).order_by("created_at", "pk"),
            "attente",
        )
        cancelled = PageOfPeople(
            self.request,
            people.filter(status=Status.CANCELLED).order_by("-cancelled_at", "-pk"),
            "annules",
        )
        first_position = (waiting.page.number - 1) * PEOPLE_PER_PAGE
        context.update(
            session=session,
            module=session.module,
            dates=session_dates(session),
            place=session_place(session),
            state=session_state(session),
            seats=seats_text(session),
            seat_holders=seat_holders,
            waiting=waiting,
            waiting_rows=[
                (first_position + index, person)
                for index, person in enumerate(waiting.page.object_list, start=1)
            ],
            cancelled=cancelled,
            half_day_count=half_day_count,
            can_confirm=session.seats_left is None or session.seats_left > 0,
            module_edit_url=reverse("wagtailadmin_pages:edit", args=[session.module_id]),
            deadline=session.registration_deadline(),
            is_over=session.end_date < timezone.localdate(),
            retention_months=settings.RHINOCC_REGISTRATION_RETENTION_MONTHS,
        )
        return context


MOVE_MESSAGES = {
    "anonymised": gettext_lazy("This registration has been anonymised: it cannot move."),
    "already_confirmed": gettext_lazy("This person is already in the list."),
    "cancelled": gettext_lazy("This registration is cancelled."),
    "session_cancelled": gettext_lazy("The session is cancelled: nobody can join it."),
    "full": gettext_lazy(
        "The session is full: move someone to the waiting list or cancel a registration first."
    ),
    "not_in_list": gettext_lazy("This person is not in the list."),
    "nobody_waits": gettext_lazy(
        "Nobody else is on the waiting list: the seat would come back to this person. "
        "Cancel the registration to free the seat."
    ),
}


class MoveView(OneSession, View):
    """POST only: confirm a waiting (or offered) person, move a registrant to the end of
    the waiting list."""

    http_method_names = ["post"]

    def post(self, request, pk, registration_pk):
        action = request.POST.get("action")
        if action not in ("confirm", "to_waiting_list"):
            messages.error(request, _("Unknown action: nothing was changed."))
            return redirect(self.session_url)
        try:
            if action == "confirm":
                person = registrants.confirm(self.session, registration_pk)
                offered = []
            else:
                person, offered = registrants.move_to_waiting_list(self.session, registration_pk)
        except Registration.DoesNotExist:
            raise Http404 from None
        except registrants.MoveRefused as refusal:
            messages.error(request, MOVE_MESSAGES[str(refusal)])
            return redirect(self.session_url)
        if action == "confirm":
            text = _("%(name)s is in the list; their confirmation has been sent.") % {
                "name": person.full_name
            }
        else:
            text = _("%(name)s is now last on the waiting list; they have been told.") % {
                "name": person.full_name
            }
        messages.success(request, " ".join([text, *offered_text(offered)]))
        return redirect(self.session_url)


def offered_text(offered) -> list[str]:
    if not offered:
        return []
    return [
        _("The freed seat is offered to %(names)s, who has been told.")
        % {"names": ", ".join(person.full_name for person in offered)}
    ]


class CancelView(OneSession, WagtailAdminTemplateMixin, TemplateView):
    """Cancelling a registration: a confirmation first (the person gets a mail)."""

    template_name = "catalogue/admin/cancel.html"
    header_icon = "cross"

    def get_page_title(self):
        return _("Cancel a registration")

    def get_context_data(self, **kwargs):
        person = get_object_or_404(
            Registration.objects.exclude(status=Status.CANCELLED).filter(
                anonymised_at__isnull=True
            ),
            pk=self.kwargs["registration_pk"],
            session=self.session,
        )
        return super().get_context_data(
            session=self.session, person=person, session_url=self.session_url, **kwargs
        )

    def post(self, request, pk, registration_pk):
        try:
            person, offered = registrants.cancel(self.session, registration_pk)
        except Registration.DoesNotExist:
            raise Http404 from None
        except registrants.MoveRefused as refusal:
            messages.error(request, MOVE_MESSAGES[str(refusal)])
            return redirect(self.session_url)
        text = _("The registration of %(name)s is cancelled; they have been told.") % {
            "name": person.full_name
        }
        messages.success(request, " ".join([text, *offered_text(offered)]))
        return redirect(self.session_url)


class AttendanceView(OneSession, WagtailAdminTemplateMixin, TemplateView):
    """The attendance grid: a row per registrant, a checkbox per half-day; a plain form
    (no JavaScript), saved page by page."""

    template_name = "catalogue/admin/attendance.html"
    header_icon = "tasks"

    def get_page_title(self):
        return _("Attendance")

    def people(self):
        return PageOfPeople(
            self.request,
            self.session.registrations.filter(status=Status.CONFIRMED)
            .prefetch_related("attendances")
            .order_by("last_name", "first_name", "pk"),
            "p",
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        half_days = self.session.half_days()
        people = self.people()
        rows = []
        for person in people.page.object_list:
            present = {(row.date, row.half) for row in person.attendances.all() if row.present}
            rows.append(
                {
                    "person": person,
                    "cells": [
                        {
                            "name": f"present-{person.pk}-{day.isoformat()}-{half}",
                            "checked": (day, half) in present,
                            "label": _("%(name)s, %(day)s, %(half)s")
                            % {
                                "name": person.full_name or _("anonymised person"),
                                "day": day.strftime("%d/%m/%Y"),
                                "half": HalfDay(half).label,
                            },
                        }
                        for day, half in half_days
                    ],
                    "present_count": len(present),
                }
            )
        context.update(
            session=self.session,
            half_days=[(day, HalfDay(half).label) for day, half in half_days],
            rows=rows,
            people=people,
            session_url=self.session_url,
            closed=self.session.closed_at is not None,
        )
        return context

    def post(self, request, pk):
        if self.session.closed_at is not None:
            messages.error(
                request, _("The session is closed: reopen it to change the attendance.")
            )
            return redirect(request.get_full_path())
        try:
            shown = {int(value) for value in request.POST.getlist("shown")}
        except ValueError:
            messages.error(request, _("The form was altered: nothing was saved."))
            return redirect(request.get_full_path())
        present = set()
        days = {day.isoformat() for day, _half in self.session.half_days()}
        for name in request.POST:
            parts = name.split("-", 2)
            if len(parts) != 3 or parts[0] != "present":
                continue
            registration_id, rest = parts[1], parts[2]
            day, _sep, half = rest.rpartition("-")
            if registration_id.isdigit() and day in days and half in HalfDay.values:
                present.add((int(registration_id), day, half))
        count = registrants.record_attendance(self.session, shown, present)
        messages.success(
            request,
            _("Attendance saved: %(count)s half-days of presence on this page.")
            % {"count": count},
        )
        return redirect(request.get_full_path())


class CloseView(OneSession, WagtailAdminTemplateMixin, TemplateView):
    """Closing the session (attendance is final, satisfaction questionnaires leave), or
    reopening it."""

    template_name = "catalogue/admin/close.html"
    header_icon = "lock"

    def get_page_title(self):
        if self.session.closed_at:
            return _("Reopen the session")
        return _("Close the session")

    def get_context_data(self, **kwargs):
        unmarked = self.session.registrations.filter(
            status=Status.CONFIRMED, attendances__isnull=True
        ).count()
        return super().get_context_data(
            session=self.session,
            session_url=self.session_url,
            unmarked=unmarked,
            is_over=self.session.end_date < timezone.localdate(),
            **kwargs,
        )

    def post(self, request, pk):
        if request.POST.get("action") == "reopen":
            if registrants.reopen(self.session):
                messages.success(request, _("The session is open again."))
            else:
                messages.error(request, _("The session was not closed."))
        elif registrants.close(self.session):
            messages.success(
                request,
                _("The session is closed; attendance is final.")
                + " "
                + _("Attending trainees will receive the satisfaction questionnaire."),
            )
        else:
            messages.error(request, _("The session was closed already."))
        return redirect(self.session_url)


class ExportView(OneSession, View):
    """The registrants and the waiting list as a spreadsheet (CSV or XLSX)."""

    def get(self, request, pk, fmt):
        if fmt not in exports.FORMATS:
            raise Http404
        response = exports.export_session(self.session, fmt)
        registrants.log_export(request.user, self.session, fmt)
        return response


class RegistrantsMenuItem(MenuItem):
    def is_shown(self, request):
        return registrants.manages_any_session(request.user)


class RegistrantsViewSet(ViewSet):
    """« Inscriptions » in the admin menu: the sessions, then each session's screens."""

    name = "registrants"
    url_prefix = "inscriptions"
    icon = "group"
    menu_label = gettext_lazy("Registrations")
    menu_order = 240
    add_to_admin_menu = True
    menu_item_class = RegistrantsMenuItem

    def get_urlpatterns(self):
        return [
            path("", SessionIndexView.as_view(), name="index"),
            path("resultats/", SessionIndexView.as_view(results_only=True), name="index_results"),
            path("session/<int:pk>/", SessionView.as_view(), name="session"),
            path("session/<int:pk>/presences/", AttendanceView.as_view(), name="attendance"),
            path("session/<int:pk>/cloture/", CloseView.as_view(), name="close"),
            path("session/<int:pk>/export.<str:fmt>", ExportView.as_view(), name="export"),
            path(
                "session/<int:pk>/inscription/<int:registration_pk>/deplacer/",
                MoveView.as_view(),
                name="move",
            ),
            path(
                "session/<int:pk>/inscription/<int:registration_pk>/annuler/",
                CancelView.as_view(),
                name="cancel",
            ),
        ]
