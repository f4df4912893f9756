"""Wagtail's API v2 for pages, documents and images, public contents only.

Wagtail's endpoints, their parameters (`type`, `fields`, `order`, `limit`/`offset`,
`child_of`, `descendant_of`, `find/?html_path=`) and their answer (`meta.total_count`,
`items`) as documented upstream, with three changes:

- only live pages under no view restriction, for everyone (api.visibility): a private
  community space and everything below it never appear, not even in `total_count`;
- each content type says its fields here (`PAGE_FIELDS`), the vocabularies as terms a
  partner can filter with (`theme`, `public`, `competency`, `community`, `tag`,
  `updated_since`: api.filters), so the content apps carry no API code;
- long texts (rich text, the body) are given by the detail only: their links are expanded
  page by page, which a list of 100 items would pay 100 times. A list costs the same
  number of queries whatever its length (its relations prefetched, `listing_prefetch`).
"""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
)
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.renderers import JSONRenderer
from wagtail.api import APIField
from wagtail.api.v2.filters import (
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
)
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from agenda.models import EventPage
from catalogue.models import TrainingCataloguePage, TrainingModulePage
from communities.models import CommunityPage
from core.content import ContentPage
from images.models import IllustratedMixin
from images.privacy import may_see
from kits.models import KitPage, ResourcePage, WorkshopContentPage

from . import schema as api_schema
from .conditional import ConditionalMixin, NotModified
from .errors import BadFilter, exception_handler
from .filters import PAGE_FILTER_PARAMETERS, ClassificationFilter
from .pagination import BoundedWagtailPagination
from .serializers import (
    CompetencySerializer,
    DepartmentSerializer,
    DocumentRefSerializer,
    LicenceSerializer,
    PublicSerializer,
    TermSerializer,
    VisibleDocumentsField,
    absolute,
)
from .throttling import ClientRateThrottle
from .visibility import as_anonymous, public_pages, restricted_collection_ids

# The rendition every image of the API links to: public, in images/ of the media.
IMAGE_FILTER = "max-1200x1200"


@extend_schema_field(api_schema.nullable(api_schema.IMAGE_REF))
class ImageRefField(serializers.Field):
    """A page's image, if anybody may see it: its alternative text, credit and a rendition."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        image = getattr(instance, self.source, None)
        return image if image is not None and may_see(self.context.get("request"), image) else None

    def to_representation(self, image):
        return image_data(image, self.context.get("request"))


def image_data(image, request) -> dict:
    rendition = image.get_rendition(IMAGE_FILTER)
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.default_alt_text,
        "credit": image.credit,
        "url": absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }


@extend_schema_field(api_schema.TAG_LIST)
class PlaceRefSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    nom = serializers.CharField()
    commune = serializers.CharField()
    url = serializers.SerializerMethodField()
    detail_url = serializers.SerializerMethodField()

    def get_url(self, place) -> str:
        return absolute(self.context.get("request"), place.get_absolute_url())

    def get_detail_url(self, place) -> str:
        return absolute(self.context.get("request"), reverse("api:place", args=[place.slug]))


@extend_schema_field(PlaceRefSerializer)
class PublishedPlaceField(serializers.Field):
    """A place of the map, or null when it is not (or no longer) published."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        place = instance.place
        return place if place is not None and place.is_published else None

    def to_representation(self, place):
        return PlaceRefSerializer(place, context=self.context).data


@extend_schema_field(api_schema.TAG_LIST)
class TagsField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, manager):
        return [{"slug": tag.slug, "name": tag.name} for tag in manager.all()]


@extend_schema_field(api_schema.COMMUNITY_REF)
class CommunityField(serializers.Field):
    """The public community space a content was contributed to, or null."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("source", "*")
        super().__init__(**kwargs)

    def to_representation(self, page):
        return self.context["view"].community_of(page)


class UpcomingSessionsField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("source", "*")
        super().__init__(**kwargs)

    def to_representation(self, module):
        today = timezone.localdate()
        sessions = sorted(
            (s for s in module.sessions.all() if s.end_date >= today),
            key=lambda s: (s.start_date, s.pk),
        )
        return [
            {
                "id": s.pk,
                "start_date": s.start_date.isoformat(),
                "end_date": s.end_date.isoformat(),
                "location": s.location,
                "is_online": s.is_online,
                "seats": s.seats,
            }
            for s in sessions
        ]


class BodyField(serializers.Field):
    """A StreamField body as Wagtail's API gives it, files and images described, and the
    blocks of a file or image of a private collection left out (as on the page)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, stream):
        request = self.context.get("request")
        blocks = []
        for block in stream:
            value = block.block.get_api_representation(block.value, self.context)
            if block.block_type == "file":
                document = block.value["document"]
                if document is None or not may_see(request, document):
                    continue
                value["document"] = DocumentRefSerializer(document, context=self.context).data
            elif block.block_type == "image":
                image = block.value["image"]
                if image is None or not may_see(request, image):
                    continue
                value["image"] = image_data(image, request)
            blocks.append({"type": block.block_type, "value": value, "id": block.id})
        return blocks


class TrainerSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    organisation = serializers.CharField()


class StepSerializer(serializers.Serializer):
    title = serializers.CharField()
    description = serializers.CharField()


def many(serializer_class):
    return serializer_class(many=True, read_only=True)


CLASSIFIED_FIELDS = [
    APIField("summary"),
    APIField("content_updated_at"),
    APIField("themes", serializer=many(TermSerializer)),
    APIField("publics", serializer=many(PublicSerializer)),
    APIField("competencies", serializer=many(CompetencySerializer)),
    APIField("support_type", serializer=TermSerializer(read_only=True, allow_null=True)),
    APIField("licence", serializer=LicenceSerializer(read_only=True, allow_null=True)),
    APIField("tags", serializer=TagsField()),
    APIField("community", serializer=CommunityField()),
]
CLASSIFIED_PREFETCH = ("competencies__domain", "publics", "themes", "tags")
IMAGE_FIELD = APIField("image", serializer=ImageRefField())

# What each page type shows beyond Wagtail's own fields (id, title, meta), and what a list
# of its pages prefetches for them.
PAGE_FIELDS = {
    TrainingModulePage: [
        *CLASSIFIED_FIELDS,
        APIField("duration_hours"),
        APIField("modality"),
        APIField("prerequisites"),
        APIField("target_audience"),
        APIField("accessibility"),
        APIField("accessibility_contact"),
        APIField("price"),
        APIField("access_terms"),
        APIField("contact"),
        APIField("certificate"),
        APIField("trainers", serializer=many(TrainerSerializer)),
        APIField("sessions", serializer=UpcomingSessionsField()),
        APIField("supports", serializer=VisibleDocumentsField("supports")),
        APIField("objectives"),
        APIField("program"),
        APIField("teaching_methods"),
        APIField("assessment_methods"),
    ],
    KitPage: [
        *CLASSIFIED_FIELDS,
        IMAGE_FIELD,
        APIField("audience"),
        APIField("steps", serializer=many(StepSerializer)),
        APIField("tools", serializer=VisibleDocumentsField("tools")),
        APIField("purpose"),
    ],
    WorkshopContentPage: [
        *CLASSIFIED_FIELDS,
        IMAGE_FIELD,
        APIField("level"),
        APIField("duration_minutes"),
        APIField("session_count"),
        APIField("rhythm"),
        APIField("participant_profiles"),
        APIField("group_size"),
        APIField("material_needed"),
        APIField("body", serializer=BodyField()),
    ],
    ResourcePage: [
        *CLASSIFIED_FIELDS,
        APIField("kind"),
        APIField("provider"),
        APIField("website"),
        APIField("coverage"),
        APIField("cost"),
        APIField("how_to_access"),
        APIField("attachments", serializer=VisibleDocumentsField("attachments")),
        APIField("body"),
    ],
    EventPage: [
        *CLASSIFIED_FIELDS,
        IMAGE_FIELD,
        APIField("start"),
        APIField("end"),
        APIField("location", serializer=serializers.CharField(source="where", read_only=True)),
        APIField("place", serializer=PublishedPlaceField()),
        APIField("department", serializer=DepartmentSerializer(read_only=True, allow_null=True)),
        APIField("is_online"),
        APIField("online_url"),
        APIField("organiser"),
        APIField("registration_url"),
        APIField("replay_url"),
        APIField("supports", serializer=VisibleDocumentsField("supports")),
        APIField("body", serializer=BodyField()),
    ],
    CommunityPage: [
        APIField("summary"),
        APIField("territory"),
        APIField("departments", serializer=many(DepartmentSerializer)),
        APIField("themes", serializer=many(TermSerializer)),
        IMAGE_FIELD,
        APIField("description"),
    ],
    TrainingCataloguePage: [
        APIField("intro"),
        APIField("audience"),
        IMAGE_FIELD,
    ],
}
PAGE_PREFETCH = {
    TrainingModulePage: ("trainers", "sessions", "supports__document__licence"),
    KitPage: ("steps", "tools__document__licence"),
    ResourcePage: ("attachments__document__licence",),
    CommunityPage: ("departments", "themes"),
    EventPage: ("supports__document__licence",),
}
EVENT_RELATED = ("place", "department")
# Given by the detail only (see the module's docstring).
DETAIL_ONLY = [
    "parent",
    "objectives",
    "program",
    "teaching_methods",
    "assessment_methods",
    "purpose",
    "body",
    "description",
]


def register_page_fields(model, fields, prefetch=()) -> None:
    """For an app above this one (events) to describe its page type."""
    PAGE_FIELDS[model] = fields
    PAGE_PREFETCH[model] = prefetch


# What every endpoint of the API shares: anonymous, throttled, French errors.
class PublicAPIMixin(ConditionalMixin):
    authentication_classes = []
    throttle_classes = [ClientRateThrottle]
    # JSON only: the human view is the documentation page (/api/v1/docs/).
    renderer_classes = [JSONRenderer]
    pagination_class = BoundedWagtailPagination

    def initial(self, request, *args, **kwargs):
        as_anonymous(request)
        super().initial(request, *args, **kwargs)
        # An identifier beyond what a database column holds names nothing (and would
        # overflow the query: PostgreSQL refuses it with an error).
        if int(kwargs.get("pk", 0)) > api_schema.MAX_ID:
            raise NotFound()
        for name, value in request.query_params.items():
            digits = value.removeprefix("-")
            if digits.isascii() and digits.isdigit() and int(digits) > api_schema.MAX_ID:
                raise BadFilter(_("%(name)s is too large.") % {"name": name})

    def handle_exception(self, exc):
        # Wagtail's handle_exception answers Http404 and its BadRequestError in English,
        # before DRF's handler: everything goes to ours instead.
        if isinstance(exc, NotModified):
            return exc.response
        response = exception_handler(exc, self.get_exception_handler_context())
        if response is None:
            self.raise_uncaught_exception(exc)
        response.exception = True
        return response


class PublicPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    filter_backends = [
        FieldsFilter,
        ChildOfFilter,
        DescendantOfFilter,
        ClassificationFilter,
        OrderingFilter,
    ]
    known_query_parameters = (
        PagesAPIViewSet.known_query_parameters.difference(
            {"search", "search_operator", "ancestor_of", "translation_of", "locale"}
        )
    ).union(PAGE_FILTER_PARAMETERS)
    meta_fields = [*PagesAPIViewSet.meta_fields, "last_published_at"]
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "last_published_at"]
    detail_only_fields = DETAIL_ONLY

    # Declared here for the description of each endpoint (api.schema, `describe`).
    def listing_view(self, request):
        return super().listing_view(request)

    def detail_view(self, request, pk):
        return super().detail_view(request, pk)

    def find_view(self, request):
        return super().find_view(request)

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(cls.body_fields + page_fields(model))

    @classmethod
    def get_listing_default_fields(cls, model):
        fields = super().get_listing_default_fields(model)
        return fields + [
            field.name for field in page_fields(model) if field.name not in DETAIL_ONLY
        ]

    def get_base_queryset(self):
        return public_pages(self.request)

    def get_queryset(self):
        queryset = super().get_queryset()
        model = queryset.model
        if model is Page:
            return queryset.select_related("locale")
        related = ["locale"]
        prefetch = list(PAGE_PREFETCH.get(model, ()))
        if issubclass(model, ContentPage):
            related += ["support_type", "licence"]
            prefetch += CLASSIFIED_PREFETCH
        if model is EventPage:
            related += EVENT_RELATED
        if issubclass(model, IllustratedMixin):
            related.append("image")
            prefetch.append("image__renditions")
        return queryset.select_related(*related).prefetch_related(*prefetch)

    def community_of(self, page) -> dict | None:
        if not hasattr(self, "_communities"):
            self._communities = {
                c.path: {"id": c.pk, "slug": c.slug, "title": c.title}
                for c in CommunityPage.objects.live().public().only("path", "slug", "title")
            }
        for end in range(Page.steplen, len(page.path), Page.steplen):
            if community := self._communities.get(page.path[:end]):
                return community
        return None


def page_fields(model) -> list:
    for klass in model.__mro__:
        if klass in PAGE_FIELDS:
            return PAGE_FIELDS[klass]
    return []


class PublicDocumentsAPIViewSet(PublicAPIMixin, DocumentsAPIViewSet):
    filter_backends = [FieldsFilter, OrderingFilter]
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters.difference(
        {"search", "search_operator"}
    )
    body_fields = [
        *DocumentsAPIViewSet.body_fields,
        "description",
        "source",
        APIField("licence", serializer=LicenceSerializer(read_only=True, allow_null=True)),
        APIField("format", serializer=serializers.CharField(source="format_label")),
        "file_size",
        APIField("editable", serializer=serializers.BooleanField(source="is_editable")),
        "created_at",
    ]
    listing_default_fields = [
        *DocumentsAPIViewSet.listing_default_fields,
        "format",
        "file_size",
        "licence",
    ]

    # Declared here for the description of each endpoint (api.schema, `describe`).
    def listing_view(self, request):
        return super().listing_view(request)

    def detail_view(self, request, pk):
        return super().detail_view(request, pk)

    def find_view(self, request):
        return super().find_view(request)

    def get_queryset(self):
        return (
            self.model.objects.exclude(collection__in=restricted_collection_ids())
            .select_related("licence")
            .prefetch_related("tags")
            .order_by("id")
        )


class RenditionField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("source", "*")
        super().__init__(**kwargs)

    def to_representation(self, image):
        rendition = image.get_rendition(IMAGE_FILTER)
        return {
            "url": absolute(self.context.get("request"), rendition.url),
            "width": rendition.width,
            "height": rendition.height,
        }


class PublicImagesAPIViewSet(PublicAPIMixin, ImagesAPIViewSet):
    filter_backends = [FieldsFilter, OrderingFilter]
    known_query_parameters = ImagesAPIViewSet.known_query_parameters.difference(
        {"search", "search_operator"}
    )
    body_fields = [
        *ImagesAPIViewSet.body_fields,
        APIField("alt", serializer=serializers.CharField(source="default_alt_text")),
        "credit",
        APIField("rendition", serializer=RenditionField()),
        "created_at",
    ]
    # The original file is not served (only renditions are): no download_url.
    meta_fields = ["type", "detail_url", "tags"]
    listing_default_fields = ["id", "type", "detail_url", "title", "tags", "alt", "rendition"]
    nested_default_fields = ["id", "type", "detail_url", "title"]

    # Declared here for the description of each endpoint (api.schema, `describe`).
    def listing_view(self, request):
        return super().listing_view(request)

    def detail_view(self, request, pk):
        return super().detail_view(request, pk)

    def find_view(self, request):
        return super().find_view(request)

    def get_queryset(self):
        return (
            self.model.objects.exclude(collection__in=restricted_collection_ids())
            .prefetch_related("tags", "renditions")
            .order_by("id")
        )


def describe(
    viewset, component: str, tag: str, summaries, listing_parameters, find_parameters
) -> None:
    """The OpenAPI description of a Wagtail endpoint's three views (api.schema)."""
    detail_parameters = [api_schema.ID_PARAMETER, *api_schema.page_parameters(listing=False)]
    descriptions = {
        "listing_view": extend_schema(
            operation_id=f"{tag}_list",
            summary=summaries[0],
            tags=[tag],
            parameters=listing_parameters,
            responses={200: api_schema.ref(f"{component}List"), **api_schema.ERRORS},
        ),
        "detail_view": extend_schema(
            operation_id=f"{tag}_detail",
            summary=summaries[1],
            tags=[tag],
            parameters=detail_parameters,
            responses={200: api_schema.ref(f"{component}Item"), **api_schema.ERRORS},
        ),
        "find_view": extend_schema(
            operation_id=f"{tag}_find",
            summary=summaries[2],
            description=_("Redirects (302) to the detail of what was found."),
            tags=[tag],
            parameters=find_parameters,
            responses={
                302: OpenApiResponse(description=_("Found: its address is in Location.")),
                **api_schema.ERRORS,
            },
        ),
    }
    for name, description in descriptions.items():
        setattr(viewset, name, description(viewset.__dict__[name]))


FIND_BY_ID = OpenApiParameter("id", int, description=_("Identifier."))
describe(
    PublicPagesAPIViewSet,
    "Page",
    "pages",
    (_("Public pages"), _("A public page"), _("Find a page")),
    api_schema.page_parameters(listing=True),
    [
        FIND_BY_ID,
        OpenApiParameter(
            "html_path", str, description=_("Path of the page on the site (/kits/…/).")
        ),
    ],
)
FILE_PARAMETERS = [
    OpenApiParameter("order", str, description=_("Field to order by (title, -created_at…).")),
    *api_schema.limit_offset(),
    OpenApiParameter("fields", str, description=_("Fields to give, separated by commas.")),
]
describe(
    PublicDocumentsAPIViewSet,
    "Document",
    "documents",
    (_("Files of the public collections"), _("A file"), _("Find a file")),
    FILE_PARAMETERS,
    [FIND_BY_ID],
)
describe(
    PublicImagesAPIViewSet,
    "Image",
    "images",
    (_("Images of the public collections"), _("An image"), _("Find an image")),
    FILE_PARAMETERS,
    [FIND_BY_ID],
)

router = WagtailAPIRouter("api")
router.register_endpoint("pages", PublicPagesAPIViewSet)
router.register_endpoint("documents", PublicDocumentsAPIViewSet)
router.register_endpoint("images", PublicImagesAPIViewSet)
