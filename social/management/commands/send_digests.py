"""Enqueues the follows' e-mail digest of every member due today (social/follows/digest.py:
weekly ones at the first run of the week, monthly ones at the first run of the month).
Safe to run as often as the scheduled timer does: a period is never sent twice."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from social.follows.digest import send_digests


class Command(BaseCommand):
    help = "Enqueue the digest of what they follow for the members whose period has come."

    def add_arguments(self, parser):
        parser.add_argument(
            "--date", help="Act as on this day (YYYY-MM-DD), to catch up or to test."
        )

    def handle(self, *args, date=None, **options):
        try:
            today = datetime.date.fromisoformat(date) if date else None
        except ValueError as error:
            raise CommandError(f"--date : {error}") from error
        count = send_digests(today)
        if options["verbosity"]:
            self.stdout.write(f"{count} lettre(s) de suivi mise(s) en file.")
