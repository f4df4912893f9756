import time

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

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
                    _("Demo content: %(count)s pages created (%(elapsed)s s).")
                    % {"count": created, "elapsed": f"{elapsed:.1f}"}
                )
            )
        else:
            self.stdout.write(_("Demo content already loaded."))
        if not SearchEntry.objects.exists():
            # A site set up before its search index existed.
            self.stdout.write(
                _("Search index: %(count)s pages indexed.") % {"count": indexing.rebuild()}
            )
        self.report_accounts(ensure_demo_accounts())

    def report_accounts(self, accounts):
        if not accounts:
            self.stdout.write(_("Demo accounts already created."))
            return
        lines = [
            _("Demo accounts created — write these passwords down, they will not be shown again:")
        ]
        lines += [
            f"  {username:<22} {password}   ({role})" for username, role, password in accounts
        ]
        lines.append(
            "  "
            + _("log in: %(login)s (administration: %(admin)s)")
            % {"login": "http://127.0.0.1:8000/connexion/", "admin": "/admin/"}
        )
        self.stdout.write(self.style.SUCCESS("\n".join(lines)))
