"""The hub's roles, as Wagtail groups with rights on subtrees (Plone's local roles).

The groups and their site-wide rights come from the data migration 0001_roles.
Rights that hang on a page are granted by the app that owns the page, with the
helpers below: training rights in catalogue/access.py, community rights in
communities/access.py.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowTask,
)

HUB_EDITORS = "Éditeurs du hub"
TRAINERS = "Formateurs"
MEDIATORS = "Médiateurs"

WORKFLOW_NAME_LENGTH = Workflow._meta.get_field("name").max_length


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


def child_collection(name: str, parent: Collection | None = None) -> Collection:
    """The collection of that name under `parent` (the root by default), created if missing."""
    parent = parent or Collection.get_first_root_node()
    return parent.get_children().filter(name=name).first() or parent.add_child(name=name)


def review_workflow(
    name: str,
    task_name: str,
    reviewers: Group,
    workflow: Workflow | None = None,
    shared: bool = True,
) -> Workflow:
    """A one-step workflow whose task is approved by `reviewers`.

    A `shared` workflow (one for the whole site) is found by its name, or created;
    once it exists its reviewers are the editors' to change. Any other workflow
    belongs to one page: `workflow` is brought up to date (renamed, reviewers set
    again), or created when None.
    """
    name, task_name = name[:WORKFLOW_NAME_LENGTH], task_name[:WORKFLOW_NAME_LENGTH]
    if workflow is None and shared:
        workflow = Workflow.objects.filter(name=name).first()
        if workflow is not None:
            return workflow
    if workflow is None:
        workflow = Workflow.objects.create(name=name, active=True)
        task = GroupApprovalTask.objects.create(name=task_name)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    elif workflow.name != name:
        workflow.name = name
        workflow.save(update_fields=["name"])
        Task.objects.filter(workflow_tasks__workflow=workflow).update(name=task_name)
    for task in GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow):
        task.groups.set([reviewers])
    return workflow


def is_migrated(apps, model_label: str) -> bool:
    """Whether the migrated state has this model: not after migrating backwards."""
    try:
        apps.get_model(model_label)
    except LookupError:
        return False
    return True
