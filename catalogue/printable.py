"""The printable catalogue: each training catalogue as one PDF, built ahead, served as a file.

A cover, a table of contents, then one module a page with every field of Qualiopi's
indicator 1 and its « mis à jour le » date, and its upcoming sessions with their seats
left. Printing takes a second or two: never in the request of a visitor. The file is
kept in the default (media) storage, out of the folders the proxy serves, and rebuilt by
a task after the commit that changes what it shows: a module of the catalogue published,
unpublished, moved in or out, deleted, or made private, and the catalogue itself
published. Seats left change with every registration: the PDF gives them « au <date> »
and `manage.py build_catalogue_pdfs` (the daily timer) prints them again. The first
request builds the file when it is missing (a new catalogue, an empty media volume).

Only live public modules are in it (`TrainingCataloguePage.get_modules`): a draft, an
unpublished or a private module never is, nor is a private catalogue printed for anyone.
"""

import logging
import threading
from contextlib import contextmanager

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone
from django_tasks import task
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core.pdf import PdfUnavailable, pdf_file_response, pdf_filename, pdf_unavailable_response
from core.pdf import render_pdf as print_template

logger = logging.getLogger(__name__)

TEMPLATE = "catalogue/pdf/catalogue.html"


def stored_name(catalogue_id: int) -> str:
    return f"{settings.RHINOCC_CATALOGUE_PDF_FOLDER}/catalogue-{catalogue_id}.pdf"


def modules_to_print(catalogue):
    """The catalogue's live public modules with all that their page prints, in a constant
    number of queries: trainers, competencies, and the upcoming sessions with seats left."""
    from .models import TrainingSession

    upcoming = (
        TrainingSession.objects.upcoming()
        .filter(is_cancelled=False)
        .with_seats_left()
        .order_by("start_date", "pk")
    )
    return catalogue.get_modules().prefetch_related(
        "trainers",
        "competencies",
        Prefetch("sessions", queryset=upcoming, to_attr="upcoming_sessions"),
    )


def is_printable(catalogue) -> bool:
    """A live catalogue without view restriction: the printed file is public."""
    return catalogue.live and not catalogue.get_view_restrictions().exists()


def render_catalogue_pdf(catalogue) -> bytes:
    modules = list(modules_to_print(catalogue))
    context = {
        "catalogue": catalogue,
        "modules": modules,
        "provider": settings.RHINOCC_TRAINING_PROVIDER,
        "printed_at": timezone.localtime(),
        "site_url": settings.WAGTAILADMIN_BASE_URL,
    }
    return print_template(TEMPLATE, context)


def build(catalogue) -> int:
    """Prints `catalogue` and stores the file in place of the previous one; its size."""
    content = render_catalogue_pdf(catalogue)
    name = stored_name(catalogue.pk)
    # Replaced, not saved beside it: the storage would pick another name.
    default_storage.delete(name)
    default_storage.save(name, ContentFile(content))
    logger.info("Printable catalogue %s built (%d bytes)", catalogue.pk, len(content))
    return len(content)


def forget(catalogue_id: int) -> None:
    default_storage.delete(stored_name(catalogue_id))


@task()
def build_catalogue_pdf(catalogue_id: int) -> None:
    """The task: print the catalogue again, or drop its file if it is no longer public."""
    from .models import TrainingCataloguePage

    catalogue = TrainingCataloguePage.objects.filter(pk=catalogue_id).first()
    if catalogue is None or not is_printable(catalogue):
        forget(catalogue_id)
        return
    try:
        build(catalogue)
    except PdfUnavailable:
        # Logged by core.pdf; the first request after the library is back builds it.
        forget(catalogue_id)


_batch = threading.local()


@contextmanager
def batched_builds():
    """Within this block, builds are collected and each catalogue is printed once on
    leaving it: for `load_demo` and imports that publish dozens of modules in a row, each
    publication its own transaction (a print takes seconds)."""
    if getattr(_batch, "ids", None) is not None:
        yield  # nested: the outer block prints
        return
    _batch.ids = set()
    try:
        yield
    finally:
        ids, _batch.ids = _batch.ids, None
    rebuild_after_commit(ids)


def rebuild_after_commit(catalogue_ids) -> None:
    """Enqueues one build per catalogue once the transaction that changed it commits."""
    catalogue_ids = set(filter(None, catalogue_ids))
    if getattr(_batch, "ids", None) is not None:
        _batch.ids |= catalogue_ids
        return
    for catalogue_id in sorted(catalogue_ids):
        transaction.on_commit(
            lambda catalogue_id=catalogue_id: build_catalogue_pdf.enqueue(catalogue_id)
        )


def stored_size(catalogue_id: int) -> int | None:
    name = stored_name(catalogue_id)
    try:
        return default_storage.size(name) if default_storage.exists(name) else None
    except OSError:
        return None


# What triggers a build: the signals are connected in catalogue/apps.py.


def catalogues_of_path(page_path: str, depth: int) -> list[int]:
    """The catalogue holding a page at `page_path`, or, for a page above catalogues (the
    training index, the home page), every catalogue under it."""
    from .models import TrainingCataloguePage

    catalogues = TrainingCataloguePage.objects.all()
    catalogue_depth = catalogues.values_list("depth", flat=True).first()
    if catalogue_depth is None:
        return []
    if depth >= catalogue_depth:
        prefix = page_path[: catalogue_depth * Page.steplen]
        return list(catalogues.filter(path=prefix).values_list("pk", flat=True))
    return list(catalogues.filter(path__startswith=page_path).values_list("pk", flat=True))


def on_page_changed(sender, instance, **kwargs):
    """Published, unpublished or deleted: a module (its catalogue) or a catalogue."""
    from .models import TrainingCataloguePage, TrainingModulePage

    if isinstance(instance, TrainingModulePage | TrainingCataloguePage) and instance.path:
        rebuild_after_commit(catalogues_of_path(instance.path, instance.depth))


def on_catalogue_deleted(sender, instance, **kwargs):
    transaction.on_commit(lambda: forget(instance.pk))


def on_page_moved(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs):
    """A module moved to another catalogue leaves one and enters the other."""
    from .models import TrainingCataloguePage, TrainingModulePage

    # `instance` is a plain Page read back after the move: its type is the sender.
    if issubclass(sender, TrainingModulePage):
        rebuild_after_commit(
            [
                parent.pk
                for parent in (parent_page_before, parent_page_after)
                if parent is not None and parent.specific_class is TrainingCataloguePage
            ]
        )
    elif issubclass(sender, TrainingCataloguePage):
        rebuild_after_commit([instance.pk])


def on_view_restriction_changed(sender, instance, raw=False, **kwargs):
    """A module or a catalogue made private (or public again)."""
    if raw:
        return
    page = Page.objects.filter(pk=instance.page_id).only("path", "depth").first()
    if page is not None:
        rebuild_after_commit(catalogues_of_path(page.path, page.depth))


class PrintableCatalogueMixin(RoutablePageMixin):
    """The catalogue's "catalogue-pdf/" route, and the link's details for its page.

    Routed through the page, so that Wagtail's privacy applies to the file as to the page.
    """

    def printable_catalogue(self) -> dict | None:
        """Where « Télécharger le catalogue » leads and the file's size, if it was built."""
        if not self.get_modules().exists():
            return None
        return {
            "url": self.url + self.reverse_subpage("printable"),
            "size": stored_size(self.pk),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["printable"] = self.printable_catalogue()
        return context

    @path("catalogue-pdf/", name="printable")
    def serve_printable(self, request):
        if not is_printable(self):
            # A private catalogue is not printed, even for its readers: 404.
            raise Http404
        name = stored_name(self.pk)
        if not default_storage.exists(name):
            # The first request after a new catalogue or an empty media volume.
            try:
                build(self)
            except PdfUnavailable:
                return pdf_unavailable_response(request)
        return pdf_file_response(
            default_storage.open(name, "rb"), pdf_filename("catalogue", self.slug)
        )
