import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from analytics.aggregation import aggregate


def iso_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"Date attendue au format AAAA-MM-JJ : « {value} ».") from None


class Command(BaseCommand):
    help = (
        "Rebuilds the statistics' daily figures from the raw counters: yesterday and "
        "today by default (idempotent: run it as often as you like)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="first", type=iso_date, help="first day, AAAA-MM-JJ")
        parser.add_argument("--to", dest="last", type=iso_date, help="last day, AAAA-MM-JJ")

    def handle(self, *args, first=None, last=None, **options):
        last = last or timezone.localdate()
        first = first or last - datetime.timedelta(days=1)
        if first > last:
            raise CommandError("Le premier jour est après le dernier.")
        written = aggregate(first, last)
        if options["verbosity"]:
            self.stdout.write(f"{written} chiffres du {first} au {last}.")
