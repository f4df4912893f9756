"""Training: catalogues, their modules (Qualiopi indicator 1), sessions and trainers."""

import datetime
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    Min,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce, Greatest, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.queryset import FakeQuerySet
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.content import ContentPage
from core.forms import PageForm
from core.pagination import paginate
from core.restrictions import private_q
from core.sections import SectionPage
from documents.models import PageDownload
from images.models import IllustratedMixin
from search.facets import Facet, Kind
from search.registry import ClassifiedSearchable
from taxonomy.models import Public

from ..filters import ModuleFilterForm
from ..forms import TrainingModuleForm
from ..printable import PrintableCatalogueMixin
from .registration import HalfDay, Registration

LIST_FEATURES = ["bold", "italic", "ul", "ol", "link"]


class Trainer(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    bio = models.TextField(_("biography"), blank=True)
    user = models.OneToOneField(
        "auth.User",
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="trainer_profile",
        help_text=_("The account this trainer logs in with, if any."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("bio"),
        # Linking a profile to an account lets that account edit it: the hub editors' call.
        FieldPanel("user", permission="catalogue.change_trainer"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("trainer")
        verbose_name_plural = _("trainers")
        ordering = ["name"]

    def __str__(self):
        return self.name


def with_module_counts(
    catalogues, private_sections: Q | None = None
) -> list["TrainingCataloguePage"]:
    """The catalogues, each with `module_count` (its live public modules), in two queries.

    `private_sections` (a queryset's `private_q()`) saves a query to a caller who has it.
    """
    catalogues = list(catalogues)
    if not catalogues:
        return []
    # Catalogues all sit at one depth (their only parent type exists once).
    catalogue_path_length = len(catalogues[0].path)
    in_a_catalogue = Q()
    for catalogue in catalogues:
        in_a_catalogue |= Q(path__startswith=catalogue.path)
    modules = TrainingModulePage.objects.live()
    modules = (
        modules.exclude(private_q())
        if private_sections is None
        else modules.exclude(private_sections)
    )
    module_counts = dict(
        modules.filter(in_a_catalogue, depth=catalogues[0].depth + 1)
        .values_list(Substr("path", 1, catalogue_path_length))
        .annotate(count=Count("pk"))
        .order_by()
    )
    for catalogue in catalogues:
        catalogue.module_count = module_counts.get(catalogue.path, 0)
    return catalogues


class TrainingIndexPage(SectionPage):
    subpage_types = ["catalogue.TrainingCataloguePage"]
    empty_text = _("No training catalogue is published yet.")
    cards_classname = "cards cards--wide"

    class Meta:
        verbose_name = _("training index")

    def get_listing(self, request) -> list["TrainingCataloguePage"]:
        return with_module_counts(
            TrainingCataloguePage.objects.live()
            .exclude(private_q())
            .child_of(self)
            .select_related("image")
            .prefetch_related("image__renditions")
        )


class TrainingCataloguePage(PrintableCatalogueMixin, IllustratedMixin, Page):
    """A training catalogue: modules for one audience of professionals, also printed as
    one PDF (catalogue/printable.py)."""

    base_form_class = PageForm
    intro = models.TextField(_("introduction"))
    audience = models.TextField(_("for whom"))
    approach = RichTextField(_("pedagogical approach"), features=LIST_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("audience"),
        FieldPanel("approach"),
        FieldPanel("image"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("audience"),
    ]
    parent_page_types = ["catalogue.TrainingIndexPage"]
    subpage_types = ["catalogue.TrainingModulePage"]

    class Meta:
        verbose_name = _("training catalogue")
        verbose_name_plural = _("training catalogues")

    def get_modules(self):
        """The catalogue's live public modules, in the editors' order."""
        return (
            TrainingModulePage.objects.live().exclude(private_q()).child_of(self).order_by("path")
        )

    @staticmethod
    def get_module_publics(modules):
        """The publics that `modules` address: the choices of the public filter."""
        addressed = TrainingModulePage.publics.through.objects.filter(
            trainingmodulepage__in=modules.values("pk")
        )
        return Public.objects.filter(pk__in=addressed.values("public_id"))

    @staticmethod
    def with_listing_details(modules):
        """Each module with its next session's start (`next_session`, cancelled sessions
        aside) and seats left (`next_session_seats_left`, None when not set), and its
        publics, in the same query."""
        today = timezone.localdate()
        next_seats = (
            TrainingSession.objects.filter(module=OuterRef("pk"))
            .upcoming(today)
            .filter(is_cancelled=False)
            .with_seats_left()
            .order_by("start_date", "pk")
            .values("seats_left")[:1]
        )
        return modules.annotate(
            next_session=Min(
                "sessions__start_date",
                filter=Q(sessions__start_date__gte=today, sessions__is_cancelled=False),
            ),
            next_session_seats_left=Subquery(next_seats, output_field=IntegerField()),
        ).prefetch_related("publics")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modules = self.get_modules()
        filters = ModuleFilterForm(
            request.GET,
            publics=self.get_module_publics(modules),
            modalities=TrainingModulePage.Modality.choices,
        )
        shown = self.with_listing_details(filters.filter(modules))
        context["filters"] = filters
        context["active_filters"] = filters.selected()
        context["ignored_filters"] = [filters[name].label for name in filters.errors]
        context["modules"] = paginate(request, shown, per_page=20)
        return context


class TrainingModulePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "catalogue.TrainingModulePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class TrainingModulePage(ClassifiedSearchable, ContentPage):
    """A training module, carrying the information Qualiopi's indicator 1 requires.

    Public, dated and verifiable: objectives, prerequisites, audience, duration,
    modality, methods, evaluation, accessibility, price, access terms and delays,
    contact, certificate; "updated on" moves with the content (see ContentUpdatedMixin).
    """

    class Modality(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        REMOTE = "remote", _("Remote")
        BLENDED = "blended", _("Blended")

    base_form_class = TrainingModuleForm
    objectives = RichTextField(_("learning objectives"), features=LIST_FEATURES)
    program = RichTextField(_("programme"), features=LIST_FEATURES, blank=True)
    prerequisites = models.TextField(_("prerequisites"), default="Aucun")
    target_audience = models.TextField(_("target audience"))
    duration_hours = models.DecimalField(
        _("duration (hours)"),
        max_digits=5,
        decimal_places=1,
        validators=[
            MinValueValidator(Decimal("0.5"), _("A training lasts at least 0.5 hour.")),
            MaxValueValidator(
                1000,
                _("A training lasts at most 1,000 hours: split a longer course into modules."),
            ),
        ],
        help_text=_("In hours, from 0.5 to 1,000 (e.g. 3.5)."),
    )
    modality = models.CharField(_("modality"), max_length=20, choices=Modality)
    teaching_methods = RichTextField(_("teaching methods"), features=LIST_FEATURES)
    assessment_methods = RichTextField(_("assessment methods"), features=LIST_FEATURES)
    accessibility = models.TextField(
        _("accessibility for people with disabilities"),
        default=(
            "Formation accessible aux personnes en situation de handicap : "
            "contactez notre référent·e handicap pour étudier les adaptations nécessaires."
        ),
    )
    accessibility_contact = models.EmailField(_("disability contact"), blank=True)
    price = models.CharField(_("price"), max_length=255)
    access_terms = models.TextField(_("access terms and delays"))
    registration_delay_days = models.PositiveSmallIntegerField(
        _("online registration up to N days before"),
        default=10,
        validators=[MaxValueValidator(365, _("Registration closes at most 365 days before."))],
        help_text=_(
            "Online registration to a session closes this many days before its first day "
            "(0: open until the first day)."
        ),
    )
    contact = models.CharField(_("contact"), max_length=255)
    certificate = models.BooleanField(
        _("certificate of completion"),
        default=True,
        help_text=_("Trainees receive a certificate at the end of the training."),
    )
    trainers = ParentalManyToManyField(
        Trainer, verbose_name=_("trainers"), blank=True, related_name="modules"
    )

    downloads_relation = "supports"
    tags = ClusterTaggableManager(
        verbose_name=_("tags"), through=TrainingModulePageTag, blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("objectives"),
                FieldPanel("program"),
                FieldPanel("prerequisites"),
                FieldPanel("target_audience"),
                FieldRowPanel([FieldPanel("duration_hours"), FieldPanel("modality")]),
                FieldPanel("teaching_methods"),
                FieldPanel("assessment_methods"),
                FieldPanel("certificate"),
            ],
            heading=_("Training"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("accessibility"),
                FieldPanel("accessibility_contact"),
                FieldPanel("price"),
                FieldPanel("access_terms"),
                FieldPanel("registration_delay_days"),
                FieldPanel("contact"),
            ],
            heading=_("Practical information"),
        ),
        FieldPanel("trainers", widget=forms.CheckboxSelectMultiple),
        InlinePanel("sessions", heading=_("Sessions"), label=_("session")),
        InlinePanel("supports", heading=_("Training materials"), label=_("material")),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("objectives"),
        index.SearchField("program"),
        index.SearchField("target_audience"),
        index.FilterField("modality"),
        index.FilterField("duration_hours"),
        index.RelatedFields("trainers", [index.SearchField("name")]),
    ]
    search_kind = Kind.MODULE
    # The sessions' dates feed the search's "date" sort (`search_dates`).
    search_prefetch = (*ClassifiedSearchable.search_prefetch, "sessions")
    # Every module is a "ressource pédagogique": its kicker says "Module de formation" only.
    kicker_detail = ""
    parent_page_types = ["catalogue.TrainingCataloguePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("training module")
        verbose_name_plural = _("training modules")

    def search_facet_values(self):
        yield from super().search_facet_values()
        yield from self.choice_facet_value(Facet.MODALITY, "modality")

    def search_dates(self):
        """The next session that is not over nor cancelled, from the first day's midnight
        to the last day's end (Paris time): the search's "prochaine session" sort. Read
        from the prefetched sessions; the module's entry is rewritten at each publication
        (`manage.py rebuild_search` brings it up to date once its session is over)."""
        today = timezone.localdate()
        upcoming = sorted(
            (s for s in self.sessions.all() if s.end_date >= today and not s.is_cancelled),
            key=lambda session: session.start_date,
        )
        if not upcoming:
            return None
        first = upcoming[0]
        return (
            timezone.make_aware(datetime.datetime.combine(first.start_date, datetime.time.min)),
            timezone.make_aware(
                datetime.datetime.combine(
                    first.end_date + datetime.timedelta(days=1), datetime.time.min
                )
            ),
        )

    def get_upcoming_sessions(self):
        """The sessions to come, cancelled ones included (shown as such), each with its
        seats left (`TrainingSessionQuerySet.with_seats_left`)."""
        upcoming = self.sessions.filter(start_date__gte=timezone.localdate())
        if isinstance(upcoming, FakeQuerySet):
            return self._previewed_sessions(upcoming)
        return upcoming.with_seats_left().order_by("start_date")

    @staticmethod
    def _previewed_sessions(upcoming):
        """A preview's sessions are the editor's, not yet saved: the seats they hold are
        read for the saved ones, by their ids, in one query."""
        saved = TrainingSession.objects.filter(pk__in=[s.pk for s in upcoming if s.pk])
        taken = dict(saved.with_seats_left().values_list("pk", "taken_seats"))
        sessions = sorted(upcoming, key=lambda session: session.start_date)
        for session in sessions:
            session.taken_seats = taken.get(session.pk, 0)
            session.seats_left = (
                None if session.seats is None else max(session.seats - session.taken_seats, 0)
            )
        return sessions

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A list: the key facts show the first session, the table all of them.
        context["sessions"] = list(self.get_upcoming_sessions())
        context["supports"] = self.page_downloads
        # Loaded once, for the page and for its feedback's authors (social.recommendations).
        prefetch_related_objects([self], "trainers")
        context["trainers"] = self.trainers.all()
        context["competencies"] = list(self.competencies.all())
        return context


class TrainingSessionQuerySet(models.QuerySet):
    def upcoming(self, today: datetime.date | None = None):
        """The sessions that have not started yet (or start today)."""
        return self.filter(start_date__gte=today or timezone.localdate())

    def with_seats_left(self):
        """Each session with `taken_seats` (its confirmed registrations and the seats
        offered to the waiting list) and `seats_left` (never below 0; None when the
        number of seats is not set), in the same query (a subquery, so that it composes
        with the caller's other annotations and joins)."""
        taken = (
            Registration.objects.filter(
                session=OuterRef("pk"), status__in=Registration.HOLDING_A_SEAT
            )
            .order_by()
            .values("session")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(
            taken_seats=Coalesce(Subquery(taken, output_field=IntegerField()), Value(0))
        ).annotate(
            seats_left=Case(
                When(seats__isnull=True, then=Value(None)),
                default=Greatest(F("seats") - F("taken_seats"), Value(0)),
                output_field=IntegerField(),
            )
        )


class TrainingSession(Orderable):
    module = ParentalKey(TrainingModulePage, on_delete=models.CASCADE, related_name="sessions")
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    location = models.CharField(
        _("place"),
        max_length=255,
        blank=True,
        help_text=_(
            "Town or address of the session. For a remote session, leave empty and tick “Online”."
        ),
    )
    is_online = models.BooleanField(_("online"), default=False)
    place = models.ForeignKey(
        # By name: catalogue and places are independent apps of the same layer.
        "places.Place",
        verbose_name=_("place on the map"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="training_sessions",
        help_text=_(
            "The place of the map of places where the session is held: the session is "
            "then listed on the place's page."
        ),
    )
    seats = models.PositiveSmallIntegerField(
        _("seats"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(
                1, _("A session opens at least one seat (leave empty if the number is not set).")
            ),
            MaxValueValidator(500, _("A session has at most 500 seats.")),
        ],
        help_text=_("From 1 to 500. Leave empty if the number of seats is not set."),
    )
    is_cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_(
            "The session stays listed, marked as cancelled, and takes no more registrations. "
            "Tick this rather than deleting a session that has registrants."
        ),
    )
    # Set by the session's trainer once attendance is final (not in the page editor).
    closed_at = models.DateTimeField(_("closed on"), null=True, blank=True, editable=False)

    objects = TrainingSessionQuerySet.as_manager()

    # Fields the page editor does not own: the module's revisions carry a copy of each
    # session, and publishing one (written before the trainer closed the session) must
    # not reopen it. `save()` keeps the row's value of these.
    row_owned_fields = ("closed_at",)

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("location"), FieldPanel("is_online")]),
        FieldPanel("place"),
        FieldRowPanel([FieldPanel("seats"), FieldPanel("is_cancelled")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        indexes = [models.Index(fields=["start_date"])]

    def __str__(self):
        return f"{self.start_date:%d/%m/%Y} — {self.location or _('online')}"

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})
        if self.place_id and not self.location:
            # The place says where: its name and commune, as the session's text.
            self.location = f"{self.place.nom}, {self.place.commune}"[:255]
        if not self.is_online and not self.location:
            raise ValidationError(
                {"location": _("Give the place, or tick “Online” for a remote session.")}
            )

    def save(self, *args, **kwargs):
        if self.pk is not None and kwargs.get("update_fields") is None:
            row = (
                type(self)
                ._default_manager.filter(pk=self.pk)
                .values_list(*self.row_owned_fields)
                .first()
            )
            if row is not None:
                for name, value in zip(self.row_owned_fields, row, strict=True):
                    setattr(self, name, value)
        super().save(*args, **kwargs)

    @property
    def uid(self) -> str:
        """The session's identifier in calendars (.ics invitations, the agenda): stable
        across environments and edits."""
        return f"training-session-{self.pk}@rhinocc.fr"

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None

    def registration_deadline(self) -> datetime.date:
        """The last day of online registration, after the module's access delay."""
        return self.start_date - datetime.timedelta(days=self.module.registration_delay_days)

    def registration_open(self, today: datetime.date | None = None) -> bool:
        """Whether the public registration form takes registrations (or waiting-list
        entries) for this session `today`."""
        today = today or timezone.localdate()
        return (
            not self.is_cancelled
            and self.closed_at is None
            and today <= self.registration_deadline()
        )

    def public_state(self, today: datetime.date | None = None) -> str:
        """What the module page says of the session: "cancelled", "closed" (past the
        registration delay, or closed by its trainer), "full" (registering goes to the
        waiting list) or "open". Reads `seats_left` from `with_seats_left()`."""
        if self.is_cancelled:
            return "cancelled"
        if not self.registration_open(today):
            return "closed"
        if getattr(self, "seats_left", None) == 0:
            return "full"
        return "open"

    def half_days(self) -> list[tuple[datetime.date, str]]:
        """Every half-day of the session, in order: `(date, "morning")`,
        `(date, "afternoon")` for each day from the first to the last."""
        days = (self.end_date - self.start_date).days + 1
        return [
            (self.start_date + datetime.timedelta(days=offset), half)
            for offset in range(max(days, 0))
            for half in HalfDay.values
        ]


class ModuleSupport(PageDownload):
    page = ParentalKey(TrainingModulePage, on_delete=models.CASCADE, related_name="supports")

    class Meta(PageDownload.Meta):
        verbose_name = _("training material")
        verbose_name_plural = _("training materials")
