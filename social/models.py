"""The models of each concept live beside its views (social/<concept>/models.py)."""

from .collections.models import *  # noqa: F403
from .follows.models import *  # noqa: F403
from .recommendations.models import *  # noqa: F403
from .reports.models import *  # noqa: F403
