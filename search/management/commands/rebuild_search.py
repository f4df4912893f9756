import time

from django.core.management.base import BaseCommand

from search import indexing
from search.backends import get_engine


class Command(BaseCommand):
    help = "Rebuilds the search index (database entries and the engine's copy) from live pages."

    def handle(self, *args, **options):
        started = time.monotonic()
        count = indexing.rebuild()
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Index de recherche reconstruit : {count} pages en {elapsed:.1f} s "
                f"({count / max(elapsed, 0.001):.0f} pages/s, moteur {get_engine().name})."
            )
        )
