from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("Public API")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from .conditional import WATCHED_APPS, changed

        # Whatever the API shows changes: its ETags and dates move (api.conditional).
        # Connected model by model: a delete receiver for every sender would stop Django's
        # fast deletes everywhere (the search catalogue's rows would be loaded to be deleted).
        for label in WATCHED_APPS:
            for model in apps.get_app_config(label).get_models():
                for signal in (post_save, post_delete):
                    signal.connect(
                        changed,
                        sender=model,
                        dispatch_uid=f"api-changed-{id(signal)}-{label}.{model.__name__}",
                    )
        m2m_changed.connect(changed, dispatch_uid="api-changed-m2m")
