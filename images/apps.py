from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImagesConfig(AppConfig):
    name = "images"
    verbose_name = _("Images")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
