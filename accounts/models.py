"""The accounts app's models: they live in the modules of their concern."""

from .notifications import Notification

__all__ = ["Notification"]
