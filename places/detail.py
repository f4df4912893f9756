"""A place's page (/lieux/<slug>/): published places only, whoever asks.

What it shows comes from the place and three reverse relations, so that places imports
neither communities, catalogue nor events: the public communities it belongs to, the
upcoming sessions of live public training modules held there and its upcoming events
(live, public). Seven queries whatever the place.
"""

from urllib.parse import urlencode

from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from .models import Place
from .opening import exactly_open, week_hours
from .standard.vocabulary import Itinerance

MAX_SESSIONS = 10
MAX_EVENTS = 10
# Within this distance of the place, the map lists its neighbours (filters.DISTANCES).
MAP_RADIUS_KM = 5


def public_communities(place):
    """The communities of the place that anybody may open: a private one's name stays with
    its members."""
    return list(place.communities.live().public().filter(is_private=False).order_by("title"))


def upcoming_sessions(place, today):
    """The next sessions held at the place, of training modules that are live and public."""
    sessions = place.training_sessions
    modules = sessions.model._meta.get_field("module").related_model.objects
    return list(
        sessions.filter(start_date__gte=today, module__in=modules.live().public())
        .select_related("module")
        .order_by("start_date", "pk")[:MAX_SESSIONS]
    )


def upcoming_events(place, now):
    """The next events of the agenda held at the place (`events.EventPage.place`), live
    and public, that are not over yet."""
    return list(
        place.events.live().public().filter(end__gte=now).order_by("start", "pk")[:MAX_EVENTS]
    )


def phone_text(phone: str) -> str:
    """+33561000000 as the French write it, 05 61 00 00 00 (no-break spaces)."""
    if phone.startswith("+33") and len(phone) == 12:
        digits = "0" + phone[3:]
        return "\u00a0".join(digits[index : index + 2] for index in range(0, 10, 2))
    return phone


def map_url(place) -> str:
    """The map of places around this one (nearest first), or of its commune."""
    if place.latitude is None:
        return "/lieux/?" + urlencode({"commune": place.commune})
    return "/lieux/?" + urlencode(
        {"lat": place.latitude, "lon": place.longitude, "rayon": MAP_RADIUS_KM}
    )


@require_safe
def place_detail(request, slug):
    place = get_object_or_404(Place.objects.published(), slug=slug)
    now = timezone.localtime()
    week = week_hours(place.horaires, now.date())
    return render(
        request,
        "places/place_detail.html",
        {
            "place": place,
            "week": week,
            "open_now": exactly_open(place.horaires, now),
            "itinerant": Itinerance.ITINERANT in place.itinerance,
            "phone": phone_text(place.telephone),
            "communities": public_communities(place),
            "sessions": upcoming_sessions(place, now.date()),
            "events": upcoming_events(place, now),
            "map_url": map_url(place),
        },
    )
