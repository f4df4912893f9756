"""The OpenAPI 3 description of the API (drf-spectacular), Wagtail's endpoints included.

Wagtail's API v2 views build their serializer from the request (`?type=`, `?fields=`),
which no introspection can follow: their answers are described here by hand, as
components (`PageItem`, `PageList`, `Document…`, `Image…`), every field a page type may
give listed with its type, so that Schemathesis can check every answer against them.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from drf_spectacular import openapi
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema_field,
    inline_serializer,
)
from rest_framework import serializers

from places.filters import APTIC, PROGRAMMES, PUBLICS, SERVICES
from places.rows import COLUMN_FIELDS, LIST_COLUMNS
from places.standard import VERSION as PLACES_STANDARD_VERSION
from places.standard import fields_by_name
from taxonomy.models import Referential
from taxonomy.vocabularies import DEPARTMENTS

from .filters import CLASSIFICATION_FILTERS
from .pagination import MAX_OFFSET


class AutoSchema(openapi.AutoSchema):
    """Every operation may answer 304 to a conditional request."""

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if self.method in ("GET", "HEAD") and "304" not in responses:
            responses["304"] = {"description": str(_("Not modified since the ETag or date sent."))}
        return responses


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: dict) -> dict:
    return {"oneOf": [schema, {"type": "null"}]}


def hub_source() -> str:
    return settings.WAGTAIL_SITE_NAME


def typed(field, schema: dict):
    """A custom serializer field, described by a raw schema."""
    return extend_schema_field(schema)(field)


ErrorSerializer = inline_serializer(
    name="Error",
    fields={
        "message": serializers.CharField(help_text=_("What went wrong, in French.")),
        "code": serializers.CharField(
            help_text=_("A stable code: not_found, invalid, throttled…")
        ),
        "details": serializers.JSONField(required=False),
    },
)
ERRORS = {
    400: OpenApiResponse(ErrorSerializer, description=_("A parameter's value is not understood.")),
    404: OpenApiResponse(ErrorSerializer, description=_("Nothing public answers here.")),
    429: OpenApiResponse(
        ErrorSerializer,
        description=_("Too many requests: wait the seconds the Retry-After header says."),
    ),
}

TERM = {
    "type": "object",
    "required": ["slug", "name"],
    "properties": {"slug": {"type": "string"}, "name": {"type": "string"}},
}
TAG_LIST = {"type": "array", "items": TERM}
COMMUNITY_REF = nullable(
    {
        "type": "object",
        "required": ["id", "slug", "title"],
        "properties": {
            "id": {"type": "integer"},
            "slug": {"type": "string"},
            "title": {"type": "string"},
        },
    }
)
DOCUMENT_REF = {
    "type": "object",
    "required": ["id", "title", "download_url", "format", "extension"],
    "properties": {
        "id": {"type": "integer"},
        "title": {"type": "string"},
        "download_url": {"type": "string", "format": "uri"},
        "format": {"type": "string"},
        "extension": {"type": "string"},
        "file_size": {"type": ["integer", "null"]},
        "editable": {"type": "boolean"},
        "licence": nullable(ref("Licence")),
        "source": {"type": "string"},
    },
}
DOCUMENT_LIST = {"type": "array", "items": ref("DocumentRef")}
IMAGE_REF = {
    "type": "object",
    "required": ["id", "url"],
    "properties": {
        "id": {"type": "integer"},
        "title": {"type": "string"},
        "alt": {"type": "string"},
        "credit": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
        "width": {"type": "integer"},
        "height": {"type": "integer"},
    },
}
VOCABULARY_INDEX = {
    "type": "object",
    "required": ["items"],
    "properties": {
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "title": {"type": "string"},
                    "url": {"type": "string", "format": "uri"},
                },
            },
        }
    },
}


def place_schema() -> dict:
    """A place: the national standard's columns, typed, then the hub's own fields."""
    standard = fields_by_name()
    properties = {}
    for column in COLUMN_FIELDS:
        description = standard[column].get("description", "")
        if column in LIST_COLUMNS:
            schema = {"type": "array", "items": {"type": "string"}}
        elif column in ("latitude", "longitude"):
            schema = {"type": ["number", "null"]}
        elif column == "date_maj":
            schema = {"type": ["string", "null"], "format": "date"}
        else:
            schema = {"type": "string"}
        properties[column] = {**schema, "description": description}
    properties.update(
        {
            "slug": {"type": "string", "description": str(_("The place's address on the map."))},
            "url": {"type": "string", "format": "uri"},
            "departement": {"type": "string"},
            "aptic": {"type": "boolean", "description": str(_("APTIC-qualified."))},
            "pass_numerique": {
                "type": "boolean",
                "description": str(_("Accepts the Pass Numérique.")),
            },
        }
    )
    return {
        "type": "object",
        "description": str(
            _(
                "A place in the fields of the national standard "
                "« Lieux de médiation numérique » v%(version)s."
            )
            % {"version": PLACES_STANDARD_VERSION}
        ),
        "required": ["id", "nom", "commune", "slug"],
        "properties": properties,
    }


def date_parameter(name, description):
    return OpenApiParameter(name, OpenApiTypes.DATE, description=description)


DEPARTMENT_PARAMETER = OpenApiParameter(
    "departement",
    str,
    enum=[code for code, _name in DEPARTMENTS],
    description=_("Code of a département of Occitanie."),
)
SESSION_PARAMETERS = [
    date_parameter(
        "from", _("Sessions ending on this day or later (YYYY-MM-DD); today by default.")
    ),
    date_parameter("until", _("Sessions starting on this day or earlier (YYYY-MM-DD).")),
    OpenApiParameter("module", int, description=_("Identifier of the module (that of /pages/).")),
    OpenApiParameter(
        "online", str, enum=["true", "false"], description=_("Online (true) or in person (false).")
    ),
    DEPARTMENT_PARAMETER,
]
EVENT_PARAMETERS = [
    date_parameter(
        "from", _("Events ending on this day or later (YYYY-MM-DD); today by default.")
    ),
    date_parameter("until", _("Events starting on this day or earlier (YYYY-MM-DD).")),
    OpenApiParameter(
        "online",
        str,
        enum=["true", "false"],
        description=_("Followed online (true) or not (false)."),
    ),
    DEPARTMENT_PARAMETER,
    OpenApiParameter("theme", str, description=_("Slug of a theme (/vocabularies/themes/).")),
]
PLACE_PARAMETERS = [
    DEPARTMENT_PARAMETER,
    OpenApiParameter(
        "service",
        str,
        enum=list(SERVICES),
        description=_("A service of the standard, as its slug."),
    ),
    OpenApiParameter(
        "dispositif",
        str,
        enum=[*PROGRAMMES, APTIC],
        description=_("A national programme of the standard, as its slug, or aptic."),
    ),
    OpenApiParameter(
        "public",
        str,
        enum=list(PUBLICS),
        description=_("A public specifically addressed, as its slug."),
    ),
    OpenApiParameter("commune", str, description=_("Name of the commune (case ignored).")),
    date_parameter(
        "updated_since", _("Places updated (date_maj) on this day or later (YYYY-MM-DD).")
    ),
]
COMPETENCY_PARAMETERS = [
    OpenApiParameter(
        "referential", str, enum=list(Referential.values), description=_("The referential.")
    ),
]

PAGE_TYPES = [
    "catalogue.TrainingModulePage",
    "kits.KitPage",
    "kits.WorkshopContentPage",
    "kits.ResourcePage",
    "events.EventPage",
    "communities.CommunityPage",
    "catalogue.TrainingCataloguePage",
]


def page_parameters(listing: bool) -> list[OpenApiParameter]:
    fields = OpenApiParameter(
        "fields",
        str,
        description=_(
            "Fields to give, separated by commas: * for all, -name to leave one out "
            "(Wagtail's syntax)."
        ),
    )
    if not listing:
        return [fields]
    filters = [
        OpenApiParameter(
            name,
            str,
            description=_("Identifier of a term (e.g. %(example)s).") % {"example": example},
        )
        for name, (_facet, _exists, _unknown, example) in CLASSIFICATION_FILTERS.items()
    ]
    return [
        OpenApiParameter(
            "type",
            str,
            description=_(
                "A page type (app.Model): its own fields become available. "
                "Content types: %(types)s."
            )
            % {"types": ", ".join(PAGE_TYPES)},
        ),
        *filters,
        OpenApiParameter(
            "updated_since",
            OpenApiTypes.DATE,
            description=_("Pages published since this date (YYYY-MM-DD) or moment (ISO 8601)."),
        ),
        OpenApiParameter("child_of", int, description=_("Identifier of the parent page.")),
        OpenApiParameter("descendant_of", int, description=_("Identifier of an ancestor page.")),
        OpenApiParameter(
            "order",
            str,
            description=_(
                "Field to order by, - before it for descending "
                "(e.g. -first_published_at), or random."
            ),
        ),
        *limit_offset(),
        fields,
    ]


def limit_offset() -> list[OpenApiParameter]:
    return [
        OpenApiParameter(
            "limit",
            {"type": "integer", "minimum": 0, "maximum": settings.WAGTAILAPI_LIMIT_MAX},
            description=_("Number of items (at most %(max)s, 20 by default).")
            % {"max": settings.WAGTAILAPI_LIMIT_MAX},
        ),
        OpenApiParameter(
            "offset",
            {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET},
            description=_("Number of items to skip."),
        ),
    ]


def wagtail_listing(component: str, parameters) -> dict:
    return {
        "parameters": parameters,
        "responses": {200: {"type": "object", **ref(f"{component}List")}, **ERRORS},
    }


# The largest identifier: Wagtail's pages have 32-bit keys.
MAX_ID = 2**31 - 1
ID_PARAMETER = OpenApiParameter(
    "id", {"type": "integer", "minimum": 1, "maximum": MAX_ID}, OpenApiParameter.PATH
)
SLUG_PARAMETER = OpenApiParameter(
    "slug", {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"}, OpenApiParameter.PATH
)


# Components

TIMESTAMP = {"type": ["string", "null"], "format": "date-time"}
STRING = {"type": "string"}
RICH_TEXT = {"type": "string", "description": "HTML"}
PAGE_REF = {
    "type": "object",
    "properties": {"id": {"type": "integer"}, "title": STRING, "meta": {"type": "object"}},
}


def page_item() -> dict:
    """Every field a page may give: which ones depends on `type` and `fields`."""
    array = lambda items: {"type": "array", "items": items}  # noqa: E731
    return {
        "type": "object",
        "description": str(
            _(
                "A public page. Without type= a list gives Wagtail's fields; with type= (and "
                "in the detail) the fields of its type, long texts in the detail only."
            )
        ),
        "properties": {
            "id": {"type": "integer"},
            "meta": {
                "type": "object",
                "properties": {
                    "type": STRING,
                    "detail_url": {"type": "string", "format": "uri"},
                    "html_url": {"type": ["string", "null"]},
                    "slug": STRING,
                    "show_in_menus": {"type": "boolean"},
                    "seo_title": STRING,
                    "search_description": STRING,
                    "first_published_at": TIMESTAMP,
                    "last_published_at": TIMESTAMP,
                    "alias_of": {"type": ["object", "null"]},
                    "parent": {"type": ["object", "null"]},
                    "locale": STRING,
                },
            },
            "title": STRING,
            "summary": STRING,
            "content_updated_at": TIMESTAMP,
            "themes": array(TERM),
            "publics": array(ref("Public")),
            "competencies": array(ref("Competency")),
            "support_type": nullable(TERM),
            "licence": nullable(ref("Licence")),
            "tags": TAG_LIST,
            "community": COMMUNITY_REF,
            "image": nullable(IMAGE_REF),
            # Training modules
            "duration_hours": {"type": "string", "description": "3.5"},
            "modality": {"type": "string", "enum": ["in_person", "remote", "blended"]},
            "prerequisites": STRING,
            "target_audience": STRING,
            "accessibility": STRING,
            "accessibility_contact": STRING,
            "price": STRING,
            "access_terms": STRING,
            "contact": STRING,
            "certificate": {"type": "boolean"},
            "trainers": array({"type": "object"}),
            "sessions": array({"type": "object"}),
            "supports": DOCUMENT_LIST,
            "objectives": RICH_TEXT,
            "program": RICH_TEXT,
            "teaching_methods": RICH_TEXT,
            "assessment_methods": RICH_TEXT,
            # Kits
            "audience": STRING,
            "steps": array({"type": "object"}),
            "tools": DOCUMENT_LIST,
            "purpose": RICH_TEXT,
            # Workshop contents
            "level": {"type": "string", "enum": ["beginner", "intermediate", "advanced"]},
            "duration_minutes": {"type": ["integer", "null"]},
            "session_count": {"type": "integer"},
            "rhythm": STRING,
            "participant_profiles": STRING,
            "group_size": STRING,
            "material_needed": STRING,
            "body": {
                "oneOf": [RICH_TEXT, array({"type": "object"})],
                "description": str(_("Rich text (resources) or blocks (contents, events).")),
            },
            # Resources
            "kind": STRING,
            "provider": STRING,
            "website": STRING,
            "coverage": STRING,
            "cost": STRING,
            "how_to_access": STRING,
            "attachments": DOCUMENT_LIST,
            # Events
            "start": TIMESTAMP,
            "end": TIMESTAMP,
            "location": STRING,
            "place": {"type": ["object", "null"]},
            "department": {"type": ["object", "null"]},
            "is_online": {"type": "boolean"},
            "online_url": STRING,
            "organiser": STRING,
            "registration_url": STRING,
            "replay_url": STRING,
            # Communities and catalogues
            "territory": STRING,
            "departments": array({"type": "object"}),
            "description": RICH_TEXT,
            "intro": STRING,
        },
    }


def document_item() -> dict:
    return {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "meta": {
                "type": "object",
                "properties": {
                    "type": STRING,
                    "detail_url": {"type": "string", "format": "uri"},
                    "download_url": {"type": "string", "format": "uri"},
                    "tags": {"type": "array", "items": STRING},
                },
            },
            "title": STRING,
            "description": STRING,
            "source": STRING,
            "licence": nullable(ref("Licence")),
            "format": STRING,
            "file_size": {"type": ["integer", "null"]},
            "editable": {"type": "boolean"},
            "created_at": TIMESTAMP,
        },
    }


def image_item() -> dict:
    return {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "meta": {
                "type": "object",
                "properties": {
                    "type": STRING,
                    "detail_url": {"type": "string", "format": "uri"},
                    "tags": {"type": "array", "items": STRING},
                },
            },
            "title": STRING,
            "width": {"type": "integer"},
            "height": {"type": "integer"},
            "alt": STRING,
            "credit": STRING,
            "rendition": {
                "type": "object",
                "properties": {
                    "url": {"type": "string", "format": "uri"},
                    "width": {"type": "integer"},
                    "height": {"type": "integer"},
                },
            },
            "created_at": TIMESTAMP,
        },
    }


def listing(item: str) -> dict:
    return {
        "type": "object",
        "required": ["meta", "items"],
        "properties": {
            "meta": {
                "type": "object",
                "required": ["total_count"],
                "properties": {"total_count": {"type": "integer", "minimum": 0}},
            },
            "items": {"type": "array", "items": ref(item)},
        },
    }


def only_public_api(endpoints):
    """The description covers /api/v1/ alone, the description itself and its page aside."""
    return [
        (path, path_regex, method, callback)
        for path, path_regex, method, callback in endpoints
        if path.startswith("/api/v1/")
        and not path.startswith(("/api/v1/schema", "/api/v1/docs"))
        and method in ("GET",)
    ]


DESCRIPTION = _(
    "The public read API of the RhinOcc Hub: every public content (training modules and "
    "their sessions, kits, workshop contents, resources, events, community spaces), the "
    "places of digital mediation in the national standard's fields, files, images and "
    "vocabularies. Anonymous and read-only: nothing of a private community space appears, "
    "not even in a count. Lists are paged by limit (at most %(max)s) and offset; every "
    "answer carries an ETag and a Last-Modified date (send them back with If-None-Match or "
    "If-Modified-Since: 304 when nothing changed); each client may make %(rate)s requests "
    "(then 429 with Retry-After). Errors are JSON with a French message. Contents are "
    "under their own licence (the licence field); places under the Licence Ouverte 2.0."
)


def add_wagtail_components(result, generator, request, public):
    components = result.setdefault("components", {}).setdefault("schemas", {})
    components["PageItem"] = page_item()
    components["PageList"] = listing("PageItem")
    components["DocumentItem"] = document_item()
    components["DocumentList"] = listing("DocumentItem")
    components["ImageItem"] = image_item()
    components["ImageList"] = listing("ImageItem")
    components["DocumentRef"] = DOCUMENT_REF
    result["info"]["description"] = str(DESCRIPTION) % {
        "max": settings.WAGTAILAPI_LIMIT_MAX,
        "rate": settings.RHINOCC_API_RATE,
    }
    result["info"]["license"] = {
        "name": "Licence Ouverte / Open Licence 2.0 (lieux)",
        "url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence",
    }
    result["servers"] = [{"url": "/"}]
    return result
