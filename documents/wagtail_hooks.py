from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .models import DownloadCount
from .reports import DownloadReportView


@hooks.register("register_admin_urls")
def register_download_report_urls():
    return [
        path("reports/telechargements/", DownloadReportView.as_view(), name="download_report"),
        path(
            "reports/telechargements/results/",
            DownloadReportView.as_view(results_only=True),
            name="download_report_results",
        ),
    ]


class DownloadReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(f"documents.view_{DownloadCount._meta.model_name}")


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return DownloadReportMenuItem(
        _("Downloads"),
        reverse("download_report"),
        name="downloads",
        icon_name="download",
        order=1300,
    )
