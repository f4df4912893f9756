"""Sends the hub editors' daily digest of new reports (social/reports/digest.py). Safe to
run as often as the scheduled timer does: it sends once a day, from 8 o'clock."""

from django.core.management.base import BaseCommand

from social.reports.digest import send_report_digest


class Command(BaseCommand):
    help = "Send the hub editors the reports received since the last digest, once a day."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Send now, whatever the hour and the last digest (nothing when no report).",
        )

    def handle(self, *args, force=False, **options):
        count = send_report_digest(force=force)
        if options["verbosity"]:
            self.stdout.write(f"{count} récapitulatif(s) des signalements envoyé(s).")
