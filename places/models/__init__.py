"""The places app's models: the place itself, in the national standard, and what the hub
keeps around it."""

from .map_page import PlaceMapPage
from .opening import PlaceOpening
from .place import (
    DEPARTMENT_NAMES,
    DERIVED_FIELDS,
    Place,
    PlaceQuerySet,
    department_code,
    first_free_slug,
    new_local_id,
    slug_base,
    unique_slug,
)
from .proposal import Proposal

__all__ = [
    "DEPARTMENT_NAMES",
    "DERIVED_FIELDS",
    "Place",
    "PlaceMapPage",
    "PlaceOpening",
    "PlaceQuerySet",
    "Proposal",
    "department_code",
    "first_free_slug",
    "new_local_id",
    "slug_base",
    "unique_slug",
]
