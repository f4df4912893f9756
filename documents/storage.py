"""Where document files are kept: under a name nobody can guess, in a storage of their own.

No visitor ever reads a document by its storage path: the proxy does not serve the
documents folder, and object storage is private. Files leave through the view that
checks rights (documents/views.py).
"""

import posixpath
import secrets

from django.core.files.storage import storages

DOCUMENTS_FOLDER = "documents"


def document_storage():
    """The "documents" storage of settings.STORAGES (private object storage in production)."""
    return storages["documents"]


def document_upload_to(document, filename: str) -> str:
    """ "documents/<random folder>/<name>": the name stays the uploader's, for the download,
    while the path cannot be guessed from it."""
    return posixpath.join(DOCUMENTS_FOLDER, secrets.token_urlsafe(16), filename)
