from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and pages")

    def ready(self):
        from wagtail.signals import page_published

        from . import signals
        from .lifecycle import record_content_update

        signals.connect()
        page_published.connect(record_content_update, dispatch_uid="content-updated-at")
