"""An event of the agenda as a schema.org `Event`, as Google's event results read it: dates
with their offset, status, attendance mode, location (a place of the map, a venue, or
online), organiser, description, image, registration and replay.
"""

from django.db.models import prefetch_related_objects
from wagtail import hooks

from syndication.structured_data import HOOK, LANGUAGE, StructuredData
from taxonomy.structured_data import audiences, defined_terms

from .models import EventPage

OFFLINE = "https://schema.org/OfflineEventAttendanceMode"
ATTENDANCE = {
    (True, False): OFFLINE,
    (False, True): "https://schema.org/OnlineEventAttendanceMode",
    (True, True): "https://schema.org/MixedEventAttendanceMode",
}


def locations(page: EventPage, data: StructuredData) -> list[dict]:
    """Where it is held, as the page says it: the place of the map (when it is published,
    the page links to it), else the venue in words; and online, with the webinar's link
    while it is to come (the page shows it until then)."""
    where = []
    if page.place_id and page.place.is_published:
        where.append(data.describe(page.place))
    elif page.where:
        where.append({"@type": "Place", "name": page.where, "address": page.where})
    if page.is_online:
        link = page.online_url if page.online_url and not page.is_past else data.url(page)
        where.append({"@type": "VirtualLocation", "url": link})
    return [node for node in where if node]


def event(page: EventPage, data: StructuredData) -> dict:
    # Loaded once here; the page's classification then reads them from there.
    prefetch_related_objects([page], "competencies", "publics")
    where = locations(page, data)
    in_person = any(node["@type"] == "Place" for node in where)
    node = {
        "@type": "Event",
        "@id": data.url(page),
        "url": data.url(page),
        "name": page.title,
        "description": page.search_description or page.summary,
        "startDate": data.datetime(page.start),
        "endDate": data.datetime(page.end),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE.get((in_person, page.is_online), OFFLINE),
        "location": where[0] if len(where) == 1 else where,
        "organizer": {"@type": "Organization", "name": page.organiser},
        "inLanguage": LANGUAGE,
    }
    if image := data.image(page):
        node["image"] = image
    if page.registration_url and not page.is_past:
        node["offers"] = {"@type": "Offer", "url": page.registration_url}
    if page.replay_url:
        node["recordedIn"] = {"@type": "CreativeWork", "url": page.replay_url}
    if terms := defined_terms(page.competencies.all(), data):
        node["about"] = terms
    if publics := audiences(page.publics.all()):
        node["audience"] = publics
    return node


@hooks.register(HOOK)
def register_event():
    return EventPage, event
