""" "Tout télécharger": a page's files streamed as one ZIP with a LISEZMOI.txt.

The archive is written to the response as it is built, a chunk at a time, so
memory does not grow with the size of the files (zipfile writes to a stream
that cannot seek by adding data descriptors after each entry).
"""

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath

from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from images.privacy import may_see

from .counting import count_download
from .views import DOWNLOAD_POLICY

CHUNK_SIZE = 64 * 1024
# Already compressed formats gain nothing from deflating again.
COMPRESSIBLE_EXTENSIONS = {"txt", "csv"}


class ChunkBuffer:
    """A write-only file that hands back what was written since the last call."""

    def __init__(self):
        self.chunks: list[bytes] = []

    def write(self, data) -> int:
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self.chunks)
        self.chunks.clear()
        return data


def archive_names(documents) -> list[str]:
    """Unique, ordered names inside the archive: "01-fiche-de-liaison.odt"."""
    width = max(2, len(str(len(documents))))
    names = []
    for number, document in enumerate(documents, start=1):
        stem = slugify(PurePosixPath(document.filename).stem)[:80] or "fichier"
        names.append(f"{number:0{width}d}-{stem}.{document.extension}")
    return names


def readme_text(title: str, page_url: str, documents, names, origins=None) -> str:
    """The LISEZMOI of the files of `title` (a page, a collection) found at `page_url`;
    `origins`, beside `documents`, names the content each file comes from."""
    lines = [
        _("“%(title)s”") % {"title": title},
        _("Files downloaded from %(url)s") % {"url": page_url},
        _("on %(date)s, on the RhinOcc Hub platform.")
        % {"date": f"{timezone.localdate():%d/%m/%Y}"},
        "",
    ]
    origins = origins or [None] * len(documents)
    for name, document, origin in zip(names, documents, origins, strict=True):
        licence = (
            str(document.licence) if document.licence else pgettext("licence", "not specified")
        )
        if document.licence and document.licence.url:
            licence += f" ({document.licence.url})"
        lines += [
            f"{name}",
            "  " + _("Title: %(title)s") % {"title": document.title},
            *(["  " + _("From: %(title)s") % {"title": origin}] if origin else []),
            "  " + _("Format: %(format)s") % {"format": document.format_label},
            "  " + _("Licence: %(licence)s") % {"licence": licence},
            "  "
            + _("Author or source: %(source)s")
            % {"source": document.source or pgettext("author or source", "not specified")},
            "",
        ]
    lines.append(_("Please credit the source and respect the licence of each file."))
    return "\r\n".join(lines) + "\r\n"


def stream_zip(files: Iterable[tuple[str, object, bool]], readme: str) -> Iterator[bytes]:
    """Yields the ZIP of (name, storage file, compress) entries, then LISEZMOI.txt."""
    buffer = ChunkBuffer()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, stored_file, compress in files:
            compression = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info = zipfile.ZipInfo(name, date_time=timezone.localtime().timetuple()[:6])
            info.compress_type = compression
            with (
                stored_file.open("rb") as source,
                archive.open(info, "w", force_zip64=True) as entry,
            ):
                while chunk := source.read(CHUNK_SIZE):
                    entry.write(chunk)
                    yield buffer.take()
        archive.writestr("LISEZMOI.txt", readme, compress_type=zipfile.ZIP_DEFLATED)
    yield buffer.take()


def visible_documents(request, documents):
    """The documents this visitor may download: Wagtail's collection restrictions, judged
    once per request for every document (images.privacy)."""
    return [document for document in documents if may_see(request, document)]


class DownloadBundleMixin(RoutablePageMixin):
    """Gives a page a "tout-telecharger/" route: a ZIP of what `get_downloads()` returns.

    Routing through the page keeps Wagtail's page privacy: a private page's
    bundle is refused to those who may not see the page.
    """

    min_bundle_size = 2
    # The inline panel of PageDownload rows holding the page's files, if it has one.
    downloads_relation: str | None = None

    @cached_property
    def page_downloads(self) -> list:
        """The page's inline files with their documents, loaded once for the page and its ZIP."""
        return list(
            getattr(self, self.downloads_relation).select_related(
                "document__licence", "document__collection"
            )
        )

    def get_downloads(self) -> list:
        return [item.document for item in self.page_downloads]

    def get_bundle(self, request) -> dict | None:
        """Where "Tout télécharger" leads and how many files this visitor will get in it,
        for pages offering them several."""
        file_count = len(visible_documents(request, self.get_downloads()))
        if file_count < self.min_bundle_size:
            return None
        return {"url": self.url + self.reverse_subpage("bundle"), "file_count": file_count}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["bundle"] = self.get_bundle(request)
        return context

    @path("tout-telecharger/", name="bundle")
    def download_bundle(self, request):
        documents = visible_documents(request, self.get_downloads())
        names = archive_names(documents)
        readme = readme_text(self.title, request.build_absolute_uri(self.url), documents, names)
        entries = (
            (name, document.file, document.extension in COMPRESSIBLE_EXTENSIONS)
            for name, document in zip(names, documents, strict=True)
        )
        response = StreamingHttpResponse(
            stream_zip(entries, readme), content_type="application/zip"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.zip"'
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = DOWNLOAD_POLICY
        if request.method == "GET":
            count_download(request, bundle_page_id=self.pk)
        return response
