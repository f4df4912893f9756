"""Downloads go through Wagtail's document view, which keeps its protections
(privacy of collections, attachment disposition except PDFs, CSP, nosniff, ETag);
this adds byte ranges, so large files resume, and the anonymous counter."""

import re

from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from wagtail.documents.views.serve import serve as wagtail_serve

from .counting import count_download

CHUNK_SIZE = 64 * 1024
SINGLE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
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
    if isinstance(response, FileResponse) and response.status_code == 200:
        response["Accept-Ranges"] = "bytes"
        response = apply_range(request, response)
    if request.method == "GET" and is_start_of_download(response):
        count_download(request, document_id=document_id)
    return response


def is_start_of_download(response) -> bool:
    """A full download, or the first part of one: resumed parts are not counted again."""
    if response.status_code == 200:
        return isinstance(response, FileResponse)
    return response.status_code == 206 and response["Content-Range"].startswith("bytes 0-")


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
