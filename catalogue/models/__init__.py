"""The training app's models: catalogues, their modules (Qualiopi indicator 1), sessions
and trainers (pages.py); registrations to sessions and attendance (registration.py); the
satisfaction questionnaire after a session (satisfaction.py)."""

from .pages import (
    LIST_FEATURES,
    ModuleSupport,
    Trainer,
    TrainingCataloguePage,
    TrainingIndexPage,
    TrainingModulePage,
    TrainingModulePageTag,
    TrainingSession,
    TrainingSessionQuerySet,
    with_module_counts,
)
from .registration import Attendance, Funding, HalfDay, Registration, Status
from .satisfaction import SatisfactionSurvey

__all__ = [
    "LIST_FEATURES",
    "Attendance",
    "Funding",
    "HalfDay",
    "ModuleSupport",
    "Registration",
    "SatisfactionSurvey",
    "Status",
    "Trainer",
    "TrainingCataloguePage",
    "TrainingIndexPage",
    "TrainingModulePage",
    "TrainingModulePageTag",
    "TrainingSession",
    "TrainingSessionQuerySet",
    "with_module_counts",
]
