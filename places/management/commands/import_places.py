from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from places.importing import ImportFileError, Progress, import_places


class ProgressBars(Progress):
    """Two bars on the error output: the lines checked (of about the file's newlines)
    and the places written."""

    def __init__(self, stream, disable: bool):
        self.stream = stream
        self.disable = disable
        self.bars = []

    def start(self, lines):
        options = {"file": self.stream, "disable": self.disable, "dynamic_ncols": True}
        self.lines = tqdm(total=lines, desc=_("Lines checked"), unit=_(" lines"), **options)
        self.places = tqdm(desc=_("Places written"), unit=_(" places"), position=1, **options)
        self.bars = [self.lines, self.places]

    def checked(self, lines):
        self.lines.update(lines)

    def written(self, places):
        self.places.update(places)

    def close(self):
        if self.bars:
            # The estimate counted a line break inside a cell as a line: the true count.
            self.lines.total = self.lines.n
        for bar in self.bars:
            bar.close()


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
        progress = ProgressBars(self.stderr, disable=verbosity < 1)
        try:
            # Read by chunks as the lines are checked: a file of 100,000 lines is never
            # held whole.
            with path.open("rb") as source:
                report = import_places(
                    source, path.name, valid_only=valid_only, dry_run=dry_run, progress=progress
                )
        except OSError as error:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": file, "error": error.strerror}
            ) from error
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        finally:
            progress.close()
        self.stdout.write(report.as_text())
        if report.refused:
            raise CommandError(_("Nothing was imported."))
