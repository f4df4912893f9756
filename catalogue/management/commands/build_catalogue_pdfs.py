"""Prints every public training catalogue again (catalogue/printable.py).

Publishing, unpublishing, moving or deleting a module already rebuilds its catalogue's
PDF; this command reprints them all, for the seats left that registrations changed and
the sessions that have passed: once a day from the scheduled timer, and after a deploy
that changed the printed templates.

    manage.py build_catalogue_pdfs            # every live public catalogue
    manage.py build_catalogue_pdfs 12 14      # these catalogues (page ids)
"""

import time

from django.core.management.base import BaseCommand, CommandError

from catalogue import printable
from catalogue.models import TrainingCataloguePage
from core.pdf import PdfUnavailable
from core.typography import human_file_size


class Command(BaseCommand):
    help = "Prints the PDF of every public training catalogue again."

    def add_arguments(self, parser):
        parser.add_argument("catalogue_ids", nargs="*", type=int, help="Page ids (default: all)")

    def handle(self, *args, catalogue_ids, **options):
        catalogues = TrainingCataloguePage.objects.order_by("path")
        if catalogue_ids:
            catalogues = catalogues.filter(pk__in=catalogue_ids)
        for catalogue in catalogues:
            if not printable.is_printable(catalogue):
                printable.forget(catalogue.pk)
                self.stdout.write(f"{catalogue.title}: not public, no PDF")
                continue
            started = time.perf_counter()
            try:
                size = printable.build(catalogue)
            except PdfUnavailable as error:
                raise CommandError(f"WeasyPrint cannot run here: {error}") from error
            self.stdout.write(
                f"{catalogue.title}: {human_file_size(size)} "
                f"in {time.perf_counter() - started:.1f} s"
            )
