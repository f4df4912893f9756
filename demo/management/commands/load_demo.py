import time

from django.core.management.base import BaseCommand

from demo.accounts import ensure_demo_accounts
from demo.loader import DemoLoader
from search import indexing
from search.models import SearchEntry


class Command(BaseCommand):
    help = (
        "Loads the hub's demo content and one account per role; running it again adds "
        "only what is missing."
    )

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
        if not SearchEntry.objects.exists():
            # A site set up before its search index existed.
            self.stdout.write(f"Index de recherche : {indexing.rebuild()} pages indexées.")
        self.report_accounts(ensure_demo_accounts())

    def report_accounts(self, accounts):
        if not accounts:
            self.stdout.write("Comptes de démonstration déjà créés.")
            return
        lines = [
            "Comptes de démonstration créés — notez ces mots de passe, ils ne seront plus "
            "affichés :"
        ]
        lines += [
            f"  {username:<22} {password}   ({role})" for username, role, password in accounts
        ]
        lines.append("  connexion : http://127.0.0.1:8000/connexion/ (administration : /admin/)")
        self.stdout.write(self.style.SUCCESS("\n".join(lines)))
