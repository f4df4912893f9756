"""Reading PDF documents back in tests: their text, as a reader's search finds it."""

import io
import re

from pypdf import PdfReader


def pdf_pages(content: bytes) -> list[str]:
    """Each page's text, spaces normalised (no-break spaces are spaces, runs are one)."""
    reader = PdfReader(io.BytesIO(content))
    return [normalise(page.extract_text() or "") for page in reader.pages]


def pdf_text(content: bytes) -> str:
    return " ".join(pdf_pages(content))


def normalise(text: str) -> str:
    text = text.replace("\u202f", " ").replace("\u00a0", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()
