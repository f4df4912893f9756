"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE), single and multiple upload."""

import os

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from documents.validators import validate_upload

ALT_TEXT_REQUIRED = _(
    "Describe the image for people who cannot see it, or tick “decorative image” if it "
    "carries no information."
)


class SafeImageField(WagtailImageField):
    """Wagtail's image field, with our checks first: size, extension (SVG named as such),
    magic bytes, Pillow's verification and pixel limit."""

    def to_python(self, data):
        if data and hasattr(data, "name"):
            self.check_image_file_size(data)
            extension = os.path.splitext(data.name)[1].lstrip(".")
            validate_upload(data, extension, allowed=settings.WAGTAILIMAGES_EXTENSIONS)
        return super().to_python(data)


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField) and not isinstance(field, SafeImageField):
            self.fields["file"] = SafeImageField(
                label=field.label, required=field.required, widget=field.widget
            )

    def clean(self):
        cleaned_data = super().clean()
        # The multiple-upload forms may lack these fields: the rule applies where both are.
        if "description" in self.fields and "is_decorative" in self.fields:
            description = (cleaned_data.get("description") or "").strip()
            if not description and not cleaned_data.get("is_decorative"):
                self.add_error("description", forms.ValidationError(ALT_TEXT_REQUIRED))
        return cleaned_data
