"""The places' admin: the list with its filters, the form, and the import screen."""

import datetime
import uuid

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import DeleteView, EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import policy_registry

from taxonomy.vocabularies import DEPARTMENTS

from .importing import ImportFileError, import_places
from .models import Place
from .standard.vocabulary import Service

# Where an uploaded file waits for its confirmation: the media storage, outside the
# `images/` folder that the proxy serves (deploy/nginx.conf), under a random name.
PENDING_FOLDER = "places-imports"
MAX_UPLOAD_BYTES = 64 * 1024 * 1024
# An upload waits this long for its confirmation; older ones are swept at the next upload.
PENDING_MAX_AGE = datetime.timedelta(hours=24)


def policy():
    return policy_registry.get_by_type(Place)


class PlaceFilterSet(WagtailFilterSet):
    department = django_filters.ChoiceFilter(
        label=gettext_lazy("Département"),
        field_name="department_code",
        choices=[(code, f"{name} ({code})") for code, name in DEPARTMENTS],
    )
    service = django_filters.ChoiceFilter(
        label=gettext_lazy("Service"), choices=Service.choices, method="filter_service"
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Publication"), choices=Place.Status.choices
    )
    aptic_qualified = django_filters.BooleanFilter(label=gettext_lazy("APTIC-qualified"))
    accepts_pass_numerique = django_filters.BooleanFilter(
        label=gettext_lazy("Accepts the Pass Numérique")
    )

    class Meta:
        model = Place
        fields = []

    def filter_service(self, queryset, name, value):
        return queryset.filter(services__has=value)


class ScopedToUser:
    """Only the places the user may manage are listed, opened, changed."""

    def get_base_queryset(self):
        return super().get_base_queryset() & policy().instances_user_has_any_permission_for(
            self.request.user, ["change", "view"]
        )

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset & policy().instances_user_has_any_permission_for(
            self.request.user, ["change", "view"]
        )


class PlaceIndexView(ScopedToUser, IndexView):
    def get_queryset(self):
        return IndexView.get_queryset(self)

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if policy().manages_every_place(self.request.user):
            buttons.append(
                HeaderButton(
                    _("Import a file"), url=reverse("places_import:index"), icon_name="upload"
                )
            )
        return buttons


class PlaceEditView(ScopedToUser, EditView):
    pass


class PlaceDeleteView(ScopedToUser, DeleteView):
    pass


class PlaceInspectView(ScopedToUser, InspectView):
    pass


class PlaceUsageView(ScopedToUser, UsageView):
    pass


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy(
            "A CSV (UTF-8, columns separated by commas) or JSON file in the standard « Lieux "
            "de médiation numérique » v1.0.2."
        ),
    )
    valid_only = forms.BooleanField(
        label=gettext_lazy("Import the valid lines only"),
        required=False,
        help_text=gettext_lazy(
            "Unticked, one wrong line and nothing is imported. Ticked, the valid lines are "
            "imported and the others listed."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _(
                    "The file is larger than %(size)d MB: split it, or use the "
                    "import_places command."
                )
                % {"size": MAX_UPLOAD_BYTES // (1024 * 1024)}
            )
        return upload


class PlaceImportView(WagtailAdminTemplateMixin, TemplateView):
    """Upload → report of a trial run → confirm: nothing is written before the editor
    has read what the file would do."""

    template_name = "places/admin/import.html"
    page_title = gettext_lazy("Import places")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not policy().manages_every_place(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("places_admin:index"), "label": _("Places")},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=ImportForm()))

    def post(self, request, *args, **kwargs):
        # The confirmation form has both buttons: "cancel" is the one pressed, if there.
        if "cancel" in request.POST:
            self.discard_pending(request)
            messages.info(request, _("The import was cancelled: nothing was written."))
            return redirect("places_import:index")
        if "confirm" in request.POST:
            return self.confirm(request)
        form = ImportForm(request.POST, request.FILES)
        context = {"form": form}
        if form.is_valid():
            # The previous upload of this editor, and those nobody confirmed, go first.
            self.discard_pending(request)
            sweep_pending()
            upload = form.cleaned_data["file"]
            valid_only = form.cleaned_data["valid_only"]
            # Kept in the storage (not in memory) while the editor reads the report: the
            # trial run and the import read it from there, by chunks.
            path = default_storage.save(f"{PENDING_FOLDER}/{uuid.uuid4().hex}.data", upload)
            try:
                with default_storage.open(path, "rb") as stored:
                    report = import_places(
                        stored, upload.name, valid_only=valid_only, dry_run=True
                    )
            except ImportFileError as error:
                default_storage.delete(path)
                context["file_error"] = str(error)
                return self.render_to_response(self.get_context_data(**context))
            context["report"] = report
            if report.refused or not (report.created or report.updated):
                default_storage.delete(path)
            else:
                token = uuid.uuid4().hex
                request.session["places_import"] = {
                    "token": token,
                    "path": path,
                    "filename": upload.name,
                    "valid_only": valid_only,
                }
                context["confirm_token"] = token
        return self.render_to_response(self.get_context_data(**context))

    def discard_pending(self, request):
        pending = request.session.pop("places_import", None)
        if pending:
            default_storage.delete(pending["path"])

    def confirm(self, request):
        pending = request.session.get("places_import")
        token = request.POST.get("confirm")
        if not pending or pending["token"] != token or not default_storage.exists(pending["path"]):
            messages.error(request, _("This import has expired: send the file again."))
            return redirect("places_import:index")
        context = {"form": ImportForm(), "done": True}
        try:
            with default_storage.open(pending["path"], "rb") as stored:
                context["report"] = import_places(
                    stored, pending["filename"], valid_only=pending["valid_only"]
                )
        except ImportFileError as error:
            context["file_error"] = str(error)
        self.discard_pending(request)
        return self.render_to_response(self.get_context_data(**context))


def sweep_pending(max_age: datetime.timedelta = PENDING_MAX_AGE) -> int:
    """Deletes the uploads older than `max_age` that were never confirmed nor cancelled
    (an editor who closed the page); returns how many."""
    try:
        _folders, names = default_storage.listdir(PENDING_FOLDER)
    except FileNotFoundError:
        return 0
    limit = timezone.now() - max_age
    swept = 0
    for name in names:
        path = f"{PENDING_FOLDER}/{name}"
        if default_storage.get_modified_time(path) < limit:
            default_storage.delete(path)
            swept += 1
    return swept
