"""The hub's roles, as Wagtail groups with rights on subtrees (Plone's local roles).

The groups and their site-wide rights come from the data migration
0001_roles; rights that hang on a page are granted when that page is created
(and caught up after `migrate`, for pages created before this code; the
signals are connected in catalogue/apps.py):

- Formateurs: "add" on each training catalogue. Wagtail's "add" lets them
  edit and delete their own modules while a draft and submit them for review,
  never publish nor touch another trainer's module.
- "Relecture formation", reviewed by the Éditeurs du hub, on the training index;
- the "Formations" collection, where trainers upload and choose files. Not the
  root collection: rights there reach every collection below it, the private
  collections of community spaces included.

Community groups are the communities app's (communities/access.py).
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

HUB_EDITORS = "Éditeurs du hub"
TRAINERS = "Formateurs"
MEDIATORS = "Médiateurs"

TRAINING_REVIEW = "Relecture formation"
TRAINING_REVIEW_TASK = "Validation par les éditeurs du hub"
TRAINING_COLLECTION = "Formations"


def page_permission(action: str) -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")


def grant_page_permissions(group: Group, page: Page, actions) -> None:
    for action in actions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(action)
        )


def grant_collection_permissions(group: Group, collection: Collection, actions) -> None:
    """Rights on the documents and images of `collection` (and of those below it)."""
    for action in actions:
        for app_label, model in (("wagtaildocs", "document"), ("wagtailimages", "image")):
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=f"{action}_{model}"
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )


def review_workflow(name: str, task_name: str, reviewers: Group) -> Workflow:
    """The one-step workflow of that name, reviewed by `reviewers`, created if missing."""
    workflow = Workflow.objects.filter(name=name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name, active=True)
        task = GroupApprovalTask.objects.create(name=task_name)
        task.groups.set([reviewers])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def grant_trainers(catalogue: Page) -> None:
    trainers, _ = Group.objects.get_or_create(name=TRAINERS)
    grant_page_permissions(trainers, catalogue, ["add"])


def open_training_section(index: Page) -> None:
    """Modules go through "Relecture formation" (unless an editor chose otherwise),
    and trainers get their collection."""
    editors, _ = Group.objects.get_or_create(name=HUB_EDITORS)
    workflow = review_workflow(TRAINING_REVIEW, TRAINING_REVIEW_TASK, editors)
    WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=TRAINING_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=TRAINING_COLLECTION)
    trainers, _ = Group.objects.get_or_create(name=TRAINERS)
    grant_collection_permissions(trainers, collection, ["add", "choose"])


def on_catalogue_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_trainers(instance)


def on_training_index_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        open_training_section(instance)


def grant_page_rights(sender, apps=None, **kwargs):
    """After `migrate` (or `flush`): the same rights for pages created before these signals."""
    from catalogue.models import TrainingCataloguePage, TrainingIndexPage

    if apps is not None and not is_migrated(apps, "catalogue.TrainingCataloguePage"):
        return
    for catalogue in TrainingCataloguePage.objects.all():
        grant_trainers(catalogue)
    for index in TrainingIndexPage.objects.all():
        open_training_section(index)


def is_migrated(apps, model_label: str) -> bool:
    """Whether the migrated state has this model: not after migrating backwards."""
    try:
        apps.get_model(model_label)
    except LookupError:
        return False
    return True
