from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from places.importing import ImportFileError, import_places


class Command(BaseCommand):
    help = (
        "Imports places from a CSV or JSON file in the standard « Lieux de médiation "
        "numérique » v1.0.2: every line is checked first, and nothing is written if one is "
        "wrong (unless --valid-only)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV or JSON file in the standard")
        parser.add_argument(
            "--valid-only",
            action="store_true",
            help="import the valid lines and report the others",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="check and report, write nothing"
        )

    def handle(self, *args, file, valid_only, dry_run, verbosity, **options):
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": file, "error": error.strerror}
            ) from error

        def progress(rows):
            return tqdm(
                rows,
                desc=_("Lines checked"),
                unit=_(" lines"),
                disable=verbosity < 1,
                file=self.stderr,
            )

        try:
            report = import_places(
                data, path.name, valid_only=valid_only, dry_run=dry_run, progress=progress
            )
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(report.as_text())
        if report.refused:
            raise CommandError(_("Nothing was imported."))
