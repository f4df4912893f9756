from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from catalogue.satisfaction import send_due_surveys


class Command(BaseCommand):
    help = _(
        "Sends the satisfaction questionnaire to the trainees of the sessions that are "
        "closed or ended two days ago (once each). Run by the scheduled timer."
    )

    def handle(self, *args, verbosity=1, **options):
        sent, failed = send_due_surveys()
        if sent or verbosity > 1:
            self.stdout.write(_("%(count)s satisfaction questionnaires sent.") % {"count": sent})
        if failed:
            raise CommandError(
                _(
                    "%(count)s questionnaires could not be sent (see the log); the next run "
                    "tries again."
                )
                % {"count": failed}
            )
