"""The hub's roles, as Wagtail groups with rights on subtrees (Plone's local roles).

The groups and their site-wide rights come from the data migration 0001_roles.
Rights that hang on a page are granted by the app that owns the page, with the
helpers below: training rights in catalogue/access.py, community rights in
communities/access.py.
"""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy as _
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

# What each site-wide role does, as Mon espace says it (a community's roles are said
# by the community's own panel, communities/member_area.py).
ROLE_DESCRIPTIONS = {
    HUB_EDITORS: _("You review and publish the hub's contents, its home page and selections."),
    TRAINERS: _("You write training modules in the catalogues and submit them for review."),
    MEDIATORS: _("You use the hub's resources and trainings, and may join communities."),
}
SITE_ADMINISTRATOR = _("Site administration")


def role_descriptions(user, group_names: set[str]) -> list[tuple[str, str]]:
    """(role, what it does) for the site-wide roles of `user`, in the order of the hub."""
    roles = [(name, text) for name, text in ROLE_DESCRIPTIONS.items() if name in group_names]
    if user.is_superuser:
        roles.insert(0, (SITE_ADMINISTRATOR, _("You manage the accounts, groups and settings.")))
    return roles


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
