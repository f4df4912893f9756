"""Images carry their credit and a text alternative (or are marked decorative).

Renditions never carry the original's metadata: a photo's EXIF can hold the GPS
position where it was taken, and the camera's owner.

Renditions of an image in a private collection are stored in PRIVATE_RENDITIONS,
which the proxy does not serve (it serves only `images/` of the media folder), and
their address is the view that checks the visitor's rights (images/views.py).
"""

import os

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Filter
from wagtail.images.utils import generate_signature

from .privacy import is_private_collection

PRIVATE_RENDITIONS = "private_renditions"

# What a rendition keeps of its original's metadata: how to draw it, nothing about
# where, when or with what it was taken (EXIF, GPS, XMP, comments are dropped).
RENDITION_KEPT_INFO = {"icc_profile", "transparency", "duration", "loop", "background", "dpi"}


class StripMetadata:
    """The last operation of every rendition: it empties the image's metadata."""

    def run(self, willow, image, env):
        pillow_image = getattr(willow, "image", None)
        if pillow_image is not None and hasattr(pillow_image, "info"):
            pillow_image.info = {
                key: value
                for key, value in pillow_image.info.items()
                if key in RENDITION_KEPT_INFO
            }
        return willow


class MetadataFreeFilter(Filter):
    """A filter whose renditions carry no EXIF: Willow would copy it into JPEG and PNG."""

    @property
    def filter_operations(self):
        return [*super().filter_operations, StripMetadata()]


class CustomImage(AbstractImage):
    # Wagtail renders `description` as the image's alt text; named for what it is.
    description = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Required, unless the image is marked as decorative."
        ),
    )
    is_decorative = models.BooleanField(
        _("decorative image"),
        default=False,
        help_text=_(
            "Tick if the image carries no information (an ornament): screen readers will "
            "skip it, and it needs no alternative text."
        ),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    # Wagtail's image fields, the decorative checkbox right after the alternative text.
    admin_form_fields = (
        "title",
        "file",
        "description",
        "is_decorative",
        "credit",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self):
        # Wagtail's image tags take their alt text from here: empty for an ornament.
        if self.is_decorative:
            return ""
        return super().default_alt_text

    def generate_rendition_file(self, filter, *, source=None):
        if not isinstance(filter, MetadataFreeFilter):
            filter = MetadataFreeFilter(spec=filter.spec)
        return super().generate_rendition_file(filter, source=source)


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    def get_upload_to(self, filename):
        if is_private_collection(self.image.collection_id):
            return os.path.join(
                PRIVATE_RENDITIONS, self.file.field.storage.get_valid_name(filename)
            )
        return super().get_upload_to(filename)

    @property
    def is_private(self) -> bool:
        """Stored out of public reach: the image was in a private collection when it was made."""
        return self.file.name.startswith(PRIVATE_RENDITIONS + "/")

    @property
    def url(self):
        if self.is_private:
            signature = generate_signature(self.image_id, self.filter_spec)
            return reverse(
                "wagtailimages_serve", args=(signature, self.image_id, self.filter_spec)
            )
        return super().url


class IllustratedMixin(models.Model):
    """A page's illustration, shown on its cards and at the top of the page."""

    image = models.ForeignKey(
        CustomImage,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Read with the page when it is served (core.routing): its head shows the image.
    serve_select_related = ("image",)

    class Meta:
        abstract = True
