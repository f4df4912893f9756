"""The hub's agenda: events and webinars, their lists and calendar files (models.py).

This package's name is also that of the PyPI package « Events », which opensearch-py
imports as `from events import Events` (opensearchpy.metrics): with the project's
directory first on sys.path, that import finds this app, and OpenSearch's client could not
be imported at all. So the app hands that package's two names on, loaded from its
installed file. Renaming this package (keeping the app label `events`) would remove the
need for it.
"""

import importlib.util
from importlib import metadata


def _installed_events_package():
    try:
        path = metadata.distribution("Events").locate_file("events/events.py")
    except metadata.PackageNotFoundError:  # opensearch-py not installed
        return None
    spec = importlib.util.spec_from_file_location("_pypi_events", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_pypi_events = _installed_events_package()
if _pypi_events is not None:
    Events = _pypi_events.Events
    EventsException = _pypi_events.EventsException
