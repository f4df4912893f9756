from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SocialConfig(AppConfig):
    """The members' shared life: collections, recommendations, reports, follows."""

    name = "social"
    verbose_name = _("Peers' shared life")

    def ready(self):
        from .follows import receivers

        receivers.connect()
