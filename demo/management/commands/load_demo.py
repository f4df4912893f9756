import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from wagtail.models import Site

from catalogue.printable import batched_builds
from demo.accounts import ensure_demo_accounts
from demo.follows import load_follows
from demo.loader import DemoLoader
from demo.management.links import entry_links
from demo.statistics import load_statistics
from demo.training_history import load_training_history
from search import indexing
from search.models import SearchEntry


class Command(BaseCommand):
    help = (
        "Loads the hub's demo content and one account per role; running it again adds "
        "only what is missing."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        # Each module published would print its catalogue again: once each, at the end.
        with batched_builds():
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
        self.point_site_at_served_address()
        accounts = ensure_demo_accounts()
        # After the accounts: the demo trainer teaches the modules that get a history.
        with batched_builds():
            load_training_history()
        # After the history too: the mediator follows the demo trainer's modules.
        load_follows()
        # Last: the year of activity counts the pages, files, saves and past sessions.
        load_statistics()
        self.report_accounts(accounts)

    def point_site_at_served_address(self):
        """The Wagtail site answers at WAGTAILADMIN_BASE_URL (`make run`'s address in
        development), so that the pages' full URLs, in mails and in the admin, are those
        the demo is served on."""
        url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None or not url.hostname:
            return
        site.hostname = f"[{url.hostname}]" if ":" in url.hostname else url.hostname
        site.port = url.port or (443 if url.scheme == "https" else 80)
        # save(), not update(): Wagtail forgets its cached site root paths on save.
        site.save(update_fields=["hostname", "port"])

    def report_accounts(self, accounts):
        if accounts:
            lines = [
                _(
                    "Demo accounts created — write these passwords down, they will not be "
                    "shown again:"
                )
            ]
            lines += [
                f"  {username:<22} {password}   ({role})" for username, role, password in accounts
            ]
        else:
            lines = [
                _(
                    "Demo accounts already created (lost passwords: "
                    "python manage.py demo_accounts --reset)."
                )
            ]
        lines += [f"  {line}" for line in entry_links()]
        self.stdout.write(self.style.SUCCESS("\n".join(lines)) if accounts else "\n".join(lines))
