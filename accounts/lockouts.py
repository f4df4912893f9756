"""The admin screen where hub editors see who is locked out of logging in, and unlock them."""

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.db.models import F, Max, Sum
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .roles import HUB_EDITORS


def can_unlock(user) -> bool:
    return user.is_active and (user.is_superuser or user.groups.filter(name=HUB_EDITORS).exists())


def locked(field: str) -> list[dict]:
    """The accounts (`field="username"`) or client addresses (`"ip_address"`) whose recent
    failures reach the limit, as `key`, with the time of their last failure."""
    return list(
        AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - get_cool_off())
        .values(key=F(field))
        .annotate(failures=Sum("failures_since_start"), last_failure=Max("attempt_time"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last_failure")
    )


class LockoutsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Blocked logins")
    header_icon = "lock"
    template_name = "accounts/admin/lockouts.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_unlock(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            accounts=locked("username"),
            addresses=locked("ip_address"),
            failure_limit=settings.AXES_FAILURE_LIMIT,
            **kwargs,
        )

    def post(self, request):
        username = request.POST.get("username", "").strip()
        ip_address = request.POST.get("ip_address", "").strip()
        if username:
            reset(username=username)
            messages.success(request, _("%(name)s can log in again.") % {"name": username})
        elif ip_address:
            reset(ip=ip_address)
            messages.success(
                request, _("Logins from %(address)s are possible again.") % {"address": ip_address}
            )
        return redirect("accounts_lockouts")
