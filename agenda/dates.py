"""An event's dates as the French write them: « le 9 octobre 2020, de 10 h à 12 h »."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from core.typography import NBSP, french_date


def time_text(moment: datetime.datetime) -> str:
    """ "9 h 30", "17 h": the hour as French public sites write it."""
    text = f"{moment.hour}{NBSP}h"
    return f"{text}{NBSP}{moment.minute:02d}" if moment.minute else text


def when_text(start, end) -> str:
    """The dates of an event (aware datetimes, shown in Paris time) or a session (dates)."""
    if not isinstance(start, datetime.datetime):
        if not end or end == start:
            return _("on %(day)s") % {"day": french_date(start)}
        return _("from %(start)s to %(end)s") % {
            "start": french_date(start),
            "end": french_date(end),
        }
    start, end = timezone.localtime(start), timezone.localtime(end)
    if start.date() == end.date():
        return _("on %(day)s, from %(start)s to %(end)s") % {
            "day": french_date(start),
            "start": time_text(start),
            "end": time_text(end),
        }
    return _("from %(start_day)s at %(start)s to %(end_day)s at %(end)s") % {
        "start_day": french_date(start),
        "start": time_text(start),
        "end_day": french_date(end),
        "end": time_text(end),
    }
