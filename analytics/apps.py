from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalyticsConfig(AppConfig):
    """The hub's statistics: daily counters, the editors' dashboard, /statistiques/."""

    name = "analytics"
    verbose_name = _("Statistics")
