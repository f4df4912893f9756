"""A place of digital mediation as a schema.org `Place`, for search engines and the national
map's crawlers: its address, position, phone, opening hours and pages elsewhere.

Registered for syndication's `{% structured_data %}`: the place's own page
(places/detail.py) and the training sessions or events held there (by `data.describe`).
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks

from syndication.structured_data import HOOK, StructuredData

from .models import Place
from .opening import opening_specification, week_hours


def place_node(place: Place, data: StructuredData) -> dict:
    node = {
        "@type": "Place",
        "@id": data.url(place),
        "name": place.nom,
        "url": data.url(place),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(
                part for part in (place.adresse, place.complement_adresse) if part
            ),
            "postalCode": place.code_postal,
            "addressLocality": place.commune,
            "addressRegion": "Occitanie",
            "addressCountry": "FR",
        },
    }
    if place.presentation_resume:
        node["description"] = place.presentation_resume
    if place.latitude is not None:
        node["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": place.latitude,
            "longitude": place.longitude,
        }
    if place.telephone:
        node["telephone"] = place.telephone
    if data.subject is place:
        # The hours of the week the page shows (its view computed them); a place that
        # another page names (a session's, an event's) is described without them.
        week = data.context.get("week") or week_hours(place.horaires, timezone.localdate())
        if specification := opening_specification(week):
            node["openingHoursSpecification"] = specification
    if same_as := [
        *place.site_web,
        *([place.fiche_acces_libre] if place.fiche_acces_libre else []),
    ]:
        node["sameAs"] = same_as
    return node


def place(place: Place, data: StructuredData) -> list[dict] | dict:
    node = place_node(place, data)
    if data.subject is not place:
        return node
    # The place's own page: its breadcrumb, as the page shows it.
    return [
        node,
        data.breadcrumb([(_("Home"), "/"), (_("Places"), "/lieux/"), (place.nom, place)]),
    ]


@hooks.register(HOOK)
def register_place():
    return Place, place
