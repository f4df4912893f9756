from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from catalogue.retention import anonymise_due, due_registrations, retention_cutoff


class Command(BaseCommand):
    help = _(
        "Anonymises the registrants of sessions that ended more than "
        "RHINOCC_REGISTRATION_RETENTION_MONTHS months ago (names, addresses, phones, "
        "structures, needs, comments); the counts remain. Run by the scheduled timer."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Say how many registrations are due, change nothing."),
        )

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        cutoff = retention_cutoff()
        context = {
            "date": cutoff.strftime("%d/%m/%Y"),
            "months": settings.RHINOCC_REGISTRATION_RETENTION_MONTHS,
        }
        if dry_run:
            count = due_registrations().count()
            self.stdout.write(
                _(
                    "%(count)s registrations to anonymise (sessions ended before %(date)s, "
                    "%(months)s months of retention); nothing changed."
                )
                % {"count": count, **context}
            )
            return
        count = anonymise_due()
        if count or verbosity > 1:
            self.stdout.write(
                _(
                    "%(count)s registrations anonymised (sessions ended before %(date)s, "
                    "%(months)s months of retention)."
                )
                % {"count": count, **context}
            )
