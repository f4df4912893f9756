from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from wagtail.models import Page

from rhinocc.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Loads a backup archive into an empty instance (migrated, without content)."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Restore even though this instance holds content, which will be lost.",
        )

    def handle(self, *args, archive, replace=False, **options):
        if not archive.is_file():
            raise CommandError(_("Archive not found: %(archive)s") % {"archive": archive})
        if Page.objects.filter(depth__gt=2).exists() and not replace:
            raise CommandError(
                _(
                    "This instance already holds pages: restoring would erase them. "
                    "Restore into an empty instance, or add --replace."
                )
            )
        try:
            manifest = restore_backup(archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                _("Backup of %(date)s restored: %(rows)s records, %(files)s files.")
                % {
                    "date": manifest["created_at"][:10],
                    "rows": sum(manifest["counts"].values()),
                    "files": len(manifest["media_sha256"]),
                }
            )
        )
