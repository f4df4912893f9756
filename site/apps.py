from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RhinoccConfig(AppConfig):
    """The project as an app: operations (page cache, health, backups) and their commands."""

    name = "rhinocc"
    verbose_name = _("Operations")

    def ready(self):
        from . import frontend_cache, signals

        signals.connect()
        frontend_cache.connect()
