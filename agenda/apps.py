from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    # The package is not called `events`: opensearch-py imports the PyPI package of that
    # name (`from events import Events`), which an app of the same name would shadow. The
    # label stays "events", the concept's name, in models ("events.EventPage") and tables.
    name = "agenda"
    label = "events"
    verbose_name = _("Events")
