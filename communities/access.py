"""A community's rights: its groups, file collection, review workflow and privacy.

Each community has three groups (its membership: a user belongs to the
community through one of them, one role at a time):

- Administrateurs · <nom>: add, edit any page and publish in the community's
  subtree, review its contributions, manage its members and its files;
- Contributeurs · <nom>: "add" in the subtree, which in Wagtail lets them
  edit their own pages and submit them for review, never publish;
- Membres · <nom>: readers of a private space, with no admin access.

They are created with the community page, follow its published title and are
removed with it. A private space (`is_private`) gets a page view restriction
and a collection view restriction to these groups and the hub's editors, set
again whenever the page is published, so the flag is the one place to change.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
    Task,
    Workflow,
    WorkflowPage,
)

from accounts.roles import (
    HUB_EDITORS,
    child_collection,
    grant_collection_permissions,
    grant_page_permissions,
    is_migrated,
    review_workflow,
)

from .models import CommunityAccess, CommunityPage

ROLE_NAMES = {
    "administrators": "Administrateurs",
    "contributors": "Contributeurs",
    "members": "Membres",
}
PAGE_ACTIONS = {
    "administrators": ["add", "change", "publish", "lock", "unlock"],
    "contributors": ["add"],
    "members": [],
}
MEDIA_ACTIONS = {
    "administrators": ["add", "change", "delete", "choose"],
    "contributors": ["add", "choose"],
    "members": [],
}
COMMUNITY_COLLECTIONS = "Communautés"
REVIEW_WORKFLOW = "Relecture communauté"
REVIEW_TASK = "Validation par les administrateurs"
GROUP_NAME_LENGTH = Group._meta.get_field("name").max_length


def group_name(role: str, page: CommunityPage, group: Group | None) -> str:
    """ "Contributeurs · Concertation 31400", with the page id if another group has that name."""
    name = f"{ROLE_NAMES[role]} · {page.title}"[:GROUP_NAME_LENGTH]
    others = Group.objects.filter(name=name)
    if group is not None:
        others = others.exclude(pk=group.pk)
    if others.exists():
        suffix = f" ({page.pk})"
        name = name[: GROUP_NAME_LENGTH - len(suffix)] + suffix
    return name


def sync_groups(access: CommunityAccess) -> None:
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for role, actions in PAGE_ACTIONS.items():
        group = getattr(access, role)
        name = group_name(role, access.page, group)
        if group is None:
            group = Group.objects.create(name=name)
            setattr(access, role, group)
        elif group.name != name:
            group.name = name
            group.save(update_fields=["name"])
        if actions:
            group.permissions.add(admin_access)
            grant_page_permissions(group, access.page, actions)


def sync_collection(access: CommunityAccess) -> None:
    """The community's own collection, under "Communautés", named after it."""
    if access.collection is None:
        parent = child_collection(COMMUNITY_COLLECTIONS)
        access.collection = parent.add_child(name=access.page.title)
    elif access.collection.name != access.page.title:
        access.collection.name = access.page.title
        access.collection.save(update_fields=["name"])
    for role, actions in MEDIA_ACTIONS.items():
        grant_collection_permissions(getattr(access, role), access.collection, actions)


def sync_workflow(access: CommunityAccess) -> None:
    """ "Relecture communauté": contributions are reviewed by the community's administrators."""
    title = access.page.title
    access.workflow = review_workflow(
        f"{REVIEW_WORKFLOW} · {title}",
        f"{REVIEW_TASK} · {title}",
        access.administrators,
        workflow=access.workflow,
        # Each community has its own, even if another one once had this title.
        shared=False,
    )
    WorkflowPage.objects.get_or_create(page=access.page, defaults={"workflow": access.workflow})


def readers(access: CommunityAccess) -> list[Group]:
    """Who may see a private space: its three groups and the hub's editors, who moderate it."""
    groups = [group for group in access.groups().values() if group is not None]
    return groups + list(Group.objects.filter(name=HUB_EDITORS))


def sync_privacy(access: CommunityAccess) -> None:
    page, collection = access.page, access.collection
    page_restrictions = PageViewRestriction.objects.filter(
        page=page, restriction_type=BaseViewRestriction.GROUPS
    )
    collection_restrictions = CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=BaseViewRestriction.GROUPS
    )
    if not page.is_private:
        for restriction in page_restrictions:
            restriction.delete()
        collection_restrictions.delete()
        return
    groups = readers(access)
    page_restriction = page_restrictions.first() or PageViewRestriction.objects.create(
        page=page, restriction_type=BaseViewRestriction.GROUPS
    )
    page_restriction.groups.set(groups)
    collection_restriction = collection_restrictions.first() or (
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.GROUPS
        )
    )
    collection_restriction.groups.set(groups)


def sync_community_access(page: CommunityPage) -> CommunityAccess:
    """Creates or updates the community's groups, collection, workflow and privacy."""
    access = (
        CommunityAccess.objects.select_related(
            "administrators", "contributors", "members", "collection", "workflow"
        )
        .filter(page=page)
        .first()
    ) or CommunityAccess(page=page)
    access.page = page
    sync_groups(access)
    sync_collection(access)
    sync_workflow(access)
    access.save()
    sync_privacy(access)
    return access


def remove_community_access(access: CommunityAccess) -> None:
    """The community is gone: its groups and workflow go too.

    Its collection goes only if empty: files are content, and Wagtail keeps a
    collection that still holds some (their view restriction keeps them private).
    """
    group_ids = [access.administrators_id, access.contributors_id, access.members_id]
    Group.objects.filter(pk__in=[pk for pk in group_ids if pk]).delete()
    if access.workflow_id:
        Task.objects.filter(workflow_tasks__workflow_id=access.workflow_id).delete()
        Workflow.objects.filter(pk=access.workflow_id).delete()
    collection = Collection.objects.filter(pk=access.collection_id).first()
    if collection is not None and is_empty(collection):
        collection.delete()


def is_empty(collection: Collection) -> bool:
    return not (
        collection.numchild
        or get_document_model().objects.filter(collection=collection).exists()
        or get_image_model().objects.filter(collection=collection).exists()
    )


def on_community_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        sync_community_access(instance)


def on_community_published(sender, instance, **kwargs):
    sync_community_access(instance)


def on_access_deleted(sender, instance, **kwargs):
    remove_community_access(instance)


def sync_all_communities(sender, apps=None, **kwargs):
    """After `migrate` (or `flush`): rights for communities created before these signals."""
    if apps is not None and not is_migrated(apps, "communities.CommunityAccess"):
        return
    for page in CommunityPage.objects.all():
        sync_community_access(page)
