"""Documents with small real files, which the upload validators accept."""

import factory
from django.core.files.base import ContentFile
from wagtail.models import Collection

from documents.models import CustomDocument


def pdf_bytes(text: str = "Document de test") -> bytes:
    """A one-page PDF showing `text` (ASCII), valid enough for any viewer."""
    text = text.encode("ascii", "replace").decode().replace("(", "[").replace(")", "]")
    stream = f"BT /F1 12 Tf 56 790 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(output)


def root_collection() -> Collection:
    return Collection.get_first_root_node()


class DocumentFactory(factory.django.DjangoModelFactory):
    """A PDF document in the root collection (pass `collection=` for another one).

    `file=ContentFile(b"...", name="notes.txt")` for another format.
    """

    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.LazyAttribute(
        lambda document: ContentFile(pdf_bytes(document.title), name="document.pdf")
    )
    collection = factory.LazyFunction(root_collection)
    description = "Un document pour les tests."
    source = "Équipe de test"

    class Meta:
        model = CustomDocument

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        document = model_class(*args, **kwargs)
        document._set_document_file_metadata()
        document.save()
        return document
