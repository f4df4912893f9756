from pathlib import Path

from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext as _

from rhinocc.backup import write_backup


class Command(BaseCommand):
    help = "Writes one archive of this instance: data, media and a manifest with checksums."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            help="Archive to write (default: rhinocc-sauvegarde-<date>.tar.gz here).",
        )

    def handle(self, *args, output=None, **options):
        output = output or Path(f"rhinocc-sauvegarde-{timezone.now():%Y%m%d-%H%M%S}.tar.gz")
        manifest = write_backup(output)
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            self.style.SUCCESS(
                _("Backup written to %(output)s: %(rows)s records, %(files)s files.")
                % {"output": output, "rows": rows, "files": len(manifest["media_sha256"])}
            )
        )
