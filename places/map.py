"""The map of places: the filtered list (/lieux/), its embeddable map (/lieux/carte/) and the
markers both draw (/lieux/marqueurs.json). Published places only, whoever asks.

The list is the page: it works without JavaScript and comes first; the map is drawn
over it by places/static/places/map/map.js, which loads Leaflet on these pages only.
"""

import hashlib
import json
from urllib.parse import urlencode

from csp.decorators import csp_replace
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from core.pagination import paginate

from .exporting import generation
from .filters import PlaceFilterForm, public_communities
from .models import Place
from .models.map_page import PlaceMapPage
from .standard.vocabulary import Itinerance

PER_PAGE = 20
# What a list item shows: nothing else is read from the database.
LIST_FIELDS = [
    "nom",
    "slug",
    "commune",
    "code_postal",
    "services",
    "itinerance",
    "accepts_pass_numerique",
    "aptic_qualified",
]
# Browsers and proxies may keep the markers this long; a change of place renews the ETag.
MARKERS_MAX_AGE = 300
OPEN_NOW_MAX_AGE = 60
DEFAULT_TITLE = _("Places of digital mediation")


def filters_for(request) -> PlaceFilterForm:
    return PlaceFilterForm(request.GET, communities=public_communities())


def filtered_places(filters: PlaceFilterForm):
    return filters.filter(Place.objects.published())


def query_string(filters: PlaceFilterForm) -> str:
    """The valid filters as a query string: the same map under the other addresses."""
    return urlencode(filters.selected())


def with_filters(url: str, filters: PlaceFilterForm) -> str:
    query = query_string(filters)
    return f"{url}?{query}" if query else url


def map_settings(filters: PlaceFilterForm) -> dict:
    """What map.js reads from the page (data-* attributes of the map's element)."""
    return {
        "markers_url": with_filters(reverse("places:markers"), filters),
    }


def near_text(filters: PlaceFilterForm) -> str:
    """What « près de chez moi » measures from, said above the list."""
    if filters.origin() is None:
        return ""
    if filters.location is not None and "pres_de" in filters.selected():
        return _("The nearest places to %(commune)s first.") % {"commune": filters.location}
    return _("The nearest places to your position first.")


@require_safe
def map_page(request):
    filters = filters_for(request)
    places = paginate(request, filtered_places(filters).only(*LIST_FIELDS), PER_PAGE)
    page = PlaceMapPage.objects.live().first()
    return render(
        request,
        "places/map/index.html",
        {
            "page": page,
            "title": page.title if page else DEFAULT_TITLE,
            "filters": filters,
            "active_filters": filters.selected(),
            "ignored_filters": filters.ignored(),
            "places": places,
            "near": near_text(filters),
            "itinerant": Itinerance.ITINERANT,
            "map": map_settings(filters),
            "embed_url": request.build_absolute_uri(
                with_filters(reverse("places:embed"), filters)
            ),
        },
    )


@require_safe
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
def embed(request):
    """The map alone, for an iframe on any site (a commune's, a network's)."""
    filters = filters_for(request)
    return render(
        request,
        "places/map/embed.html",
        {
            "count": filtered_places(filters).count(),
            "map": map_settings(filters),
            "list_url": request.build_absolute_uri(with_filters(reverse("places:map"), filters)),
        },
    )


@require_safe
def markers(request):
    """The filtered places that have coordinates, compact: [slug, name, commune, lat, lon].

    Kept in the cache under the places' export generation, which every change of a
    place renews, and per set of valid filters; « ouvert maintenant » changes with the
    clock, so it is computed each time and kept by browsers a minute only.
    """
    filters = filters_for(request)
    version = generation.current()
    key = f"places:markers:{version}:{query_string(filters)}"
    by_the_clock = "ouvert" in filters.selected()
    etag = f'"{version}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"'
    if not by_the_clock and etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
    else:
        body = None if by_the_clock else cache.get(key)
        if body is None:
            body = markers_json(filtered_places(filters))
            if not by_the_clock:
                cache.set(key, body, timeout=None)
        response = HttpResponse(body, content_type="application/json")
    if not by_the_clock:
        response["ETag"] = etag
    patch_cache_control(
        response, public=True, max_age=OPEN_NOW_MAX_AGE if by_the_clock else MARKERS_MAX_AGE
    )
    return response


def markers_json(places) -> bytes:
    rows = (
        places.filter(latitude__isnull=False, longitude__isnull=False)
        .order_by("pk")
        .values_list("slug", "nom", "commune", "latitude", "longitude")
    )
    data = {
        "place_url": Place(slug="{slug}").get_absolute_url(),
        "places": [
            [slug, nom, commune, round(latitude, 5), round(longitude, 5)]
            for slug, nom, commune, latitude, longitude in rows
        ],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
