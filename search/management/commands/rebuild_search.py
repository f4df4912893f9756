import time

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

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
                _(
                    "Search index rebuilt: %(count)s pages in %(elapsed)s s "
                    "(%(rate)s pages/s, engine %(engine)s)."
                )
                % {
                    "count": count,
                    "elapsed": f"{elapsed:.1f}",
                    "rate": f"{count / max(elapsed, 0.001):.0f}",
                    "engine": get_engine().name,
                }
            )
        )
