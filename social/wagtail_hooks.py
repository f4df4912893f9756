"""The members' shared life in the admin: each concept registers its screens in its own module."""

from .collections import wagtail_hooks as collections  # noqa: F401
from .follows import wagtail_hooks as follows  # noqa: F401
from .recommendations import wagtail_hooks as recommendations  # noqa: F401
from .reports import wagtail_hooks as reports  # noqa: F401
