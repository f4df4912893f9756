"""The REST framework endpoints where Wagtail's API does not fit (rows that are not pages,
or pages read another way): training sessions with their seats left, events, places in
the national standard's fields, the vocabularies; the OpenAPI description and its page."""

from django.conf import settings
from django.db.models import F
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema, extend_schema_field
from drf_spectacular.views import SpectacularAPIView
from rest_framework import generics, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from agenda.models import EventPage
from catalogue.models import TrainingSession
from places.filters import APTIC, PROGRAMMES, PUBLICS, SERVICES
from places.models import Place
from places.rows import COLUMN_FIELDS, LIST_COLUMNS
from taxonomy.models import Competency, Licence, Public, Referential, SupportType, Theme
from taxonomy.vocabularies import DEPARTMENTS

from . import schema
from .errors import BadFilter
from .pages import (
    CommunityField,
    ImageRefField,
    PublicAPIMixin,
    PublishedPlaceField,
    TagsField,
)
from .pagination import ApiPagination
from .serializers import (
    CompetencyDetailSerializer,
    CompetencySerializer,
    DepartmentSerializer,
    LicenceSerializer,
    PublicSerializer,
    TermSerializer,
    VisibleDocumentsField,
    absolute,
)
from .visibility import public_pages

DEPARTMENT_CODES = [code for code, _name in DEPARTMENTS]


class PublicListView(PublicAPIMixin, generics.ListAPIView):
    pagination_class = ApiPagination
    # Parameters this list understands, beyond limit and offset: any other is refused.
    parameters: tuple[str, ...] = ()

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        unknown = set(request.query_params) - {"limit", "offset", "format", *self.parameters}
        if unknown:
            raise BadFilter(
                _("Unknown query parameter: %(names)s.") % {"names": ", ".join(sorted(unknown))}
            )


class PublicDetailView(PublicAPIMixin, generics.RetrieveAPIView):
    pass


def date_parameter(request, name: str, default=None):
    text = request.query_params.get(name)
    if text is None:
        return default
    try:
        day = parse_date(text)
    except ValueError:
        day = None
    if day is None:
        raise BadFilter(
            _("%(name)s must be a date written 2026-01-31: “%(value)s” is not.")
            % {"name": name, "value": text[:40]}
        )
    return day


def choice_parameter(request, name: str, allowed) -> str | None:
    value = request.query_params.get(name)
    if value is None:
        return None
    if value not in allowed:
        raise BadFilter(
            _("Unknown value of %(name)s: “%(value)s”.") % {"name": name, "value": value[:60]}
        )
    return value


def boolean_parameter(request, name: str) -> bool | None:
    value = choice_parameter(request, name, ("true", "false"))
    return None if value is None else value == "true"


def integer_parameter(request, name: str) -> int | None:
    value = request.query_params.get(name)
    if value is None:
        return None
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        raise BadFilter(_("%(name)s must be a positive integer.") % {"name": name})
    return int(value)


class PageRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    html_url = serializers.SerializerMethodField()
    detail_url = serializers.SerializerMethodField()

    def get_html_url(self, page) -> str:
        return page.get_full_url(self.context.get("request"))

    def get_detail_url(self, page) -> str:
        return absolute(self.context.get("request"), reverse("api:pages:detail", args=[page.pk]))


# Training sessions


class SessionSerializer(serializers.ModelSerializer):
    module = PageRefSerializer()
    place = PublishedPlaceField()
    seats_left = serializers.IntegerField(
        allow_null=True,
        read_only=True,
        help_text=gettext_lazy("Seats still free (null when the number of seats is not set)."),
    )

    class Meta:
        model = TrainingSession
        fields = [
            "id",
            "module",
            "start_date",
            "end_date",
            "location",
            "is_online",
            "place",
            "seats",
            "seats_left",
        ]


def with_seats_left(sessions):
    """Each session's seats left: the catalogue's count of its registrations where the
    catalogue keeps them (`with_seats_left`), else the seats it offers."""
    if hasattr(sessions, "with_seats_left"):
        return sessions.with_seats_left()
    return sessions.annotate(seats_left=F("seats"))


def sessions_of_public_modules(request):
    return with_seats_left(
        TrainingSession.objects.filter(module_id__in=public_pages(request).values("pk"))
        .select_related("module", "place")
        .order_by("start_date", "pk")
    )


@extend_schema(
    summary=gettext_lazy("Training sessions"),
    description=gettext_lazy(
        "Sessions of the published training modules, with their seats left; those not "
        "over yet by default (from=), the soonest first."
    ),
    parameters=schema.SESSION_PARAMETERS,
    responses={200: SessionSerializer(many=True), **schema.ERRORS},
    tags=["sessions"],
)
class SessionList(PublicListView):
    serializer_class = SessionSerializer
    parameters = ("from", "until", "module", "online", "departement")

    def get_queryset(self):
        request = self.request
        sessions = sessions_of_public_modules(request).filter(
            end_date__gte=date_parameter(request, "from", timezone.localdate())
        )
        if (until := date_parameter(request, "until")) is not None:
            sessions = sessions.filter(start_date__lte=until)
        if (module := integer_parameter(request, "module")) is not None:
            sessions = sessions.filter(module_id=module)
        if (online := boolean_parameter(request, "online")) is not None:
            sessions = sessions.filter(is_online=online)
        if department := choice_parameter(request, "departement", DEPARTMENT_CODES):
            sessions = sessions.filter(
                place__department_code=department, place__status=Place.Status.PUBLISHED
            )
        return sessions


@extend_schema(
    summary=gettext_lazy("A training session"),
    parameters=[schema.ID_PARAMETER],
    responses={200: SessionSerializer, **schema.ERRORS},
    tags=["sessions"],
)
class SessionDetail(PublicDetailView):
    serializer_class = SessionSerializer

    def get_queryset(self):
        return sessions_of_public_modules(self.request)


# Events


class EventSerializer(serializers.ModelSerializer):
    page = PageRefSerializer(source="*")
    place = PublishedPlaceField()
    location = serializers.CharField(source="where")
    department = DepartmentSerializer(allow_null=True)
    image = ImageRefField(allow_null=True)
    themes = TermSerializer(many=True)
    publics = PublicSerializer(many=True)
    competencies = CompetencySerializer(many=True)
    support_type = TermSerializer(allow_null=True)
    licence = LicenceSerializer(allow_null=True)
    tags = TagsField()
    community = CommunityField()
    supports = VisibleDocumentsField("supports")

    class Meta:
        model = EventPage
        fields = [
            "id",
            "title",
            "page",
            "summary",
            "start",
            "end",
            "location",
            "place",
            "department",
            "is_online",
            "online_url",
            "organiser",
            "registration_url",
            "replay_url",
            "image",
            "themes",
            "publics",
            "competencies",
            "support_type",
            "licence",
            "tags",
            "community",
            "supports",
            "content_updated_at",
        ]


def public_events(request):
    return (
        EventPage.objects.filter(pk__in=public_pages(request).values("pk"))
        .select_related("place", "department", "support_type", "licence", "image", "locale")
        .prefetch_related(
            "image__renditions",
            "competencies__domain",
            "publics",
            "themes",
            "tags",
            "supports__document__licence",
        )
        .order_by("start", "pk")
    )


class EventViewMixin:
    def community_of(self, page):
        # Events are the hub's: none lives under a community space.
        return None


@extend_schema(
    summary=gettext_lazy("Events"),
    description=gettext_lazy(
        "The agenda's published events; those not over yet by default (from=), the soonest first."
    ),
    parameters=schema.EVENT_PARAMETERS,
    responses={200: EventSerializer(many=True), **schema.ERRORS},
    tags=["events"],
)
class EventList(EventViewMixin, PublicListView):
    serializer_class = EventSerializer
    parameters = ("from", "until", "online", "departement", "theme")

    def get_queryset(self):
        request = self.request
        start_of = date_parameter(request, "from", timezone.localdate())
        events = public_events(request).filter(end__date__gte=start_of)
        if (until := date_parameter(request, "until")) is not None:
            events = events.filter(start__date__lte=until)
        if (online := boolean_parameter(request, "online")) is not None:
            events = events.filter(is_online=online)
        if department := choice_parameter(request, "departement", DEPARTMENT_CODES):
            events = events.filter(department__code=department)
        if "theme" in request.query_params:
            theme = request.query_params["theme"]
            if not Theme.objects.filter(slug=theme).exists():
                raise BadFilter(
                    _("Unknown value of %(name)s: “%(value)s”.")
                    % {"name": "theme", "value": theme[:60]}
                )
            events = events.filter(themes__slug=theme)
        return events


@extend_schema(
    summary=gettext_lazy("An event"),
    parameters=[schema.ID_PARAMETER],
    responses={200: EventSerializer, **schema.ERRORS},
    tags=["events"],
)
class EventDetail(EventViewMixin, PublicDetailView):
    serializer_class = EventSerializer

    def get_queryset(self):
        return public_events(self.request)


# Places


@extend_schema_field(schema.place_schema())
class PlaceField(serializers.Field):
    """A published place in the fields of the national standard « Lieux de médiation
    numérique » (as the open-data exports), typed: lists as arrays, coordinates as numbers."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("source", "*")
        super().__init__(**kwargs)

    def to_representation(self, place):
        data = {}
        for column, attribute in COLUMN_FIELDS.items():
            value = getattr(place, attribute)
            if column in LIST_COLUMNS:
                value = list(value or [])
            elif column == "date_maj":
                value = value.isoformat() if value else None
            data[column] = value
        request = self.context.get("request")
        data["source"] = schema.hub_source()
        data["slug"] = place.slug
        data["url"] = absolute(request, place.get_absolute_url())
        data["departement"] = place.department_code
        data["aptic"] = place.aptic_qualified
        data["pass_numerique"] = place.accepts_pass_numerique
        return data


class PlaceSerializer(serializers.Serializer):
    def to_representation(self, place):
        field = PlaceField()
        field._context = self.context
        return field.to_representation(place)


extend_schema_field(schema.place_schema())(PlaceSerializer)


def published_places():
    return Place.objects.published().order_by("nom", "commune", "pk")


@extend_schema(
    summary=gettext_lazy("Places of digital mediation"),
    description=gettext_lazy(
        "The published places of the map in the fields of the national standard « Lieux "
        "de médiation numérique », under the Licence Ouverte 2.0; by name."
    ),
    parameters=schema.PLACE_PARAMETERS,
    responses={200: PlaceSerializer(many=True), **schema.ERRORS},
    tags=["places"],
)
class PlaceList(PublicListView):
    serializer_class = PlaceSerializer
    parameters = ("departement", "service", "dispositif", "public", "commune", "updated_since")

    def get_queryset(self):
        request = self.request
        places = published_places()
        if department := choice_parameter(request, "departement", DEPARTMENT_CODES):
            places = places.in_department(department)
        if service := choice_parameter(request, "service", SERVICES):
            places = places.filter(services__has=SERVICES[service])
        if programme := choice_parameter(request, "dispositif", [*PROGRAMMES, APTIC]):
            if programme == APTIC:
                places = places.filter(aptic_qualified=True)
            else:
                places = places.filter(dispositif_programmes_nationaux__has=PROGRAMMES[programme])
        if public := choice_parameter(request, "public", PUBLICS):
            places = places.filter(publics_specifiquement_adresses__has=PUBLICS[public])
        if "commune" in request.query_params:
            places = places.filter(commune__iexact=request.query_params["commune"][:255])
        if (day := date_parameter(request, "updated_since")) is not None:
            places = places.filter(date_maj__gte=day)
        return places


@extend_schema(
    summary=gettext_lazy("A place of digital mediation"),
    parameters=[schema.SLUG_PARAMETER],
    responses={200: PlaceSerializer, **schema.ERRORS},
    tags=["places"],
)
class PlaceDetail(PublicDetailView):
    serializer_class = PlaceSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return published_places()


# Vocabularies


@extend_schema(
    summary=gettext_lazy("Competencies"),
    description=gettext_lazy(
        "The competencies of the referentials (CRCN, the framework behind Pix; APTIC), "
        "with their codes, domains and the edition of the referential their label comes from."
    ),
    parameters=schema.COMPETENCY_PARAMETERS,
    responses={200: CompetencyDetailSerializer(many=True), **schema.ERRORS},
    tags=["vocabularies"],
)
class CompetencyList(PublicListView):
    serializer_class = CompetencyDetailSerializer
    parameters = ("referential",)

    def get_queryset(self):
        competencies = Competency.objects.select_related("domain").order_by(
            "domain__referential", "code"
        )
        if referential := choice_parameter(self.request, "referential", Referential.values):
            competencies = competencies.filter(domain__referential=referential)
        return competencies


def vocabulary_view(model, serializer_class, summary):
    @extend_schema(
        summary=summary,
        responses={200: serializer_class(many=True), **schema.ERRORS},
        tags=["vocabularies"],
    )
    class View(PublicListView):
        def get_queryset(self):
            return model.objects.order_by("name", "pk")

    View.serializer_class = serializer_class
    View.__name__ = View.__qualname__ = f"{model.__name__}List"
    return View


PublicList = vocabulary_view(Public, PublicSerializer, gettext_lazy("Publics"))
ThemeList = vocabulary_view(Theme, TermSerializer, gettext_lazy("Themes"))
SupportTypeList = vocabulary_view(SupportType, TermSerializer, gettext_lazy("Support types"))
LicenceList = vocabulary_view(Licence, LicenceSerializer, gettext_lazy("Licences"))

VOCABULARIES = [
    ("competencies", "api:competencies", gettext_lazy("Competencies (CRCN, APTIC)")),
    ("publics", "api:publics", gettext_lazy("Publics")),
    ("themes", "api:themes", gettext_lazy("Themes")),
    ("support_types", "api:support_types", gettext_lazy("Support types")),
    ("licences", "api:licences", gettext_lazy("Licences")),
]


@extend_schema(
    summary=gettext_lazy("The vocabularies"),
    responses={200: schema.VOCABULARY_INDEX, **schema.ERRORS},
    tags=["vocabularies"],
)
class VocabularyIndex(PublicAPIMixin, APIView):
    def get(self, request):
        if request.query_params.keys() - {"format"}:
            raise BadFilter(
                _("Unknown query parameter: %(names)s.")
                % {"names": ", ".join(sorted(request.query_params.keys() - {"format"}))}
            )
        return Response(
            {
                "items": [
                    {"name": name, "title": str(title), "url": absolute(request, reverse(url))}
                    for name, url, title in VOCABULARIES
                ]
            }
        )


# The description and its page


class Schema(PublicAPIMixin, SpectacularAPIView):
    """The OpenAPI 3 description, built once per process (it depends on the code only)."""

    renderer_classes = SpectacularAPIView.renderer_classes

    def _get_schema_response(self, request):
        built = getattr(Schema, "_built", None)
        if built is None:
            generator = self.generator_class(
                urlconf=self.urlconf, api_version=self.api_version, patterns=self.patterns
            )
            built = Schema._built = generator.get_schema(request=None, public=True)
        return Response(
            data=built, headers={"Content-Disposition": 'inline; filename="rhinocc-api.yaml"'}
        )


def docs(request):
    return render(
        request,
        "api/docs.html",
        {
            "schema_url": reverse("api:schema") + "?format=json",
            "rate": settings.RHINOCC_API_RATE,
            "limit_max": settings.WAGTAILAPI_LIMIT_MAX,
        },
    )
