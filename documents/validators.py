"""Uploads that cannot hurt: each file's content must match its extension.

An extension says nothing about what a file holds: a web page renamed `.pdf`, a
spreadsheet renamed `.odt` or a ZIP that expands to gigabytes all arrive with a
harmless name. `validate_upload` opens the file as its extension claims and
refuses it, with a message an editor understands, when it is not what it says.
"""

import re
import stat
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core import checks
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat, floatformat
from django.utils.translation import gettext_lazy as _
from PIL import Image

# Archives (and office files, which are archives) beyond these limits are refused.
ZIP_MAX_ENTRIES = 1000
ZIP_MAX_RATIO = 100
ZIP_MAX_UNCOMPRESSED = 500 * 1024 * 1024
DEFAULT_MAX_IMAGE_PIXELS = 40_000_000

ODF_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
OOXML_PARTS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
IMAGE_MAGIC = {
    "png": lambda head: head.startswith(b"\x89PNG\r\n\x1a\n"),
    "jpeg": lambda head: head.startswith(b"\xff\xd8\xff"),
    "webp": lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP",
}
PILLOW_FORMATS = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}

# What runs code once a document is opened. OpenDocument keeps Basic libraries and
# scripts in parts named Basic/ and Scripts/; a Basic module or a binding of an event
# to a macro is recognised by its content wherever it is.
ODF_MACRO_FOLDERS = ("basic/", "scripts/")
ODF_MACRO_CONTENT = re.compile(rb"<script:module\b|vnd\.sun\.star\.script:|macro:///")
# OOXML: the VBA project by its name, its content type or relationship, or its content
# (an OLE compound file with a "_VBA_PROJECT" stream, named in UTF-16), and the
# macro-enabled document types and Excel 4 macro sheets.
OOXML_MACRO_DECLARATIONS = re.compile(
    rb"vbaProject|macroEnabled|macrosheet|vbaData|relationships/wordVbaData", re.IGNORECASE
)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
OLE_VBA_STREAM = "_VBA_PROJECT".encode("utf-16-le")
# PDF actions that run code: JavaScript (/JavaScript, /JS) and launching a program.
PDF_ACTIVE_CONTENT = re.compile(rb"/(?:JavaScript|JS|Launch)(?![A-Za-z0-9])")
PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
PDF_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.DOTALL)
# Decompressed object streams read for the check, at most: a PDF holding more is refused.
PDF_MAX_INFLATED = 50 * 1024 * 1024

# What browsers would render as a page: markup at the start of the file.
MARKUP = re.compile(
    rb"^<(?:!doctype\s+html|html|head|body|script|svg|iframe|object|embed|meta|style|title"
    rb"|link|img|a\s|div|\?xml)",
    re.IGNORECASE,
)
# Control characters other than tab, line feed, vertical tab, form feed, carriage return
# and the MS-DOS end-of-file mark: their presence means binary data, not text.
BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x19\x1b-\x1f]")

MESSAGES = {
    "extension": _(
        "Files of type “.%(extension)s” are not accepted. Accepted types: %(allowed)s."
    ),
    "svg": _(
        "SVG images are not accepted: they can contain scripts that would run in visitors’ "
        "browsers. Export the image as PNG, JPEG or WebP."
    ),
    "mismatch": _(
        "This file is not a real %(format)s file: its content does not match its "
        "“.%(extension)s” extension."
    ),
    "renamed": _(
        "This file is a “.%(actual)s” document renamed “.%(extension)s”: save it with its "
        "real extension."
    ),
    "markup": _(
        "This file contains web code (HTML, SVG or script) instead of %(format)s content: "
        "it is refused."
    ),
    "binary": _("This file is not plain text: it contains binary data."),
    "damaged": _("This file is damaged and cannot be read."),
    "encrypted": _("This archive is protected by a password: its content cannot be checked."),
    "path": _(
        "This archive contains a dangerous path (“%(name)s”): the files of an archive must "
        "stay inside it."
    ),
    "symlink": _("This archive contains a symbolic link (“%(name)s”), which is not accepted."),
    "entries": _("This archive contains too many files (%(count)s, at most %(max)s)."),
    "bomb": _(
        "This archive expands to an abnormal size once decompressed (%(size)s from %(packed)s): "
        "it is refused to protect the server."
    ),
    "macros": _("This document contains macros, which are not accepted: save it without macros."),
    "pdf_scripts": _(
        "This PDF contains scripts or actions that launch programs (JavaScript, Launch), "
        "which are not accepted: export it again without them."
    ),
    "pdf_bomb": _(
        "This PDF expands to an abnormal size once decompressed: it is refused to protect "
        "the server."
    ),
    "pixels": _(
        "This image is too large (%(width)s × %(height)s pixels): at most %(max)s million "
        "pixels are accepted, to protect the server."
    ),
    "pixel_bomb": _(
        "This image has too many pixels: at most %(max)s million pixels are accepted, to "
        "protect the server."
    ),
}


def _refuse(key: str, **params) -> ValidationError:
    message = MESSAGES[key] % params if params else MESSAGES[key]
    return ValidationError(message, code=f"upload_{key}")


def _head(file, size: int = 1024) -> bytes:
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def _size(file) -> int:
    size = getattr(file, "size", None)
    if size is None:
        size = file.seek(0, 2)
        file.seek(0)
    return size


def _format_label(extension: str) -> str:
    return "JPEG" if extension in ("jpg", "jpeg") else extension.upper()


def _mismatch(extension: str) -> ValidationError:
    return _refuse("mismatch", format=_format_label(extension), extension=extension)


def _max_pixels() -> int:
    return getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", DEFAULT_MAX_IMAGE_PIXELS)


def _millions(pixels: int) -> str:
    return floatformat(pixels / 1_000_000, -2)


# --- format families ---


def check_pdf(file, extension: str) -> None:
    """A PDF, without the actions that run code in a reader: JavaScript and launching a
    program. Names may spell letters as #xx, and objects may sit in compressed object
    streams, which are read decompressed."""
    if not _head(file).startswith(b"%PDF-"):
        raise _mismatch(extension)
    file.seek(0)
    content = file.read()
    for part in (content, *_object_streams(content)):
        if PDF_ACTIVE_CONTENT.search(_pdf_names(part)):
            raise _refuse("pdf_scripts")


def _pdf_names(data: bytes) -> bytes:
    return PDF_NAME_ESCAPE.sub(lambda match: bytes.fromhex(match[1].decode()), data)


def _object_streams(content: bytes):
    """The decompressed object streams (/Type /ObjStm, Flate) of a PDF, within a bound."""
    budget = PDF_MAX_INFLATED
    for match in PDF_STREAM.finditer(content):
        dictionary = content[content.rfind(b" obj", 0, match.start()) : match.start()]
        if b"/ObjStm" not in _pdf_names(dictionary):
            continue
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(match[1], budget + 1)
        except zlib.error:
            continue  # another filter, or damaged: no reader would find objects in it either
        budget -= len(data)
        if budget < 0:
            raise _refuse("pdf_bomb")
        yield data


def check_text(file, extension: str) -> None:
    """UTF-8 or Latin-1 (Windows-1252) text: any byte sequence decodes in the latter, so
    what tells text from binary data is the absence of NUL and other control bytes."""
    file.seek(0)
    if BINARY_CONTROLS.search(file.read()):
        raise _refuse("binary")


def check_audio(file, extension: str) -> None:
    head = _head(file)
    frame_sync = len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0
    if not (head.startswith(b"ID3") or frame_sync):
        raise _mismatch(extension)


def check_video(file, extension: str) -> None:
    if _head(file)[4:8] != b"ftyp":
        raise _mismatch(extension)


def check_image(file, extension: str) -> None:
    """Magic bytes, then Pillow: the format it finds, the pixel count, `verify()`."""
    kind = "jpeg" if extension == "jpg" else extension
    if not IMAGE_MAGIC[kind](_head(file, 16)):
        raise _mismatch(extension)
    max_pixels = _max_pixels()
    with warnings.catch_warnings():
        # Pillow only warns between its limit and twice it: make that a refusal too.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(file)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _refuse(
                "pixel_bomb", max=_millions(max_pixels or Image.MAX_IMAGE_PIXELS)
            ) from None
        except Exception:  # noqa: BLE001 - whatever Pillow raises, the image is unreadable
            raise _refuse("damaged") from None
        if image.format != PILLOW_FORMATS[kind]:
            raise _mismatch(extension)
        width, height = image.size
        if max_pixels and width * height > max_pixels:
            raise _refuse("pixels", width=width, height=height, max=_millions(max_pixels))
        try:
            image.verify()
        except Exception:  # noqa: BLE001
            raise _refuse("damaged") from None


def _is_dangerous_path(name: str) -> bool:
    return (
        "\\" in name
        or name.startswith("/")
        or bool(re.match(r"[A-Za-z]:", name))
        or ".." in name.split("/")
    )


def open_safe_zip(file, extension: str) -> zipfile.ZipFile:
    """Open an archive after checking its entries' names, number and expanded size,
    then read every entry once (bounded by those sizes) to check it is intact."""
    try:
        archive = zipfile.ZipFile(file)
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _mismatch(extension) from None
    if len(entries) > ZIP_MAX_ENTRIES:
        raise _refuse("entries", count=len(entries), max=ZIP_MAX_ENTRIES)
    for entry in entries:
        for name in (entry.orig_filename, entry.filename):
            if _is_dangerous_path(name):
                raise _refuse("path", name=name)
        if stat.S_ISLNK(entry.external_attr >> 16):
            raise _refuse("symlink", name=entry.filename)
        if entry.flag_bits & 0x1:
            raise _refuse("encrypted")
    packed = max(_size(file), 1)
    expanded = sum(entry.file_size for entry in entries)
    if expanded > ZIP_MAX_UNCOMPRESSED or expanded > ZIP_MAX_RATIO * packed:
        raise _refuse("bomb", size=filesizeformat(expanded), packed=filesizeformat(packed))
    try:
        for entry in entries:
            # Reading stops at the declared size: a lying header fails its CRC check.
            with archive.open(entry) as stream:
                while stream.read(1024 * 1024):
                    pass
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError):
        raise _refuse("damaged") from None
    return archive


def check_zip(file, extension: str) -> None:
    open_safe_zip(file, extension)


def check_odf(file, extension: str) -> None:
    """OpenDocument: a `mimetype` entry first, naming the type of this extension."""
    archive = open_safe_zip(file, extension)
    entries = archive.infolist()
    if not entries or entries[0].filename != "mimetype" or entries[0].file_size > 200:
        raise _mismatch(extension)
    declared = archive.read(entries[0]).decode("ascii", "replace").strip()
    if declared != ODF_MIMETYPES[extension]:
        for actual, mimetype in ODF_MIMETYPES.items():
            if declared == mimetype:
                raise _refuse("renamed", actual=actual, extension=extension)
        raise _mismatch(extension)
    for entry in entries:
        if entry.filename.lower().startswith(ODF_MACRO_FOLDERS) or ODF_MACRO_CONTENT.search(
            archive.read(entry)
        ):
            raise _refuse("macros")


def check_ooxml(file, extension: str) -> None:
    """Office Open XML: `[Content_Types].xml` and the main part of this kind of document."""
    archive = open_safe_zip(file, extension)
    names = archive.namelist()
    if "[Content_Types].xml" not in names:
        raise _mismatch(extension)
    if not any(name.startswith(OOXML_PARTS[extension]) for name in names):
        for actual, part in OOXML_PARTS.items():
            if any(name.startswith(part) for name in names):
                raise _refuse("renamed", actual=actual, extension=extension)
        raise _mismatch(extension)
    for entry in archive.infolist():
        name = entry.filename.lower()
        content = archive.read(entry)
        if (
            name.endswith("vbaproject.bin")
            or (name.endswith((".xml", ".rels")) and OOXML_MACRO_DECLARATIONS.search(content))
            or (content.startswith(OLE_MAGIC) and OLE_VBA_STREAM in content)
        ):
            raise _refuse("macros")


CHECKS: dict[str, Callable] = {
    "pdf": check_pdf,
    "odt": check_odf,
    "ods": check_odf,
    "odp": check_odf,
    "docx": check_ooxml,
    "xlsx": check_ooxml,
    "pptx": check_ooxml,
    "txt": check_text,
    "csv": check_text,
    "zip": check_zip,
    "png": check_image,
    "jpg": check_image,
    "jpeg": check_image,
    "webp": check_image,
    "mp3": check_audio,
    "mp4": check_video,
}


def validate_upload(file, extension: str, allowed: Iterable[str] | None = None) -> None:
    """Refuse `file` unless its content is what `extension` announces.

    `allowed` narrows the accepted extensions (for instance to images); the file is
    left rewound to its start for whoever reads it next.
    """
    extension = extension.lower().lstrip(".")
    allowed = [ext for ext in (allowed or settings.WAGTAILDOCS_EXTENSIONS) if ext in CHECKS]
    if extension == "svg":
        raise _refuse("svg")
    if extension not in allowed:
        raise _refuse("extension", extension=extension, allowed=", ".join(allowed))
    try:
        if MARKUP.match(_head(file).lstrip(b"\xef\xbb\xbf \t\r\n\x0c")):
            raise _refuse("markup", format=_format_label(extension))
        CHECKS[extension](file, extension)
    finally:
        file.seek(0)


@checks.register()
def check_accepted_extensions(**kwargs) -> list[checks.CheckMessage]:
    """The accepted extensions are Wagtail's settings; each needs a content check and a label."""
    from .models import FILE_FORMATS

    errors = []
    accepted = {*settings.WAGTAILDOCS_EXTENSIONS, *settings.WAGTAILIMAGES_EXTENSIONS}
    for extension in sorted(accepted - set(CHECKS)):
        errors.append(checks.Error(f"No content check for .{extension}", id="documents.E001"))
    for extension in sorted(accepted - set(FILE_FORMATS)):
        errors.append(checks.Error(f"No format label for .{extension}", id="documents.E002"))
    return errors
