"""The editors' dashboard (in the admin) and the public /statistiques/ page.

Both read the daily figures (`analytics.tables`), never the raw counters; each table
downloads as CSV (`?export=<table>`), all its rows.
"""

import csv
import datetime
import io

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from accounts.roles import HUB_EDITORS
from catalogue.exports import safe_cell

from .tables import DASHBOARD_TABLES, PUBLIC_TABLES, Period, Table

# Spreadsheet software reads a CSV without a byte order mark in the system's code page.
UTF8_BOM = "\ufeff"
# How far back the period filter goes: the figures start with the platform.
EARLIEST_MONTH = datetime.date(2020, 1, 1)


def is_hub_editor(user) -> bool:
    return user.is_active and (user.is_superuser or user.groups.filter(name=HUB_EDITORS).exists())


def csv_response(table: Table, filename: str) -> HttpResponse:
    buffer = io.StringIO()
    buffer.write(UTF8_BOM)
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([str(header) for header in table.headers])
    writer.writerows([safe_cell(str(cell)) for cell in row] for row in table.rows)
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def parse_month(value: str) -> datetime.date | None:
    try:
        month = datetime.date.fromisoformat(f"{value}-01")
    except ValueError:
        return None
    return month if month >= EARLIEST_MONTH else None


def chosen_period(request, today: datetime.date) -> tuple[Period, list[str]]:
    """The months of `?du=AAAA-MM&au=AAAA-MM` (the last twelve by default), and what was
    wrong with them, in French; a wrong value falls back to the default."""
    default = Period.last_months(today)
    errors = []
    first, last = default.first, today
    if raw := request.GET.get("du", "").strip():
        month = parse_month(raw)
        if month is None:
            errors.append(_("“From” is not a month (YYYY-MM): the last twelve months are shown."))
        else:
            first = month
    if raw := request.GET.get("au", "").strip():
        month = parse_month(raw)
        if month is None:
            errors.append(_("“To” is not a month (YYYY-MM): the current month is used."))
        else:
            next_month = (month + datetime.timedelta(days=32)).replace(day=1)
            last = min(next_month - datetime.timedelta(days=1), today)
    if first > last:
        errors.append(_("The period ends before it begins: the last twelve months are shown."))
        first, last = default.first, today
    return Period(first, last), errors


def page_of(request, key: str) -> int:
    try:
        return max(1, int(request.GET.get(f"page-{key}", 1)))
    except ValueError:
        return 1


@require_safe
def dashboard(request):
    if not is_hub_editor(request.user):
        raise PermissionDenied
    today = timezone.localdate()
    period, errors = chosen_period(request, today)
    if export := request.GET.get("export"):
        if export not in DASHBOARD_TABLES:
            raise Http404
        table = DASHBOARD_TABLES[export](period, None)
        return csv_response(
            table, f"statistiques-{export}-{period.first:%Y-%m}-{period.last:%Y-%m}"
        )
    tables = []
    for key, build in DASHBOARD_TABLES.items():
        table = build(period, page_of(request, key))
        table.export_url = query_with(request, export=key, **{f"page-{key}": None})
        if table.page is not None:
            if table.page.has_previous():
                table.previous_url = query_with(
                    request, **{f"page-{key}": table.page.previous_page_number()}
                )
            if table.page.has_next():
                table.next_url = query_with(
                    request, **{f"page-{key}": table.page.next_page_number()}
                )
        tables.append(table)
    return render(
        request,
        "analytics/dashboard.html",
        {
            "tables": tables,
            "period": period,
            "errors": errors,
            # What was typed stays in the fields, even when it was wrong.
            "chosen": {
                "du": request.GET.get("du", period.first.strftime("%Y-%m")),
                "au": request.GET.get("au", period.last.strftime("%Y-%m")),
            },
        },
    )


def query_with(request, **changes) -> str:
    """This page's address with some parameters changed (None removes one)."""
    params = request.GET.copy()
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return f"?{params.urlencode()}"


@require_safe
def public_statistics(request):
    period = Period.last_months(timezone.localdate())
    tables = []
    for key, build in PUBLIC_TABLES.items():
        table = build(period)
        table.export_url = reverse("analytics:public_export", args=[key])
        tables.append(table)
    return render(request, "analytics/public.html", {"tables": tables, "period": period})


@require_safe
def public_export(request, key: str):
    if key not in PUBLIC_TABLES:
        raise Http404
    period = Period.last_months(timezone.localdate())
    return csv_response(PUBLIC_TABLES[key](period), f"rhinocc-statistiques-{key}")
