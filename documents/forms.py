"""The admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE), single and multiple upload."""

from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm

from documents.validators import validate_upload


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        # On edit without a new file, `file` is the stored one: only new uploads are checked.
        if isinstance(file, UploadedFile):
            extension = PurePosixPath(file.name).suffix.lstrip(".")
            validate_upload(file, extension, allowed=settings.WAGTAILDOCS_EXTENSIONS)
        return file

    def _update_errors(self, errors):
        # When clean_file refused the upload, the model's own extension check of the
        # (then empty) file would add a second, confusing error: keep only ours.
        if "file" in self._errors and hasattr(errors, "error_dict"):
            errors.error_dict.pop("file", None)
            if not errors.error_dict:
                return
        super()._update_errors(errors)
