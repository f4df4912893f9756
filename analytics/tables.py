"""The statistics' tables, read from the daily figures only (`analytics.models.DailyFigure`).

Each table is a few grouped queries whatever the number of days or contents: sums by
month or by dimension are computed by the database, and the titles of a page of rows
are read in one query. A table knows its caption, its columns, its rows (a page of
them when it is long) and, when it has one, its chart; the CSV export writes all rows.
"""

import datetime
from dataclasses import dataclass, field
from functools import partial

from django.core.paginator import Paginator
from django.db.models import Max, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.typography import french_number
from taxonomy.models import Department

from .charts import Bar, bar_chart
from .models import DailyFigure, Metric

ROWS_PER_PAGE = 20


@dataclass(frozen=True)
class Period:
    """From the first day of `first` month to the last day of `last` month."""

    first: datetime.date
    last: datetime.date

    @classmethod
    def last_months(cls, today: datetime.date, count: int = 12) -> "Period":
        first = today.replace(day=1)
        for _month in range(count - 1):
            first = (first - datetime.timedelta(days=1)).replace(day=1)
        return cls(first, today)

    def months(self) -> list[datetime.date]:
        months, month = [], self.first.replace(day=1)
        while month <= self.last:
            months.append(month)
            month = (month + datetime.timedelta(days=32)).replace(day=1)
        return months

    def figures(self, *metrics):
        return DailyFigure.objects.filter(metric__in=metrics, day__range=(self.first, self.last))


@dataclass
class Table:
    key: str
    caption: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)
    # The rows shown when the table is long: a paginator's page of `rows`.
    page: object = None
    chart: str = ""
    description: str = ""
    export_url: str = ""
    previous_url: str = ""
    next_url: str = ""

    @property
    def shown_rows(self) -> list[list]:
        return self.page.object_list if self.page is not None else self.rows


def month_label(month: datetime.date) -> str:
    return date_format(month, "F Y")


def monthly(period: Period, columns: dict[Metric, str], *, key: str, caption: str) -> Table:
    """One row per month of the period, one column per metric (zero when nothing)."""
    sums = {
        (row["month"], row["metric"]): row["total"]
        for row in period.figures(*columns)
        .filter(dimension="")
        .annotate(month=TruncMonth("day"))
        .values("month", "metric")
        .annotate(total=Sum("value"))
    }
    rows = [
        [month_label(month), *(sums.get((as_date(month), metric), 0) for metric in columns)]
        for month in period.months()
    ]
    return Table(key, caption, [_("Month"), *columns.values()], rows)


def as_date(month: datetime.date) -> datetime.date:
    return month.date() if isinstance(month, datetime.datetime) else month


def with_chart(table: Table, column: int, *, title: str, unit: str) -> Table:
    """Draws one column of a monthly table as bars (labels from the first column)."""
    bars = [Bar(str(row[0]), row[column]) for row in table.rows]
    total = sum(bar.value for bar in bars)
    peak = max(bars, key=lambda bar: bar.value, default=None)
    description = _("%(total)s %(unit)s in all, the most in %(month)s (%(peak)s).") % {
        "total": french_number(total),
        "unit": unit,
        "month": peak.label if peak else "—",
        "peak": french_number(peak.value if peak else 0),
    }
    table.description = description
    table.chart = bar_chart(bars, title=title, description=description, chart_id=table.key)
    return table


def ranked(queryset, *, key: str, caption: str, headers, page_number: int | None, to_rows):
    """A grouped queryset as a table: every row for the CSV (`page_number` None), else
    the asked page of them. `to_rows` turns a list of grouped rows into cells (it may
    read their titles in one query)."""
    table = Table(key, caption, list(headers))
    if page_number is None:
        table.rows = to_rows(list(queryset))
        return table
    page = Paginator(queryset, ROWS_PER_PAGE).get_page(page_number)
    page.object_list = to_rows(list(page.object_list))
    table.page = page
    return table


def page_titles(rows) -> dict[str, str]:
    ids = [int(row["dimension"]) for row in rows if row["dimension"].isdigit()]
    return {
        str(pk): title for pk, title in Page.objects.filter(pk__in=ids).values_list("pk", "title")
    }


def deleted_title(titles: dict, dimension: str) -> str:
    return titles.get(dimension) or _("(deleted page)")


# The editors' dashboard.


def views_and_downloads_per_month(period: Period) -> Table:
    table = monthly(
        period,
        {Metric.VIEWS: _("Views"), Metric.DOWNLOADS: _("Downloads")},
        key="mois",
        caption=_("Views and downloads per month"),
    )
    return with_chart(table, 1, title=_("Page views per month"), unit=_("views"))


def per_content(period: Period, page_number) -> Table:
    views, downloads = Metric.PAGE_VIEWS, Metric.PAGE_DOWNLOADS
    queryset = (
        period.figures(views, downloads)
        .values("dimension")
        .annotate(
            views=Sum("value", filter=Q(metric=views), default=0),
            downloads=Sum("value", filter=Q(metric=downloads), default=0),
        )
        .order_by("-views", "-downloads", "dimension")
    )

    def to_rows(rows):
        titles = page_titles(rows)
        return [[deleted_title(titles, r["dimension"]), r["views"], r["downloads"]] for r in rows]

    return ranked(
        queryset,
        key="contenus",
        caption=_("Views and downloads per content"),
        headers=[_("Page"), _("Views"), _("Downloads")],
        page_number=page_number,
        to_rows=to_rows,
    )


def per_dimension(period: Period, metric: Metric, page_number, **table) -> Table:
    queryset = (
        period.figures(metric)
        .values("dimension")
        .annotate(total=Sum("value"))
        .order_by("-total", "dimension")
    )
    return ranked(queryset, page_number=page_number, **table)


def unanswered_searches(period: Period, page_number) -> Table:
    return per_dimension(
        period,
        Metric.UNANSWERED_SEARCHES,
        page_number,
        key="recherches",
        caption=_("Searches without results"),
        headers=[_("Search"), _("Searches")],
        to_rows=lambda rows: [[row["dimension"], row["total"]] for row in rows],
    )


def titled_rows(rows):
    titles = page_titles(rows)
    return [[deleted_title(titles, row["dimension"]), row["total"]] for row in rows]


def most_saved(period: Period, page_number) -> Table:
    return per_dimension(
        period,
        Metric.SAVES,
        page_number,
        key="enregistres",
        caption=_("Most saved contents"),
        headers=[_("Content"), _("Saves")],
        to_rows=titled_rows,
    )


def most_recommended(period: Period, page_number) -> Table:
    recommended, ratings = Metric.RECOMMENDED, Metric.RATINGS
    queryset = (
        period.figures(recommended, ratings)
        .values("dimension")
        .annotate(
            recommended=Sum("value", filter=Q(metric=recommended), default=0),
            ratings=Sum("value", filter=Q(metric=ratings), default=0),
        )
        .order_by("-recommended", "-ratings", "dimension")
    )

    def to_rows(rows):
        titles = page_titles(rows)
        return [
            [deleted_title(titles, r["dimension"]), r["recommended"], r["ratings"]] for r in rows
        ]

    return ranked(
        queryset,
        key="recommandes",
        caption=_("Most recommended contents"),
        headers=[_("Content"), _("Recommended or highly recommended"), _("Ratings")],
        page_number=page_number,
        to_rows=to_rows,
    )


def per_community(period: Period, page_number) -> Table:
    return per_dimension(
        period,
        Metric.COMMUNITY_PUBLISHED,
        page_number,
        key="communautes",
        caption=_("Contents published per community"),
        headers=[_("Community"), _("Contents published")],
        to_rows=titled_rows,
    )


def latest_snapshot(metric: Metric) -> dict[str, int]:
    """The last written value of a snapshot metric, per dimension."""
    figures = DailyFigure.objects.filter(metric=metric)
    latest = figures.aggregate(day=Max("day"))["day"]
    return dict(figures.filter(day=latest).values_list("dimension", "value")) if latest else {}


def per_department(period: Period) -> Table:
    """Every département of the vocabulary (a dozen rows): contents published in the
    period and places on the map now."""
    published = dict(
        period.figures(Metric.DEPARTMENT_PUBLISHED)
        .values("dimension")
        .annotate(total=Sum("value"))
        .values_list("dimension", "total")
    )
    places = latest_snapshot(Metric.PLACES)
    rows = [
        [str(department), published.get(department.code, 0), places.get(department.code, 0)]
        for department in Department.objects.all()
    ]
    return Table(
        "departements",
        _("Activity per département"),
        [_("Département"), _("Contents published"), _("Places on the map")],
        rows,
    )


def new_members_per_month(period: Period) -> Table:
    table = monthly(
        period,
        {Metric.NEW_MEMBERS: _("New members")},
        key="membres",
        caption=_("New members per month"),
    )
    return with_chart(table, 1, title=_("New members per month"), unit=_("new members"))


DASHBOARD_TABLES = {
    "mois": lambda period, page: views_and_downloads_per_month(period),
    "contenus": per_content,
    "recherches": unanswered_searches,
    "enregistres": most_saved,
    "recommandes": most_recommended,
    "communautes": per_community,
    "departements": lambda period, page: per_department(period),
    "membres": lambda period, page: new_members_per_month(period),
}


# The public page: public contents only, totals only.


def key_figures() -> Table:
    """What exists now: public contents, places, communities, members (counts only)."""
    values = {}
    metrics = (Metric.CONTENTS, Metric.PLACES, Metric.COMMUNITIES, Metric.MEMBERS)
    figures = DailyFigure.objects.filter(metric__in=metrics, dimension="")
    latest = figures.aggregate(day=Max("day"))["day"]
    if latest:
        values = dict(figures.filter(day=latest).values_list("metric", "value"))
    return Table(
        "chiffres",
        _("Key figures"),
        [_("Figure"), _("Value")],
        [[metric.label, values.get(metric, 0)] for metric in metrics],
    )


@dataclass(frozen=True)
class PublicSeries:
    """A metric the public page shows per month: its table's caption, its column's
    header and the unit its chart's summary counts in."""

    metric: Metric
    caption: str
    column: str
    unit: str


PUBLIC_SERIES = {
    "publications": PublicSeries(
        Metric.PUBLIC_PUBLISHED,
        caption=_("Contents published per month"),
        column=_("Contents published"),
        unit=_("contents"),
    ),
    "consultations": PublicSeries(
        Metric.PUBLIC_VIEWS,
        caption=_("Page views per month"),
        column=_("Views"),
        unit=_("views"),
    ),
    "telechargements": PublicSeries(
        Metric.PUBLIC_DOWNLOADS,
        caption=_("Downloads per month"),
        column=_("Downloads"),
        unit=_("downloads"),
    ),
    "sessions": PublicSeries(
        Metric.SESSIONS,
        caption=_("Training sessions per month"),
        column=_("Sessions"),
        unit=_("sessions"),
    ),
    "formes": PublicSeries(
        Metric.TRAINED,
        caption=_("People trained per month"),
        column=_("People trained"),
        unit=_("people trained"),
    ),
}


def public_monthly(period: Period, *, key: str) -> Table:
    """The public series `key` (of PUBLIC_SERIES) per month, with its bar chart."""
    series = PUBLIC_SERIES[key]
    table = monthly(period, {series.metric: series.column}, key=key, caption=series.caption)
    return with_chart(table, 1, title=series.caption, unit=series.unit)


PUBLIC_TABLES = {
    "chiffres": lambda period: key_figures(),
    **{key: partial(public_monthly, key=key) for key in PUBLIC_SERIES},
}
