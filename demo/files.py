"""Real, small files for the demo: ODT, DOCX and PDF documents, and illustrations.

Generated from a title and paragraphs, with the standard library and Pillow
only, so the demo needs no office suite. Each format is the minimal valid
container its readers (LibreOffice, Word, any PDF viewer) open.
"""

import io
import random
import textwrap
import zipfile
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"


def _zip(entries: list[tuple[str, str]], stored_first: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if stored_first:
            archive.writestr(entries[0][0], entries[0][1], compress_type=zipfile.ZIP_STORED)
            entries = entries[1:]
        for name, content in entries:
            archive.writestr(name, content)
    return buffer.getvalue()


def make_odt(title: str, paragraphs: list[str]) -> bytes:
    body = f'<text:h text:outline-level="1">{escape(title)}</text:h>' + "".join(
        f"<text:p>{escape(paragraph)}</text:p>" for paragraph in paragraphs
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT_MIMETYPE}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    # The OpenDocument spec requires `mimetype` first and uncompressed.
    return _zip(
        [
            ("mimetype", ODT_MIMETYPE),
            ("content.xml", content),
            ("META-INF/manifest.xml", manifest),
        ],
        stored_first="mimetype",
    )


def make_docx(title: str, paragraphs: list[str]) -> bytes:
    def paragraph(text: str, style: str = "") -> str:
        properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f'<w:p>{properties}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    body = paragraph(title, "Title") + "".join(paragraph(text) for text in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    relationships = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats'
        '.org/officeDocument/2006/relationships/officeDocument"/>'
        "</Relationships>"
    )
    return _zip(
        [
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", relationships),
            ("word/document.xml", document),
        ]
    )


def _pdf_text(text: str) -> str:
    encoded = text.replace("’", "'").encode("cp1252", "replace").decode("latin-1")
    return encoded.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A PDF of A4 pages in Helvetica (WinAnsi encoding, so French accents show)."""
    lines = [("F2", 16, line) for line in textwrap.wrap(title, 60)] + [("F1", 11, "")]
    for paragraph in paragraphs:
        lines += [("F1", 11, line) for line in textwrap.wrap(paragraph, 90)]
        lines.append(("F1", 11, ""))
    per_page = 50
    pages = [lines[start : start + per_page] for start in range(0, len(lines), per_page)]

    objects: list[str] = []
    page_refs = []
    font_ids = (3, 4)
    for page_lines in pages:
        stream = (
            "BT 56 790 Td 16 TL "
            + " ".join(
                f"/{font} {size} Tf ({_pdf_text(text)}) Tj T*" for font, size, text in page_lines
            )
            + " ET"
        )
        content_id = 5 + len(objects)
        objects.append(
            f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream"
        )
        page_id = 5 + len(objects)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content_id} 0 R"
            f" /Resources << /Font << /F1 {font_ids[0]} 0 R /F2 {font_ids[1]} 0 R >> >> >>"
        )
        page_refs.append(f"{page_id} 0 R")
    header = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(page_refs)}] /Count {len(page_refs)} >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(header + objects, start=1):
        offsets.append(output.tell())
        output.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = output.tell()
    output.write(f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode())
    output.write("".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode())
    output.write(
        f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return output.getvalue()


DOCUMENT_MAKERS = {"odt": make_odt, "docx": make_docx, "pdf": make_pdf}

# RhinOcc's palette, dark enough for white text at AA contrast.
PALETTE = ["#1f4e79", "#7a2e5c", "#2e6b3a", "#8a4b08", "#4b3f8f", "#005f6b"]


def make_illustration(title: str, width: int = 1200, height: int = 675) -> bytes:
    """A JPEG banner of soft coloured shapes, the same for the same title.

    No text is drawn: an image carrying words would need them in its alt text,
    and Pillow's built-in font has no accented letters.
    """
    rng = random.Random(title)  # noqa: S311 - decoration, not security
    image = Image.new("RGB", (width, height), rng.choice(PALETTE))
    draw = ImageDraw.Draw(image, "RGBA")
    for _ in range(9):
        radius = rng.randint(height // 6, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = (255, 255, 255, rng.randint(18, 45))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()
