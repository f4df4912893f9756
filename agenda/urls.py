"""The agenda's and the events' iCalendar files: `/agenda/agenda.ics`, `…/evenement.ics`.

Wagtail's page URLs allow no dot, so these addresses are matched here, before Wagtail's
catch-all, and handed to Wagtail's own page serving with the route of the page
(`EventIndexPage.agenda_ics`, `EventPage.event_ics`): privacy (view restrictions, private
spaces) and the page's routing stay Wagtail's.
"""

from django.urls import re_path
from wagtail.views import serve

CALENDAR_FILES = ("agenda", "evenement")


def calendar_file(request, page_path: str, name: str):
    return serve(request, f"{page_path}{name}.ics/")


urlpatterns = [
    re_path(
        rf"^(?P<page_path>(?:[\w\-]+/)+)(?P<name>{'|'.join(CALENDAR_FILES)})\.ics$",
        calendar_file,
        name="event_calendar",
    ),
]
