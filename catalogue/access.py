"""Training rights: what trainers may do in the catalogues, and who reviews their modules.

- Formateurs: "add" on each training catalogue. Wagtail's "add" lets them edit
  and delete their own modules while a draft and submit them for review, never
  publish nor touch another trainer's module.
- "Relecture formation", reviewed by the Éditeurs du hub, on the training index
  (unless an editor chose another workflow there);
- the "Formations" collection, where trainers upload and choose files. Not the
  root collection: rights there reach every collection below it, the private
  collections of community spaces included.

Granted when the page is created, and caught up after `migrate` for pages
created before (the signals are connected in catalogue/apps.py).
"""

from django.contrib.auth.models import Group
from wagtail.models import WorkflowPage

from accounts.roles import (
    HUB_EDITORS,
    TRAINERS,
    child_collection,
    grant_collection_permissions,
    grant_page_permissions,
    is_migrated,
    review_workflow,
)

from .models import TrainingCataloguePage, TrainingIndexPage

TRAINING_REVIEW = "Relecture formation"
TRAINING_REVIEW_TASK = "Validation par les éditeurs du hub"
TRAINING_COLLECTION = "Formations"


def grant_trainers(catalogue: TrainingCataloguePage) -> None:
    trainers, _ = Group.objects.get_or_create(name=TRAINERS)
    grant_page_permissions(trainers, catalogue, ["add"])


def open_training_section(index: TrainingIndexPage) -> None:
    editors, _ = Group.objects.get_or_create(name=HUB_EDITORS)
    workflow = review_workflow(TRAINING_REVIEW, TRAINING_REVIEW_TASK, editors)
    WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    trainers, _ = Group.objects.get_or_create(name=TRAINERS)
    grant_collection_permissions(
        trainers, child_collection(TRAINING_COLLECTION), ["add", "choose"]
    )


def on_catalogue_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_trainers(instance)


def on_training_index_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        open_training_section(instance)


def sync_all_training_rights(sender, apps=None, **kwargs):
    """After `migrate` (or `flush`): the same rights for pages created before these signals."""
    if apps is not None and not is_migrated(apps, "catalogue.TrainingCataloguePage"):
        return
    for catalogue in TrainingCataloguePage.objects.all():
        grant_trainers(catalogue)
    for index in TrainingIndexPage.objects.all():
        open_training_section(index)
