from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The page infrastructure every content app builds on; it knows no content app."""

    name = "core"
    verbose_name = _("Page infrastructure")

    def ready(self):
        from wagtail.signals import page_published

        from . import widgets  # noqa: F401  (registers the admin's counters and bounds)
        from .lifecycle import record_content_update

        page_published.connect(record_content_update, dispatch_uid="content-updated-at")
