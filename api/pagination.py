"""limit/offset pages for the REST framework endpoints, as Wagtail's API v2 pages its own:
`{"meta": {"total_count": n}, "items": [...]}`, at most WAGTAILAPI_LIMIT_MAX items."""

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from wagtail.api.v2.pagination import WagtailPagination

from .errors import BadFilter

DEFAULT_LIMIT = 20
# Beyond any list the API has, and within what every database takes as an OFFSET.
MAX_OFFSET = 1_000_000_000


def limit_max() -> int:
    return settings.WAGTAILAPI_LIMIT_MAX


def positive_integer(request, name: str, default: int) -> int:
    text = request.query_params.get(name)
    if text is None:
        return default
    if not text.isascii() or not text.isdigit():
        raise BadFilter(_("%(name)s must be a positive integer.") % {"name": name})
    return int(text)


def check_offset(request) -> None:
    if positive_integer(request, "offset", 0) > MAX_OFFSET:
        raise BadFilter(_("offset cannot be higher than %(max)s.") % {"max": MAX_OFFSET})


class ApiPagination(BasePagination):
    def paginate_queryset(self, queryset, request, view=None):
        check_offset(request)
        offset = positive_integer(request, "offset", 0)
        limit = positive_integer(request, "limit", min(DEFAULT_LIMIT, limit_max()))
        if limit > limit_max():
            raise BadFilter(_("limit cannot be higher than %(max)s.") % {"max": limit_max()})
        self.total_count = queryset.count()
        return list(queryset[offset : offset + limit])

    def get_paginated_response(self, data):
        return Response({"meta": {"total_count": self.total_count}, "items": data})

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["meta", "items"],
            "properties": {
                "meta": {
                    "type": "object",
                    "required": ["total_count"],
                    "properties": {
                        "total_count": {
                            "type": "integer",
                            "minimum": 0,
                            "description": _("Number of items matching the filters."),
                        }
                    },
                },
                "items": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": "limit",
                "in": "query",
                "required": False,
                "description": _("Number of items (at most %(max)s, 20 by default).")
                % {"max": limit_max()},
                "schema": {"type": "integer", "minimum": 0, "maximum": limit_max()},
            },
            {
                "name": "offset",
                "in": "query",
                "required": False,
                "description": _("Number of items to skip."),
                "schema": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET},
            },
        ]


class BoundedWagtailPagination(WagtailPagination):
    """Wagtail's pages, with the same bound on offset."""

    def paginate_queryset(self, queryset, request, view=None):
        check_offset(request)
        return super().paginate_queryset(queryset, request, view)
