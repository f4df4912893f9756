"""PDF documents written as Django templates and printed by WeasyPrint.

WeasyPrint lays pages out with the system's Pango (Debian's `libpango-1.0-0` and
`libpangoft2-1.0-0`) and its fonts (`fonts-dejavu-core`: the documents ask for DejaVu
Sans, so that they look the same on every machine and need no font download). Where
Pango is missing, `import weasyprint` raises OSError: the import is therefore made on the
first PDF only, so that the site starts and serves everything else, and a PDF link
answers a French 503 page (`pdf_unavailable_response`) instead of a traceback.

The HTML comes from templates filled with what editors and trainers typed: WeasyPrint
would fetch any URL found in it (an `<img src>` to an internal address, a `file:` path).
`OfflineFetcher` refuses every URL but inline `data:` ones; the stylesheet and the logo
are part of the document.
"""

import logging
from functools import cache

from django.contrib.staticfiles import finders
from django.http import FileResponse, HttpResponse
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import slugify
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# The print stylesheet every document shares: the hub's colours, A4, DejaVu Sans.
PRINT_STYLESHEET = "core/pdf/print.css"
PDF_CONTENT_TYPE = "application/pdf"


class PdfUnavailable(Exception):
    """WeasyPrint cannot be loaded on this machine (its system libraries are missing)."""


@cache
def _weasyprint():
    try:
        import weasyprint  # lazily: it needs the system's Pango
    except (OSError, ImportError) as error:
        logger.error("PDF documents unavailable: WeasyPrint cannot load (%s)", error)
        raise PdfUnavailable(str(error)) from error
    return weasyprint


def weasyprint_module():
    """The weasyprint module, or PdfUnavailable. A failure is not cached: the library
    installed meanwhile is found at the next try (only a success is kept)."""
    try:
        return _weasyprint()
    except PdfUnavailable:
        _weasyprint.cache_clear()
        raise


@cache
def print_stylesheet_text() -> str:
    path = finders.find(PRINT_STYLESHEET)
    with open(path, encoding="utf-8") as stylesheet:
        return stylesheet.read()


def offline_fetcher(weasyprint):
    class OfflineFetcher(weasyprint.URLFetcher):
        """Inline `data:` URLs only: a document never reaches the network or the disk."""

        def fetch(self, url, headers=None):
            if not url.startswith("data:"):
                raise ValueError(f"External resource refused in a PDF document: {url[:80]}")
            return super().fetch(url, headers)

    return OfflineFetcher(allowed_protocols=["data"])


def html_to_pdf(html: str) -> bytes:
    weasyprint = weasyprint_module()
    fetcher = offline_fetcher(weasyprint)
    stylesheet = weasyprint.CSS(string=print_stylesheet_text(), url_fetcher=fetcher)
    document = weasyprint.HTML(string=html, base_url="data:,", url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[stylesheet])


def render_pdf(template_name: str, context: dict, request=None) -> bytes:
    """The PDF of a template (which extends "core/pdf/base.html"). Raises PdfUnavailable."""
    return html_to_pdf(render_to_string(template_name, context, request))


def pdf_filename(*parts: str) -> str:
    """ "convention-de-formation-marie-dupont.pdf": French words, ASCII, for every system."""
    stem = "-".join(filter(None, (slugify(str(part)) for part in parts)))[:120]
    return f"{stem or 'document'}.pdf"


def pdf_response(content: bytes, filename: str, *, inline: bool = False) -> HttpResponse:
    response = HttpResponse(content, content_type=PDF_CONTENT_TYPE)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def pdf_file_response(file, filename: str) -> FileResponse:
    """A stored PDF, streamed: never loaded whole in memory."""
    response = FileResponse(file, content_type=PDF_CONTENT_TYPE, as_attachment=True)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def pdf_unavailable_response(request) -> HttpResponse:
    """The French page a PDF link answers when WeasyPrint cannot run here: 503, retry later."""
    back_url = request.META.get("HTTP_REFERER", "")
    if not url_has_allowed_host_and_scheme(
        back_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back_url = ""
    content = render_to_string(
        "core/pdf/unavailable.html",
        {"title": _("PDF documents are temporarily unavailable"), "back_url": back_url},
        request,
    )
    response = HttpResponse(content, status=503)
    response["Retry-After"] = "3600"
    return response
