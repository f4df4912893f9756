from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The hub's demo content and accounts (`load_demo`); no other app imports it."""

    name = "demo"
    verbose_name = _("Demo content")
