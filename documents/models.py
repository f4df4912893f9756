"""Downloads: every file a mediator takes away carries its licence and source."""

from pathlib import PurePosixPath
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.models import Orderable, Page, ReferenceIndex

from .storage import document_storage, document_upload_to


class FileFormat(NamedTuple):
    label: str
    editable: bool


# What a visitor needs to know before downloading: can I adapt it, or only print it?
FILE_FORMATS = {
    "pdf": FileFormat(_("PDF document, ready to print"), False),
    "odt": FileFormat(_("Editable text document (ODT)"), True),
    "docx": FileFormat(_("Editable text document (DOCX)"), True),
    "ods": FileFormat(_("Editable spreadsheet (ODS)"), True),
    "xlsx": FileFormat(_("Editable spreadsheet (XLSX)"), True),
    "odp": FileFormat(_("Editable presentation (ODP)"), True),
    "pptx": FileFormat(_("Editable presentation (PPTX)"), True),
    "txt": FileFormat(_("Plain text (TXT)"), True),
    "csv": FileFormat(_("Table (CSV)"), True),
    "zip": FileFormat(_("ZIP archive"), False),
    "png": FileFormat(_("Image (PNG)"), False),
    "jpg": FileFormat(_("Image (JPEG)"), False),
    "jpeg": FileFormat(_("Image (JPEG)"), False),
    "webp": FileFormat(_("Image (WebP)"), False),
    "mp3": FileFormat(_("Audio recording (MP3)"), False),
    "mp4": FileFormat(_("Video (MP4)"), False),
}


# Formats that the browser shows in a viewer of its own that runs nothing of the file under
# the download's sandbox (documents/views.py): these get an "Ouvrir" link beside
# "Télécharger". PDFs with JavaScript are refused at upload (documents/validators.py).
VIEWABLE_IN_BROWSER = {"pdf", "png", "jpg", "jpeg", "webp"}
# The query parameter of the "Ouvrir" link: `/documents/<id>/<name>?ouvrir`.
OPEN_PARAMETER = "ouvrir"


class CustomDocument(AbstractDocument):
    # Stored under an unguessable path, in the documents' own storage (documents/storage.py).
    file = models.FileField(
        _("file"), upload_to=document_upload_to, storage=document_storage, max_length=255
    )
    description = models.TextField(_("description"), blank=True)
    source = models.CharField(
        _("author or source"),
        max_length=255,
        blank=True,
        help_text=_("Who made this file, to credit them."),
    )
    licence = models.ForeignKey(
        "taxonomy.Licence",
        verbose_name=_("licence"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    admin_form_fields = (*WagtailDocument.admin_form_fields, "description", "source", "licence")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def extension(self) -> str:
        return PurePosixPath(self.file.name).suffix.lstrip(".").lower()

    @property
    def format(self) -> FileFormat:
        return FILE_FORMATS.get(self.extension, FileFormat(self.extension.upper(), False))

    @property
    def format_label(self) -> str:
        return self.format.label

    @property
    def is_editable(self) -> bool:
        return self.format.editable

    @property
    def short_format(self) -> str:
        """ "PDF", "ODT": the format as a link's name says it, beside the size."""
        return self.extension.upper()

    @property
    def opens_in_browser(self) -> bool:
        return self.extension in VIEWABLE_IN_BROWSER

    @property
    def open_url(self) -> str:
        """The "Ouvrir" link: the same checked view, answering inline (documents/views.py)."""
        return f"{self.url}?{OPEN_PARAMETER}"


class PageDownload(Orderable):
    """A file offered on a page (a kit's tool, a module's support, an attachment).

    Concrete subclasses add the ParentalKey to their page.
    """

    document = models.ForeignKey(
        CustomDocument, verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        abstract = True


class DownloadCount(models.Model):
    """How many times a file, or a page's bundle of files, was downloaded on a day.

    Deliberately anonymous: no IP address, account, cookie or user agent is
    stored, so nothing here can identify or follow a visitor.
    """

    day = models.DateField(_("day"))
    document = models.ForeignKey(
        CustomDocument,
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="download_counts",
    )
    bundle_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("bundle of the page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="bundle_download_counts",
    )
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "document"],
                condition=models.Q(document__isnull=False),
                name="one_count_per_document_per_day",
            ),
            models.UniqueConstraint(
                fields=["day", "bundle_page"],
                condition=models.Q(bundle_page__isnull=False),
                name="one_count_per_bundle_per_day",
            ),
            models.CheckConstraint(
                condition=models.Q(document__isnull=True) ^ models.Q(bundle_page__isnull=True),
                name="counts_a_document_or_a_bundle",
            ),
        ]
        indexes = [models.Index(fields=["day"])]

    def __str__(self):
        return f"{self.day}: {self.document or self.bundle_page} × {self.count}"


def page_document_references():
    """Wagtail's reference index from pages to documents: which page offers which file.

    It covers files in inline panels and in StreamField blocks alike. `object_id`
    is the page's id and `to_object_id` the document's, both as strings.
    """
    return ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(CustomDocument),
    )
