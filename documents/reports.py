"""The hub editors' download report: what is downloaded most, and where it is offered."""

import datetime

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_models
from wagtail.permission_policies import ModelPermissionPolicy

from .bundles import DownloadBundleMixin
from .models import FILE_FORMATS, CustomDocument, DownloadCount, page_document_references

THIS_MONTH, LAST_MONTH, LAST_12_MONTHS = "this_month", "last_month", "last_12_months"
# OWASP's list of what starts a formula in Excel, LibreOffice and Google Sheets.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Spreadsheet software reads a CSV without a byte order mark in the system's code page.
UTF8_BOM = "\ufeff"
PERIODS = [
    (THIS_MONTH, _("This month")),
    (LAST_MONTH, _("Last month")),
    (LAST_12_MONTHS, _("Last 12 months")),
]


def period_bounds(period: str, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The first day counted and the first day no longer counted."""
    first_of_month = today.replace(day=1)
    tomorrow = today + datetime.timedelta(days=1)
    if period == LAST_MONTH:
        return (first_of_month - datetime.timedelta(days=1)).replace(day=1), first_of_month
    if period == LAST_12_MONTHS:
        return tomorrow - datetime.timedelta(days=365), tomorrow
    return first_of_month, tomorrow


def content_page_types():
    """The page types that offer files: kits, modules, workshop contents, resources."""
    return [model for model in get_page_models() if issubclass(model, DownloadBundleMixin)]


def space_page_types():
    """The page types whose subtree is a space of its own (communities): they say so with
    `downloads_space = True`, and the report filters by them."""
    return [model for model in get_page_models() if getattr(model, "downloads_space", False)]


def document_ids_offered_on(pages) -> list[int]:
    """Ids of the documents that these pages use, read from Wagtail's reference index."""
    page_ids = [str(pk) for pk in pages.values_list("pk", flat=True)]
    references = page_document_references().filter(object_id__in=page_ids)
    return [int(pk) for pk in references.values_list("to_object_id", flat=True).distinct()]


def spreadsheet_text(value):
    """A cell that spreadsheet software shows as typed: a leading = + - @ (or tab, CR)
    would make it a formula, so such text gets the apostrophe that marks text."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def format_choices() -> list[tuple[str, str]]:
    """Each format once, under its first extension (jpg and jpeg are one format)."""
    choices = {}
    for extension, file_format in FILE_FORMATS.items():
        choices.setdefault(file_format.label, extension)
    return [(extension, label) for label, extension in choices.items()]


class DownloadReportFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("Period"), choices=PERIODS, empty_label=None, method="keep_all"
    )
    page_type = django_filters.ChoiceFilter(
        label=_("Offered on"),
        choices=lambda: [
            (ContentType.objects.get_for_model(model).pk, model._meta.verbose_name.capitalize())
            for model in content_page_types()
        ],
        method="filter_page_type",
    )
    community = django_filters.ModelChoiceFilter(
        label=_("Community"),
        queryset=lambda request: Page.objects.type(*space_page_types()).order_by("title"),
        method="filter_community",
    )
    extension = django_filters.ChoiceFilter(
        label=_("Format"), choices=format_choices, method="filter_extension"
    )

    class Meta:
        model = CustomDocument
        fields = []

    def keep_all(self, queryset, name, value):
        # The period changes what is summed, not which documents are listed.
        return queryset

    def filter_page_type(self, queryset, name, value):
        pages = Page.objects.filter(content_type_id=value)
        return queryset.filter(pk__in=document_ids_offered_on(pages))

    def filter_community(self, queryset, name, value):
        pages = Page.objects.descendant_of(value, inclusive=True)
        return queryset.filter(pk__in=document_ids_offered_on(pages))

    def filter_extension(self, queryset, name, value):
        """One choice per format: "jpg" also finds ".jpeg" files."""
        label = FILE_FORMATS[value].label
        same_format = Q()
        for extension, file_format in FILE_FORMATS.items():
            if file_format.label == label:
                same_format |= Q(file__iendswith=f".{extension}")
        return queryset.filter(same_format)


class DownloadReportView(ReportView):
    page_title = _("Downloads")
    header_icon = "download"
    index_url_name = "download_report"
    index_results_url_name = "download_report_results"
    filterset_class = DownloadReportFilterSet
    any_permission_required = ["view"]
    columns = [
        Column("title", label=_("File")),
        Column("format_label", label=_("Format")),
        Column("offered_on", label=_("Offered on")),
        Column("downloads", label=_("Downloads")),
    ]
    list_export = ["title", "format_label", "offered_on", "downloads"]
    export_headings = {
        "title": _("File"),
        "format_label": _("Format"),
        "offered_on": _("Offered on"),
        "downloads": _("Downloads"),
    }

    @cached_property
    def permission_policy(self):
        return ModelPermissionPolicy(DownloadCount)

    def get_filename(self):
        return f"telechargements-{timezone.localdate():%Y-%m-%d}"

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_text(value) if export_format == self.FORMAT_CSV else value

    def stream_csv(self, queryset):
        yield UTF8_BOM
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def get_queryset(self):
        first_day, end_day = period_bounds(
            self.request.GET.get("period", THIS_MONTH), timezone.localdate()
        )
        in_period = Q(download_counts__day__gte=first_day, download_counts__day__lt=end_day)
        return (
            CustomDocument.objects.annotate(
                downloads=Sum("download_counts__count", filter=in_period)
            )
            .filter(downloads__gt=0)
            .order_by("-downloads", "title")
        )

    def decorate_paginated_queryset(self, object_list):
        """Names the pages offering each listed file, in two queries for the whole list."""
        documents = list(object_list)
        references = (
            page_document_references()
            .filter(to_object_id__in=[str(document.pk) for document in documents])
            .values_list("to_object_id", "object_id")
        )
        titles = dict(
            Page.objects.filter(pk__in={int(page_id) for _, page_id in references}).values_list(
                "pk", "title"
            )
        )
        offered_on = {}
        for document_id, page_id in references:
            offered_on.setdefault(int(document_id), set()).add(titles.get(int(page_id), ""))
        for document in documents:
            document.offered_on = ", ".join(sorted(offered_on.get(document.pk, ())))
        return documents
