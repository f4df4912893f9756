"""A session's registrants and waiting list as a spreadsheet, CSV or XLSX (openpyxl).

The list first (confirmed people and seats offered), then the waiting list in its order;
cancellations are left out. CSV in UTF-8 with a byte order mark and semicolons, what a
French spreadsheet opens without an import dialog. A value that a spreadsheet would run as
a formula (starting with =, +, -, @, a tab or a carriage return: a name typed in the public
form is anyone's) is written with a leading apostrophe, in both formats.

The files are personal data: attachments, never cached (`Cache-Control: no-store`).
"""

import csv
import io

from django.db.models import Count, Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import Registration, TrainingSession

Status = Registration.Status

CSV, XLSX = "csv", "xlsx"
FORMATS = {
    CSV: "text/csv; charset=utf-8",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """`value`, defused if a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def headers() -> list[str]:
    return [
        _("List"),
        _("Rank on the waiting list"),
        _("Last name"),
        _("First name"),
        _("E-mail"),
        _("Structure"),
        _("Phone"),
        _("Funding"),
        _("Accessibility needs"),
        _("Registered on"),
        _("Confirmed on"),
        _("Half-days present"),
    ]


def exported_registrations(session: TrainingSession) -> list[Registration]:
    """The list (by name), then the waiting list (in its order), in one query."""
    people = list(
        session.registrations.exclude(status=Status.CANCELLED)
        .annotate(present_count=Count("attendances", filter=Q(attendances__present=True)))
        .order_by("created_at", "pk")
    )
    in_list = sorted(
        (p for p in people if p.status in Registration.HOLDING_A_SEAT),
        key=lambda p: (p.last_name.lower(), p.first_name.lower(), p.pk),
    )
    waiting = [p for p in people if p.status == Status.WAITING]
    return in_list + waiting


def local(moment):
    """A naive local time (spreadsheets have no time zones), or None."""
    return timezone.localtime(moment).replace(tzinfo=None) if moment else None


def rows(session: TrainingSession):
    """Each exported person as a list of cells (dates as datetimes, numbers as ints)."""
    half_days = len(session.half_days())
    rank = 0
    for person in exported_registrations(session):
        if person.status == Status.WAITING:
            rank += 1
        yield [
            person.get_status_display(),
            rank if person.status == Status.WAITING else None,
            person.last_name,
            person.first_name,
            person.email,
            person.structure,
            person.phone,
            person.get_funding_display(),
            person.accessibility_needs,
            local(person.created_at),
            local(person.confirmed_at),
            f"{person.present_count}/{half_days}" if person.status == Status.CONFIRMED else "",
        ]


def filename(session: TrainingSession, fmt: str) -> str:
    slug = slugify(session.module.slug or session.module.title)[:60] or "session"
    return f"inscrits-{slug}-{session.start_date:%Y-%m-%d}.{fmt}"


def as_csv(session: TrainingSession) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers())
    for row in rows(session):
        writer.writerow(
            [
                value.strftime("%d/%m/%Y %H:%M")
                if hasattr(value, "strftime")
                else ("" if value is None else safe_cell(value))
                for value in row
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def as_xlsx(session: TrainingSession) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Registrants")[:31]
    sheet.append(headers())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows(session):
        sheet.append([safe_cell(value) for value in row])
    for column in (10, 11):
        for cell in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            cell[0].number_format = "DD/MM/YYYY HH:MM"
    widths = [16, 10, 20, 18, 30, 28, 16, 22, 30, 17, 17, 10]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_session(session: TrainingSession, fmt: str) -> HttpResponse:
    content = as_csv(session) if fmt == CSV else as_xlsx(session)
    response = HttpResponse(content, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename(session, fmt)}"'
    response["Cache-Control"] = "no-store, private"
    return response
