from . import structured_data  # noqa: F401 — registers the Event builder
