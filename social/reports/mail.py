"""The reports' mails, in the hub's register (accounts.mail), French, HTML with a plain-text
version: the outcome to the reporter who left an address, the editor's request to a
content's author, the editors' digest of new reports.

Links are built on WAGTAILADMIN_BASE_URL: the digest is sent by a scheduled command,
which has no request to build them from. Callers send after commit
(`transaction.on_commit`): a rolled-back decision tells nobody.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.mail import first_name_of, header_text

from .models import Report


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send(recipient: str, subject: str, template: str, context: dict) -> None:
    context = {"first_name": first_name_of(recipient), **context}
    text = render_to_string(f"social/reports/emails/{template}.txt", context)
    html = render_to_string(f"social/reports/emails/{template}.html", context)
    message = EmailMultiAlternatives(header_text(subject), text, None, [recipient])
    message.attach_alternative(html, "text/html")
    message.send()


def content_link(report: Report) -> str:
    page = report.content_page
    return (page.full_url or "") if page is not None else ""


def report_link(report: Report) -> str:
    return absolute(reverse("reports_admin:edit", args=[report.pk]))


def send_outcome(report: Report) -> None:
    """Tells the reporter what became of their report; nothing without an address."""
    if not report.reporter_email:
        return
    send(
        report.reporter_email,
        _("Your report on RhinOcc: %(title)s") % {"title": report.target_title},
        "outcome",
        {"report": report, "content_link": content_link(report)},
    )


def send_author_request(report: Report, author, message: str, editor) -> None:
    send(
        author.email,
        _("A report on your content: %(title)s") % {"title": report.target_title},
        "author_request",
        {
            "first_name": author.first_name,
            "report": report,
            "message": message,
            "editor": editor.get_full_name() or editor.get_username(),
            "content_link": content_link(report),
            "edit_link": absolute(reverse("wagtailadmin_pages:edit", args=[report.page_id])),
        },
    )


def send_digest(editor, reports: list[Report]) -> None:
    send(
        editor.email,
        _("RhinOcc: %(count)d new reports to process") % {"count": len(reports)}
        if len(reports) > 1
        else _("RhinOcc: a new report to process"),
        "digest",
        {
            "first_name": editor.first_name,
            "reports": [(report, report_link(report)) for report in reports],
            "queue_link": absolute(reverse("reports_admin:index") + "?state=new"),
        },
    )
