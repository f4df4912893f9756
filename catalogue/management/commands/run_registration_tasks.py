from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from catalogue.registration import services


class Command(BaseCommand):
    help = _(
        "Registration's scheduled work: passes the expired offers of freed seats to the next "
        "person waiting, offers seats left free while people wait, sends the reminders of "
        "the sessions to come (once each). Run by the scheduled timer."
    )

    def handle(self, *args, verbosity=1, **options):
        expired = services.expire_offers()
        offered = services.offer_waiting_seats()
        reminded, failed = services.send_reminders()
        if expired or offered or reminded or verbosity > 1:
            self.stdout.write(
                _(
                    "%(expired)s expired offers passed on, %(offered)s seats offered, "
                    "%(reminded)s reminders sent."
                )
                % {"expired": expired, "offered": offered, "reminded": reminded}
            )
        if failed:
            raise CommandError(
                _("%(count)s reminders could not be sent (see the log); the next run tries again.")
                % {"count": failed}
            )
