from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Downloads")

    def ready(self):
        # Registers the check that every accepted extension is checked and labelled.
        from . import validators  # noqa: F401
