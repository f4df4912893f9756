from django import template
from django.utils import dateformat, timezone

from agenda.dates import when_text

register = template.Library()


@register.filter
def event_when(item) -> str:
    """ "le 9 octobre 2020, de 10 h à 12 h" for an agenda item or an event page."""
    return when_text(item.start, item.end)


@register.filter
def iso_moment(value) -> str:
    """The `datetime` attribute of a <time>: a date, or a datetime with its offset."""
    if hasattr(value, "hour"):
        return timezone.localtime(value).isoformat(timespec="minutes")
    return value.isoformat()


@register.filter
def day_badge(value) -> dict:
    """The day and the short month of the date badge beside an agenda entry."""
    if hasattr(value, "hour"):
        value = timezone.localtime(value).date()
    return {"day": value.day, "month": dateformat.format(value, "M"), "year": value.year}
