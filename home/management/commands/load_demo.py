import time

from django.core.management.base import BaseCommand

from home.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Loads the hub's demo content; running it again adds only what is missing."

    def handle(self, *args, **options):
        started = time.monotonic()
        created = DemoLoader(log=self.stdout.write).load()
        elapsed = time.monotonic() - started
        if created:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Contenu de démonstration : {created} pages créées ({elapsed:.1f} s)."
                )
            )
        else:
            self.stdout.write("Contenu de démonstration déjà chargé.")
