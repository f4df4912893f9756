"""The open-data files of the places (published places only), at stable addresses."""

from django.http import HttpResponseNotModified, StreamingHttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from . import exporting

# Clients and proxies may keep a file this long, then ask again (a 304 while unchanged).
MAX_AGE = 600


@require_safe
def export(request, name: str):
    content_type, produce, filename = exporting.EXPORTS[name]
    etag = f'"{exporting.generation.current()}-{name}"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
    else:
        response = StreamingHttpResponse(
            exporting.cached(name, produce), content_type=content_type
        )
        response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["ETag"] = etag
    # The licence, and the schema the file follows, in the response itself (RFC 8288).
    described_by = (
        exporting.schema_uri()
        if name in ("csv", "json")
        else "https://www.data.inclusion.beta.gouv.fr/"
    )
    response["Link"] = (
        f'<{exporting.LICENCE_URL}>; rel="license"; title="{exporting.LICENCE_NAME}", '
        f'<{described_by}>; rel="describedby"'
    )
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response
