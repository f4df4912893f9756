from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("Public API")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from .conditional import changed

        # Whatever the API shows changes: its ETags and dates move (api.conditional).
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(changed, dispatch_uid=f"api-changed-{id(signal)}")
