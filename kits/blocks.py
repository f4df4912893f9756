"""Blocks of a workshop content's body: text, section titles, files, images, links."""

from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from core.validators import validate_single_line

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class SectionHeadingBlock(blocks.CharBlock):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, validators=[validate_single_line], **kwargs)

    class Meta:
        icon = "title"
        template = "kits/blocks/section_heading.html"
        form_classname = "title"
        description = _("A section title, listed in the page's outline.")
        preview_value = "Déroulé de l'atelier"


class FileBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("file"))
    note = blocks.CharBlock(
        label=_("note"),
        required=False,
        help_text=_("What to do with it, if not obvious."),
        validators=[validate_single_line],
    )

    class Meta:
        icon = "doc-full"
        template = "kits/blocks/file.html"
        label = _("File")
        description = _("A downloadable file, shown with its format, size and licence.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(
        label=_("caption"), required=False, validators=[validate_single_line]
    )

    class Meta:
        icon = "image"
        template = "kits/blocks/image.html"
        label = _("Image")
        description = _("An image with its caption; its alternative text comes from the library.")


class LinkValue(blocks.StructValue):
    def domain(self) -> str:
        """The site a link leads to, shown so visitors know where they are going."""
        return urlsplit(self.get("url") or "").hostname or ""


class LinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("address"))
    title = blocks.CharBlock(label=_("title"), validators=[validate_single_line])
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "link-external"
        template = "kits/blocks/link.html"
        label = _("External link")
        description = _("A link to an outside site, with what visitors will find there.")
        value_class = LinkValue
        preview_value = {
            "url": "https://www.pix.fr/",
            "title": "Pix",
            "description": "Évaluer et certifier ses compétences numériques.",
        }


class ContentStreamBlock(blocks.StreamBlock):
    heading = SectionHeadingBlock(label=_("Section title"), group=_("Text"))
    text = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        group=_("Text"),
        icon="pilcrow",
        template="kits/blocks/text.html",
    )
    file = FileBlock(group=_("Media"))
    image = ImageBlock(group=_("Media"))
    link = LinkBlock(group=_("Links"))
