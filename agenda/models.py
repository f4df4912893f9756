"""The hub's agenda: events and webinars (network days, information sessions, webinars).

An event is a content page like the others (summary, classification, "mis à jour le",
files to download) with a time, a place on the map or a free location, and a webinar
link. The agenda (`EventIndexPage`) lists the upcoming ones with the training sessions of
the catalogues, and the past ones with their replays; both are also iCalendar files.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.calendar import calendar_response
from core.content import ContentPage
from core.sections import SectionPage
from documents.models import PageDownload
from images.models import IllustratedMixin
from kits.blocks import ContentStreamBlock
from search.facets import Facet, Kind
from search.registry import ClassifiedSearchable
from taxonomy.models import Department

from .dates import when_text

# The values of the search's « participation » filter.
ONLINE = "en-ligne"
IN_PERSON = "sur-place"


def calendar_url(page) -> str:
    """The page's .ics file, `…/agenda.ics` (events.urls serves it through the route)."""
    return page.url + page.reverse_subpage("ics").rstrip("/")


class EventIndexPage(RoutablePageMixin, SectionPage):
    """« Agenda »: upcoming events and training sessions, then past events and replays."""

    subpage_types = ["events.EventPage"]
    listing_template = "events/event_index_page.html"
    count_text = ngettext_lazy("%(count)d upcoming date.", "%(count)d upcoming dates.", "count")
    past_count_text = ngettext_lazy("%(count)d past event.", "%(count)d past events.", "count")
    empty_text = _("No event or training session is planned for the moment.")

    class Meta:
        verbose_name = _("agenda")

    def get_listing(self, request):
        from .agenda import upcoming_entries

        return upcoming_entries(self, self.get_filters(request))

    def get_filters(self, request):
        if not hasattr(request, "_agenda_filters"):
            from .filters import PAST, AgendaFilterForm

            first_day = None
            if request.GET.get("quand") == PAST:
                # The past months offered go back to the first event.
                first = EventPage.objects.child_of(self).aggregate(first=models.Min("start"))
                first_day = first["first"] and timezone.localtime(first["first"]).date()
            request._agenda_filters = AgendaFilterForm(request.GET or None, first_day=first_day)
        return request._agenda_filters

    def get_context(self, request, *args, **kwargs):
        from .agenda import past_events

        context = super().get_context(request, *args, **kwargs)
        form = self.get_filters(request)
        count = context["items"].paginator.count
        context["past"] = form.is_past()
        if form.is_past():
            context["count_summary"] = self.past_count_text % {"count": count}
        context["filter_form"] = form
        context["filters_active"] = form.has_filters()
        context["ignored_filters"] = form.ignored()
        context["past_events"] = past_events(self, form)
        context["ics_url"] = calendar_url(self)
        context["ics_absolute_url"] = request.build_absolute_uri(context["ics_url"])
        return context

    @path("agenda.ics/", name="ics")
    def agenda_ics(self, request):
        from .agenda import agenda_calendar

        return agenda_calendar(self, request)


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class EventPage(ClassifiedSearchable, IllustratedMixin, ContentPage):
    """An event or a webinar of the hub's network, before and after it takes place."""

    start = models.DateTimeField(
        _("start"), db_index=True, help_text=_("Date and time, Paris time.")
    )
    end = models.DateTimeField(_("end"), help_text=_("Date and time, Paris time."))
    place = models.ForeignKey(
        # By name: places sits beside events' dependencies and knows nothing of them.
        "places.Place",
        verbose_name=_("place on the map"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_(
            "The place of the map of places where it is held: the event is then "
            "listed on the place's page."
        ),
    )
    location = models.CharField(
        _("location"),
        max_length=255,
        blank=True,
        help_text=_("Address or name of the venue, when it is not on the map of places."),
    )
    department = models.ForeignKey(
        Department,
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Taken from the place when one is chosen."),
    )
    is_online = models.BooleanField(
        _("online"), default=False, help_text=_("A webinar, or an event also followed online.")
    )
    online_url = models.URLField(
        _("webinar link"),
        blank=True,
        help_text=_("Where to join it online (a visio link, a live stream)."),
    )
    organiser = models.CharField(_("organiser"), max_length=255)
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("The registration form, on this site or elsewhere."),
    )
    replay_url = models.URLField(
        _("replay link"), blank=True, help_text=_("The recording, once the event is over.")
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    downloads_relation = "supports"
    tags = ClusterTaggableManager(verbose_name=_("tags"), through=EventPageTag, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("organiser"),
            ],
            heading=_("When and by whom"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("place"),
                FieldPanel("location"),
                FieldPanel("department"),
                FieldRowPanel([FieldPanel("is_online"), FieldPanel("online_url")]),
            ],
            heading=_("Where"),
        ),
        FieldPanel("registration_url"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("replay_url"),
                InlinePanel("supports", heading=_("Supports"), label=_("support")),
            ],
            heading=_("After the event"),
        ),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("body"),
        index.SearchField("organiser"),
        index.SearchField("location"),
        index.FilterField("start"),
        index.FilterField("is_online"),
    ]
    search_kind = Kind.EVENT
    search_prefetch = (*ClassifiedSearchable.search_prefetch, "department")
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["end"])]

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The end cannot be before the start.")
        if self.place_id and not self.department_id:
            self.department = Department.objects.filter(code=self.place.department_code).first()
        if not (self.place_id or self.location or self.is_online):
            errors["location"] = _(
                "Give the place or the location, or tick “Online” for a webinar."
            )
        if self.online_url and not self.is_online:
            self.is_online = True
        # Once it is over, a webinar's link no longer matters (its replay does).
        is_over = self.end is not None and self.end < timezone.now()
        if self.is_online and not (self.online_url or self.registration_url or is_over):
            errors["online_url"] = _(
                "Give the webinar link, or a registration link that leads to it."
            )
        if errors:
            raise ValidationError(errors)

    def search_dates(self):
        return self.start, self.end

    def search_facet_values(self):
        yield from super().search_facet_values()
        if self.department_id:
            yield Facet.DEPARTMENT, self.department.code, str(self.department)
        if self.is_online:
            yield Facet.ATTENDANCE, ONLINE, _("Online")
        if self.place_id or self.location:
            yield Facet.ATTENDANCE, IN_PERSON, _("In person")

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def where(self) -> str:
        """Where it is held, in words: the free location, else the place's name and commune."""
        if self.location:
            return self.location
        if self.place_id:
            return f"{self.place.nom}, {self.place.commune}"
        return ""

    @property
    def when(self) -> str:
        """ "le 9 octobre 2020, de 10 h à 12 h", in Paris time."""
        return when_text(self.start, self.end)

    @property
    def kicker_detail(self) -> str:
        return str(_("Webinar")) if self.is_online and not self.where else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ics_url"] = calendar_url(self)
        return context

    @path("evenement.ics/", name="ics")
    def event_ics(self, request):
        from .agenda import event_entry

        return calendar_response(
            [event_entry(self, request)], filename=f"{self.slug}.ics", name=self.title
        )


class EventSupport(PageDownload):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="supports")

    class Meta(PageDownload.Meta):
        verbose_name = _("support")
        verbose_name_plural = _("supports")
