"""Rich text as stored (`<a linktype="document" id="…">`, `<embed embedtype="image" …/>`):
the documents it links to, and the same text without some of those links."""

from wagtail.rich_text.rewriters import FIND_A_TAG, FIND_EMBED_TAG, extract_attrs


def linked_document_ids(html: str) -> set[str]:
    return {
        attrs.get("id", "")
        for attrs in map(extract_attrs, FIND_A_TAG.findall(html or ""))
        if attrs.get("linktype") == "document"
    }


def without_entities(html: str, documents: set[str], images: set[str] = frozenset()) -> str:
    """The text with its links to `documents` left as plain text and its embeds of
    `images` removed; the ids are strings, as in the stored text."""

    def unlink(match):
        attrs = extract_attrs(match.group(1))
        if attrs.get("linktype") == "document" and attrs.get("id") in documents:
            return "<a>"
        return match.group(0)

    def unembed(match):
        attrs = extract_attrs(match.group(1))
        if attrs.get("embedtype") == "image" and attrs.get("id") in images:
            return ""
        return match.group(0)

    return FIND_EMBED_TAG.sub(unembed, FIND_A_TAG.sub(unlink, html or ""))
