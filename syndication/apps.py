from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SyndicationConfig(AppConfig):
    """How the site's public content is found and reused outside it: sitemap, robots.txt,
    Atom feeds and link previews."""

    name = "syndication"
    verbose_name = _("Syndication")

    def ready(self):
        from . import signals

        signals.connect()
