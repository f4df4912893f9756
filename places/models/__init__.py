"""The places app's models: the place itself, in the national standard, and what the hub
keeps around it."""

from .opening import PlaceOpening
from .place import (
    DEPARTMENT_NAMES,
    Place,
    PlaceQuerySet,
    department_code,
    new_local_id,
    unique_slug,
)
from .proposal import Proposal, ProposalQuerySet

__all__ = [
    "DEPARTMENT_NAMES",
    "Place",
    "PlaceOpening",
    "PlaceQuerySet",
    "Proposal",
    "ProposalQuerySet",
    "department_code",
    "new_local_id",
    "unique_slug",
]
