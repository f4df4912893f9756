"""The session's Qualiopi documents in the admin: a page listing them, each PDF, one ZIP.

For the module's trainers and the hub's editors only (`catalogue.registrants.may_manage`,
the rule of the registrants' screens): the documents carry the trainees' names and
structures. Anyone else gets Wagtail's refusal, an anonymous visitor the admin's login.
Printed on demand, never stored: the documents follow the registrations and the
attendance as they stand when downloaded.
"""

from django.core.files.base import ContentFile
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core import pdf
from core.pdf import PdfUnavailable, pdf_response, pdf_unavailable_response
from documents.bundles import stream_zip

from .. import registrants
from ..models import TrainingSession
from .documents import Kind, SessionDocuments, structure_name

app_name = "session_documents"


class SessionDocumentsMixin:
    """Loads the session, refuses whoever may not manage it."""

    def dispatch(self, request, *args, **kwargs):
        session = get_object_or_404(TrainingSession.objects.only("pk", "module"), pk=kwargs["pk"])
        if not registrants.may_manage(request.user, session):
            return permission_denied(request)
        self.documents = SessionDocuments(session.pk)
        try:
            return super().dispatch(request, *args, **kwargs)
        except PdfUnavailable:
            return pdf_unavailable_response(request)


class DocumentsIndexView(SessionDocumentsMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "catalogue/admin/documents.html"
    header_icon = "doc-full"
    _show_breadcrumbs = True

    def get_page_title(self):
        return _("Documents of the session")

    def get_page_subtitle(self):
        return f"{self.documents.module.title} — {self.documents.session.start_date:%d/%m/%Y}"

    def get_breadcrumbs_items(self):
        session = self.documents.session
        return [
            *self.breadcrumbs_items,
            {"url": reverse("registrants:index"), "label": _("Registrations")},
            {
                "url": reverse("registrants:session", args=[session.pk]),
                "label": self.get_page_subtitle(),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        documents = self.documents
        context.update(
            session=documents.session,
            module=documents.module,
            trainees=[
                {"trainee": trainee, "attended": documents.attended(trainee)}
                for trainee in documents.trainees
            ],
            structures=[
                (key, structure_name(trainees), len(trainees))
                for key, trainees in documents.structures().items()
            ],
            kinds=Kind,
        )
        return context


class DocumentView(SessionDocumentsMixin, View):
    """One PDF: the signing sheet, a trainee's convention, attestation or certificate."""

    def get(self, request, pk, kind, registration_id=None):
        documents = self.documents
        if kind == Kind.SIGNING_SHEET and registration_id is None:
            return self.respond(kind, documents.signing_sheet())
        trainee = documents.trainee(registration_id) if registration_id else None
        if trainee is None:
            raise Http404
        if kind == Kind.CONVENTION:
            return self.respond(kind, documents.convention([trainee]), trainee.full_name)
        if kind in (Kind.ATTESTATION, Kind.CERTIFICATE) and documents.attended(trainee):
            build = documents.attestation if kind == Kind.ATTESTATION else documents.certificate
            return self.respond(kind, build(trainee), trainee.full_name)
        # A certificate of someone never marked present, or an unknown kind.
        raise Http404

    def respond(self, kind, context, *who):
        content = self.documents.render(kind, context)
        return pdf_response(content, self.documents.filename(kind, *who))


class StructureConventionView(SessionDocumentsMixin, View):
    """One convention for every confirmed trainee of a structure."""

    def get(self, request, pk, key):
        trainees = self.documents.structures().get(key)
        if not trainees:
            raise Http404
        context = self.documents.convention(trainees, structure_name(trainees))
        content = self.documents.render(Kind.CONVENTION, context)
        return pdf_response(content, self.documents.filename(Kind.CONVENTION, key))


class ZipView(SessionDocumentsMixin, View):
    """Every document of the session in one ZIP, printed one after the other as it is sent
    (one PDF in memory at a time)."""

    def get(self, request, pk):
        pdf.weasyprint_module()  # before the first byte: a 503 page, not a broken archive
        documents = self.documents
        entries = (
            (name, ContentFile(documents.render(kind, context)), False)
            for name, kind, context in documents.all_files()
        )
        readme = readme_text(documents)
        response = StreamingHttpResponse(stream_zip(entries, readme), "application/zip")
        stem = slugify(f"documents {documents.module.title} {documents.dates_label()}")[:120]
        response["Content-Disposition"] = f'attachment; filename="{stem}.zip"'
        response["X-Content-Type-Options"] = "nosniff"
        return response


def readme_text(documents: SessionDocuments) -> str:
    lines = [
        _("Documents of the session “%(module)s” of %(date)s")
        % {"module": documents.module.title, "date": f"{documents.session.start_date:%d/%m/%Y}"},
        _("Printed on %(date)s from the RhinOcc Hub platform.")
        % {"date": f"{timezone.localtime():%d/%m/%Y %H:%M}"},
        "",
        _(
            "They contain personal data of the trainees: keep them for the Qualiopi audit "
            "and the funders, share them with nobody else."
        ),
        "",
        _("Attestations and certificates: for the trainees marked present at least once."),
    ]
    return "\r\n".join(lines) + "\r\n"


urlpatterns = [
    path("session/<int:pk>/", DocumentsIndexView.as_view(), name="index"),
    path("session/<int:pk>/documents.zip", ZipView.as_view(), name="zip"),
    path(
        f"session/<int:pk>/{Kind.SIGNING_SHEET}.pdf",
        DocumentView.as_view(),
        {"kind": Kind.SIGNING_SHEET},
        name="signing_sheet",
    ),
    path(
        "session/<int:pk>/<slug:kind>/<int:registration_id>.pdf",
        DocumentView.as_view(),
        name="trainee",
    ),
    path(
        "session/<int:pk>/convention/structure/<slug:key>.pdf",
        StructureConventionView.as_view(),
        name="structure_convention",
    ),
]
