"""The reports' moderation queue in the admin (social/reports/admin.py), registered by
social/wagtail_hooks.py."""

from django.urls import path
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from . import admin
from .models import Report

register_permission_policy(Report, admin.ReportPermissionPolicy(Report))


class ReportViewSet(ModelViewSet):
    model = Report
    name = "reports_admin"
    url_prefix = "signalements"
    icon = "warning"
    menu_label = pgettext_lazy("report", "Reports")
    menu_item_class = admin.ReportMenuItem
    menu_order = 250
    add_to_admin_menu = True
    list_display = admin.LIST_DISPLAY
    filterset_class = admin.ReportFilterSet
    index_view_class = admin.ReportIndexView
    search_fields = [
        "comment",
        "reporter_email",
        "page__title",
        "recommendation__comment",
        "recommendation__page__title",
        "reply__body",
        "reply__recommendation__page__title",
    ]
    search_backend_name = None
    ordering = ["-created_at", "-pk"]
    list_per_page = 30
    inspect_view_enabled = False
    copy_view_enabled = False
    # The report's screen replaces the edit form (ModelViewSet asks for form fields).
    form_fields = ["reporter_note"]

    @property
    def edit_view(self):
        return admin.ReportDetailView.as_view()

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/<slug:action>/", admin.ReportActionView.as_view(), name="action"),
        ]


@hooks.register("register_admin_viewset")
def register_reports():
    return ReportViewSet()
