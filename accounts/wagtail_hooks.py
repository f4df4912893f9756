from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .lockouts import LockoutsView, can_unlock


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [path("connexions-bloquees/", LockoutsView.as_view(), name="accounts_lockouts")]


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_unlock(request.user)


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return LockoutsMenuItem(
        _("Blocked logins"), reverse("accounts_lockouts"), name="blocked-logins", icon_name="lock"
    )
