from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .counting import counting_page_views
from .views import dashboard, is_hub_editor

hooks.register("on_serve_page", counting_page_views)


@hooks.register("register_admin_urls")
def register_dashboard_url():
    return [path("statistiques/", dashboard, name="analytics_dashboard")]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_hub_editor(request.user)


@hooks.register("register_admin_menu_item")
def register_statistics_menu_item():
    return StatisticsMenuItem(
        _("Statistics"),
        reverse("analytics_dashboard"),
        name="statistics",
        icon_name="table",
        order=900,
    )
