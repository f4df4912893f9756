"""nginx's X-Accel-Redirect as the sendfile backend of Wagtail's document view.

The view checks the visitor's rights and sets the download's headers; this answer
then tells nginx to send the file from its `internal` location (SENDFILE_URL, which
maps to SENDFILE_ROOT; see deploy/nginx.conf), which no request can reach directly.
nginx answers byte ranges and conditional requests itself.
"""

import os
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import HttpResponse


def sendfile(request, filename, **kwargs):
    root = os.path.realpath(settings.SENDFILE_ROOT)
    path = os.path.realpath(filename)
    if os.path.commonpath([root, path]) != root:
        raise SuspiciousFileOperation(f"{filename} is outside SENDFILE_ROOT ({root})")
    relative = os.path.relpath(path, root).replace(os.sep, "/")
    response = HttpResponse()
    response["X-Accel-Redirect"] = quote(f"{settings.SENDFILE_URL.rstrip('/')}/{relative}")
    return response
