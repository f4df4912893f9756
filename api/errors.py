"""Every error of the API as JSON with a French message: `{"message": …, "code": …}`.

Wagtail's API v2 answers its own errors in English ("limit must be a positive
integer"); they are said again in French here, so that a partner reads one language
whatever the endpoint. Django REST framework's own messages are already French
(its catalogue, LANGUAGE_CODE = "fr").
"""

import re

from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import set_rollback
from wagtail.api.v2.utils import BadRequestError


class BadFilter(exceptions.ValidationError):
    """A filter's value that the API does not know: 400 with a message naming it."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# Wagtail's messages (wagtail/api/v2), in French. Each pattern's groups fill the text.
WAGTAIL_MESSAGES = [
    (
        r"query parameter is not an operation or a recognised field: (.*)",
        lambda m: _("Unknown query parameter: %(names)s.") % {"names": m[1]},
    ),
    (r"type doesn't exist", lambda m: _("Unknown page type (type).")),
    (r"unknown fields: (.*)", lambda m: _("Unknown fields: %(names)s.") % {"names": m[1]}),
    (r"fields error: (.*)", lambda m: _("The fields parameter is not understood.")),
    (
        r"'(.*)' does not support nested fields",
        lambda m: _("%(name)s has no sub-fields.") % {"name": m[1]},
    ),
    (r"limit must be a positive integer", lambda m: _("limit must be a positive integer.")),
    (
        r"limit cannot be higher than (\d+)",
        lambda m: _("limit cannot be higher than %(max)s.") % {"max": m[1]},
    ),
    (r"offset must be a positive integer", lambda m: _("offset must be a positive integer.")),
    (
        r"cannot order by '(.*)' \(unknown field\)",
        lambda m: _("Cannot order by “%(name)s”: unknown field.") % {"name": m[1]},
    ),
    (
        r"random ordering with offset is not supported",
        lambda m: _("Random order cannot be used with offset."),
    ),
    (
        r"field filter error\. '(.*)' is not a valid value for (\w+).*",
        lambda m: (
            _("“%(value)s” is not a valid value for %(name)s.") % {"value": m[1], "name": m[2]}
        ),
    ),
    (
        r"(\w+) must be a positive integer",
        lambda m: _("%(name)s must be a positive integer.") % {"name": m[1]},
    ),
    (r"parent page doesn't exist", lambda m: _("This parent page does not exist.")),
    (r"ancestor page doesn't exist", lambda m: _("This ancestor page does not exist.")),
    (r"descendant page doesn't exist", lambda m: _("This descendant page does not exist.")),
    (
        r"filtering by (\w+) is not supported",
        lambda m: _("Filtering by %(name)s is not supported.") % {"name": m[1]},
    ),
]


def wagtail_message(text: str) -> str:
    for pattern, french in WAGTAIL_MESSAGES:
        if match := re.fullmatch(pattern, text):
            return french(match)
    return _("The request is not understood: %(reason)s") % {"reason": text}


def error_body(message: str, code: str, **extra) -> dict:
    return {"message": message, "code": code, **extra}


def exception_handler(exc, context):
    """DRF's exception handler, for every API view (REST_FRAMEWORK["EXCEPTION_HANDLER"])."""
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Not found: nothing public answers at this address."))
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, BadRequestError):
        exc = BadFilter(wagtail_message(str(exc)))
    if not isinstance(exc, exceptions.APIException):
        return None
    headers = {}
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(max(1, round(exc.wait)))
    if isinstance(exc, BadFilter):
        body = error_body(exc.message, "invalid")
    elif isinstance(exc.detail, dict | list):
        body = error_body(_("The request is not understood."), "invalid", details=exc.detail)
    else:
        body = error_body(str(exc.detail), exc.detail.code or exc.default_code)
    if isinstance(exc, exceptions.Throttled):
        body["message"] = _(
            "Too many requests from your address: try again in %(seconds)s seconds."
        ) % {"seconds": headers.get("Retry-After", "1")}
    set_rollback()
    return Response(body, status=exc.status_code, headers=headers)


def not_found(request, *args, **kwargs):
    """Any other address under /api/v1/: a JSON 404, not the site's HTML page."""
    return JsonResponse(
        error_body(_("Not found: no endpoint answers at this address."), "not_found"),
        status=status.HTTP_404_NOT_FOUND,
        json_dumps_params={"ensure_ascii": False},
    )
