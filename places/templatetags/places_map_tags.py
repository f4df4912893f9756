from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html

register = template.Library()

ICONS = "places/vendor/leaflet/images/"


@register.simple_tag
def leaflet_attributes():
    """The data-* attributes places/leaflet-base.js reads on a map's element: the tiles (none
    when the tile URL is empty, as in tests), their credit, and the marker's images by their
    static URLs (Leaflet's guess from its CSS misses the production files' hashed names)."""
    return format_html(
        'data-tile-url="{}" data-tile-attribution="{}" data-icon="{}" '
        'data-icon-retina="{}" data-icon-shadow="{}"',
        settings.RHINOCC_MAP_TILE_URL,
        settings.RHINOCC_MAP_TILE_ATTRIBUTION,
        static(f"{ICONS}marker-icon.png"),
        static(f"{ICONS}marker-icon-2x.png"),
        static(f"{ICONS}marker-shadow.png"),
    )
