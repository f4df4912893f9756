"""One-file backups of a RhinOcc instance, and their restoration into an empty one.

The archive (.tar.gz) holds:
- data.json: every model, from Django's dumpdata with natural keys, so it loads
  on SQLite or PostgreSQL whatever the content type ids;
- media/: the uploaded documents and original images (renditions are rebuilt);
- manifest.json: when and what, the row count of each model and the SHA-256 of
  every file, checked again on restore.

Left out because they are rebuilt from the rest: content types and permissions
(recreated by migrations), search indexes (`update_index`, `rebuild_search`), the
reference index (`rebuild_references_index`), image renditions, sessions, editing sessions.
"""

import hashlib
import io
import json
import tarfile
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from images.models import PRIVATE_RENDITIONS

FORMAT_VERSION = 1
EXCLUDED_MODELS = {
    "contenttypes.contenttype",
    "auth.permission",
    "sessions.session",
    "wagtailcore.referenceindex",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "rhinocc_search.searchentry",
    "rhinocc_search.searchentryterm",
    "rhinocc_search.searchword",
    "wagtailadmin.editingsession",
    "images.customrendition",
}
# Renditions, public and private (images/models.py): rebuilt when next shown.
EXCLUDED_MEDIA_FOLDERS = ("images/", f"{PRIVATE_RENDITIONS}/")


class BackupError(Exception):
    pass


def backed_up_models() -> list[str]:
    return sorted(
        model._meta.label_lower
        for model in apps.get_models()
        if model._meta.label_lower not in EXCLUDED_MODELS
        and not model._meta.proxy
        and model._meta.managed
    )


def model_counts(labels) -> dict[str, int]:
    return {label: apps.get_model(label)._default_manager.count() for label in labels}


def media_files() -> list[str]:
    """Paths of stored files, relative to the media storage, renditions left out."""
    found = []

    def walk(folder: str):
        folders, files = default_storage.listdir(folder)
        for name in files:
            path = f"{folder}{name}"
            if not path.startswith(EXCLUDED_MEDIA_FOLDERS):
                found.append(path)
        for name in folders:
            walk(f"{folder}{name}/")

    walk("")
    return sorted(found)


def sha256(stream) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(1024 * 1024):
        digest.update(chunk)
    return digest.hexdigest()


def write_backup(destination: Path) -> dict:
    labels = backed_up_models()
    with tempfile.TemporaryDirectory() as workdir:
        data_path = Path(workdir) / "data.json"
        call_command(
            "dumpdata",
            *labels,
            natural_foreign=True,
            natural_primary=False,
            output=str(data_path),
            verbosity=0,
        )
        with data_path.open("rb") as data:
            data_checksum = sha256(data)
        files = {}
        with tarfile.open(destination, "w:gz") as archive:
            archive.add(data_path, arcname="data.json")
            for path in media_files():
                with default_storage.open(path, "rb") as stored:
                    files[path] = sha256(stored)
                    stored.seek(0)
                    info = tarfile.TarInfo(f"media/{path}")
                    info.size = default_storage.size(path)
                    archive.addfile(info, stored)
            manifest = {
                "format": FORMAT_VERSION,
                "created_at": timezone.now().isoformat(),
                "counts": model_counts(labels),
                "data_sha256": data_checksum,
                "media_sha256": files,
            }
            payload = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(payload)
            archive.addfile(info, io.BytesIO(payload))
    return manifest


def read_manifest(archive: tarfile.TarFile) -> dict:
    try:
        manifest = json.load(archive.extractfile("manifest.json"))
    except KeyError as error:
        raise BackupError(
            _("Archive without manifest.json: this is not a RhinOcc backup.")
        ) from error
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(
            _("Unknown backup format: %(format)s.") % {"format": manifest.get("format")}
        )
    return manifest


def flush_database() -> None:
    """Empties every table, keeping the schema (Django's flush)."""
    in_transaction = connection.vendor == "postgresql" and connection.in_atomic_block
    if in_transaction:
        # Within a transaction PostgreSQL refuses TRUNCATE while deferred foreign-key
        # checks are pending: run them first, then defer again for loaddata.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)
    if in_transaction:
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def verified_members(archive: tarfile.TarFile, manifest: dict):
    """Yields (path, member) of the media files, each checked against the manifest."""
    seen = set()
    for member in archive.getmembers():
        if not (member.isfile() and member.name.startswith("media/")):
            continue
        path = member.name.removeprefix("media/")
        if manifest["media_sha256"].get(path) != sha256(archive.extractfile(member)):
            raise BackupError(
                _("Wrong checksum for %(path)s: the archive is damaged.") % {"path": path}
            )
        seen.add(path)
        yield path, member
    if seen != set(manifest["media_sha256"]):
        raise BackupError(_("Files listed in the manifest are missing from the archive."))


@contextmanager
def pages_found_once():
    """Each page looked up by its natural key (its URL path) once, not once per row that
    points to it: a year of page view counters would otherwise spend most of the restore
    finding the same pages again. Only a page found is kept: a row loaded before its page
    is retried by loaddata, as without this."""
    manager_class = type(Page.objects)
    find = manager_class.get_by_natural_key
    found = {}

    def get_by_natural_key(manager, url_path):
        key = (manager.model, url_path)
        if key not in found:
            found[key] = find(manager, url_path)
        return found[key]

    manager_class.get_by_natural_key = get_by_natural_key
    try:
        yield
    finally:
        manager_class.get_by_natural_key = find


def restore_backup(source: Path) -> dict:
    """Replaces this instance's data and media with the archive's, once all is checked.

    Files are checked, then written, a stream at a time: memory does not grow with
    the media.
    """
    with tarfile.open(source, "r:gz") as archive, tempfile.TemporaryDirectory() as workdir:
        manifest = read_manifest(archive)
        data_path = Path(workdir) / "data.json"
        data_path.write_bytes(archive.extractfile("data.json").read())
        with data_path.open("rb") as data:
            if sha256(data) != manifest["data_sha256"]:
                raise BackupError(
                    _("Wrong checksum for %(path)s: the archive is damaged.")
                    % {"path": "data.json"}
                )
        media = list(verified_members(archive, manifest))

        flush_database()
        with pages_found_once():
            call_command("loaddata", str(data_path), verbosity=0)
        for path, member in media:
            if default_storage.exists(path):
                default_storage.delete(path)
            default_storage.save(path, File(archive.extractfile(member), name=path))

    call_command("rebuild_references_index", verbosity=0)
    call_command("update_index", verbosity=0)
    call_command("rebuild_search", verbosity=0)
    return manifest
