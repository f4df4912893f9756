"""Downloads go through Wagtail's document view, which checks rights (the privacy of
collections) and sets attachment, nosniff and ETag; this adds the sandboxing
Content-Security-Policy, byte ranges, so large files resume, and the anonymous counter.

Every file is an attachment ("Télécharger"), except when the visitor asked to open it
(`?ouvrir`, the "Ouvrir" link) and it is a PDF or an image, which the browser shows in
its own viewer under the same sandbox (CustomDocument.opens_in_browser). nginx keeps the
view's Content-Disposition; object storage's signed URL stays an attachment (documents/s3.py).

In production nginx sends the file once the view said yes (X-Accel-Redirect, see
documents/accel_redirect.py), or object storage through a signed URL that soon expires.
"""

import re
from urllib.parse import urlsplit

from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from wagtail.documents.views.serve import serve as wagtail_serve

from .counting import count_download
from .models import OPEN_PARAMETER, CustomDocument

CHUNK_SIZE = 64 * 1024
SINGLE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
FIRST_BYTE_RANGE = re.compile(r"^bytes=0+-")
# Wagtail's "default-src 'none'", and `sandbox`: a file opened in the browser runs no
# script, submits no form and reaches no cookie of the site.
DOWNLOAD_POLICY = "default-src 'none'; sandbox"
COPIED_HEADERS = (
    "Content-Type",
    "Content-Disposition",
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "ETag",
    "Last-Modified",
)


def serve_document(request, document_id, document_filename):
    response = wagtail_serve(request, document_id, document_filename)
    if is_storage_redirect(response):
        # Object storage sends the file, ranges included, from the signed URL.
        if request.method == "GET" and starts_at_first_byte(request):
            count_download(request, document_id=document_id)
        return response
    if not is_file(response):
        return response  # a redirect to the login, a password form, a 304
    # Wagtail's sendfile copies the encoding that `mimetypes` guesses from the name,
    # None included ("Content-Encoding: None"): files are sent as stored, never encoded.
    del response["Content-Encoding"]
    if OPEN_PARAMETER in request.GET and opens_in_browser(document_id):
        disposition = response.get("Content-Disposition", "attachment")
        response["Content-Disposition"] = "inline" + disposition.removeprefix("attachment")
    if "X-Accel-Redirect" in response:
        # nginx measures the file, and answers ranges, itself.
        del response["Content-Length"]
    elif response.status_code == 200:
        response["Accept-Ranges"] = "bytes"
        response = apply_range(request, response)
    if response.status_code in (200, 206):
        response["Content-Security-Policy"] = DOWNLOAD_POLICY
        if request.method == "GET" and starts_at_first_byte(request):
            count_download(request, document_id=document_id)
    return response


def opens_in_browser(document_id) -> bool:
    """Whether this file may be shown inline; its rights were checked by Wagtail's view."""
    document = CustomDocument.objects.filter(pk=document_id).only("file").first()
    return document is not None and document.opens_in_browser


def is_storage_redirect(response) -> bool:
    """The rights were checked and the file is at the storage's own (signed) address: the
    only redirect to another site the view gives (the login is one of ours)."""
    return response.status_code == 302 and bool(urlsplit(response["Location"]).netloc)


def is_file(response) -> bool:
    return isinstance(response, FileResponse) or "X-Accel-Redirect" in response


def starts_at_first_byte(request) -> bool:
    """A whole download, or the first part of one: resumed parts do not count again."""
    header = request.headers.get("range")
    return not header or FIRST_BYTE_RANGE.match(header.strip()) is not None


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """The (first, last) byte of a single "bytes=" range, or None to send the whole file.

    Raises ValueError for a range that lies outside the file.
    """
    match = SINGLE_RANGE.match(header.strip())
    if not match or match.groups() == ("", ""):
        return None  # several ranges, or nonsense: a full response is a valid answer
    first, last = match.groups()
    if first == "":
        length = min(int(last), size)
        if length == 0:
            raise ValueError("empty suffix range")
        return size - length, size - 1
    first = int(first)
    last = min(int(last), size - 1) if last else size - 1
    if first >= size or first > last:
        raise ValueError("range not satisfiable")
    return first, last


def apply_range(request, response):
    header = request.headers.get("range")
    if not header or request.method not in ("GET", "HEAD"):
        return response
    if_range = request.headers.get("if-range")
    if if_range and if_range not in (response.get("ETag"), response.get("Last-Modified")):
        return response  # the file changed since the first part: send it whole
    size = int(response["Content-Length"])
    try:
        byte_range = parse_range(header, size)
    except ValueError:
        response.close()
        refused = HttpResponse(status=416)
        refused["Content-Range"] = f"bytes */{size}"
        return refused
    if byte_range is None:
        return response

    first, last = byte_range
    file = response.file_to_stream
    partial = StreamingHttpResponse(read_range(file, first, last), status=206)
    partial._resource_closers.append(file.close)
    for name in COPIED_HEADERS:
        if name in response:
            partial[name] = response[name]
    partial["Accept-Ranges"] = "bytes"
    partial["Content-Range"] = f"bytes {first}-{last}/{size}"
    partial["Content-Length"] = str(last - first + 1)
    return partial


def read_range(file, first: int, last: int):
    file.seek(first)
    remaining = last - first + 1
    while remaining > 0:
        chunk = file.read(min(CHUNK_SIZE, remaining))
        if not chunk:
            break
        remaining -= len(chunk)
        yield chunk
