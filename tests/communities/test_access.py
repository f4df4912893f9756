"""A community's groups, collection and workflow follow its page: created, renamed, removed."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
)

from accounts.roles import HUB_EDITORS, MEDIATORS, TRAINERS
from catalogue.models import TrainingIndexPage
from communities.models import CommunityAccess, CommunityPage
from tests.factories.catalogue import TrainingCataloguePageFactory, training_index
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory

pytestmark = pytest.mark.django_db


def page_actions(group, page) -> set[str]:
    return {
        codename.removesuffix("_page")
        for codename in GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    }


def new_community(title="Réseau du Lauragais", **fields) -> CommunityPage:
    return CommunityPageFactory(title=title, **fields)


def test_a_community_has_its_groups_collection_and_workflow():
    community = new_community()
    access = community.access
    assert access.administrators.name == "Administrateurs · Réseau du Lauragais"
    assert access.contributors.name == "Contributeurs · Réseau du Lauragais"
    assert access.members.name == "Membres · Réseau du Lauragais"
    assert access.collection.name == "Réseau du Lauragais"
    assert access.collection.get_parent().name == "Communautés"
    assert WorkflowPage.objects.get(page=community).workflow == access.workflow
    assert access.workflow.name == "Relecture communauté · Réseau du Lauragais"


def test_community_groups_have_their_rights_on_the_subtree_only():
    community, other = new_community(), new_community("Collectif du Tarn")
    access = community.access
    assert page_actions(access.administrators, community) == {
        "add",
        "change",
        "publish",
        "lock",
        "unlock",
    }
    assert page_actions(access.contributors, community) == {"add"}
    assert not GroupPagePermission.objects.filter(group=access.members).exists()
    for group in (access.administrators, access.contributors):
        assert set(
            GroupPagePermission.objects.filter(group=group).values_list("page", flat=True)
        ) == {community.pk}
        assert group.permissions.filter(codename="access_admin").exists()
    assert not access.members.permissions.exists()
    reviewers = GroupApprovalTask.objects.get(workflow_tasks__workflow=access.workflow).groups
    assert list(reviewers.all()) == [access.administrators]
    assert page_actions(other.access.contributors, community) == set()


def test_contributors_upload_into_their_community_collection_only():
    access = new_community().access
    new_community("Collectif du Tarn")  # whose collection is not theirs
    codenames = set(
        GroupCollectionPermission.objects.filter(group=access.contributors).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_document", "choose_document", "add_image", "choose_image"}
    assert set(
        GroupCollectionPermission.objects.filter(group=access.contributors).values_list(
            "collection", flat=True
        )
    ) == {access.collection.pk}


def test_a_new_community_gets_its_groups_at_creation():
    community = new_community()
    assert Group.objects.filter(name="Contributeurs · Réseau du Lauragais").exists()
    assert community.access.workflow.active


def test_publishing_a_new_title_renames_groups_collection_and_workflow():
    community = new_community()
    community.title = "Réseau du Lauragais et du Sud-Est"
    community.save_revision()
    assert community.access.contributors.name == "Contributeurs · Réseau du Lauragais"

    community.get_latest_revision().publish()
    access = CommunityAccess.objects.get(page=community)
    assert access.contributors.name == "Contributeurs · Réseau du Lauragais et du Sud-Est"
    assert access.administrators.name == "Administrateurs · Réseau du Lauragais et du Sud-Est"
    assert access.collection.name == "Réseau du Lauragais et du Sud-Est"
    assert access.workflow.name == "Relecture communauté · Réseau du Lauragais et du Sud-Est"


def test_two_communities_with_one_title_get_distinct_groups():
    first = new_community()
    second = new_community(slug="reseau-lauragais-bis")
    assert second.title == first.title
    assert first.access.contributors.name == "Contributeurs · Réseau du Lauragais"
    assert second.access.contributors.name == f"Contributeurs · Réseau du Lauragais ({second.pk})"


def test_deleting_a_community_removes_its_groups_and_workflow():
    community = new_community()
    access = community.access
    group_ids = [access.administrators_id, access.contributors_id, access.members_id]
    workflow_id, collection_id = access.workflow_id, access.collection_id
    community.delete()
    assert not Group.objects.filter(pk__in=group_ids).exists()
    assert not Workflow.objects.filter(pk=workflow_id).exists()
    assert not Collection.objects.filter(pk=collection_id).exists()


def test_deleting_a_community_keeps_the_files_of_its_collection():
    community = new_community()
    collection = community.access.collection
    document = DocumentFactory(title="Compte rendu", collection=collection)
    community.delete()
    assert Collection.objects.filter(pk=collection.pk).exists()
    document.refresh_from_db()
    assert document.collection == collection


def test_a_copied_community_gets_groups_of_its_own():
    community = new_community()
    copy = community.copy(
        update_attrs={"slug": "copie", "title": "Copie du réseau"}, keep_live=False
    ).specific
    assert copy.access.contributors != community.access.contributors
    assert copy.access.contributors.name == "Contributeurs · Copie du réseau"


def test_reverting_a_community_keeps_its_groups():
    community = new_community()
    groups = community.access.groups()
    first_revision = community.get_latest_revision()
    community.title = "Autre titre"
    community.save_revision().publish()
    first_revision.publish()
    access = CommunityAccess.objects.get(page=community)
    assert [access.administrators, access.contributors, access.members] == list(groups.values())
    assert access.contributors.name == "Contributeurs · Réseau du Lauragais"


def test_trainers_add_in_every_catalogue_and_modules_are_reviewed_by_hub_editors():
    trainers = Group.objects.get(name=TRAINERS)
    catalogues = [TrainingCataloguePageFactory(), TrainingCataloguePageFactory()]
    for catalogue in catalogues:
        assert page_actions(trainers, catalogue) == {"add"}
    assert page_actions(trainers, training_index()) == set()
    workflow = WorkflowPage.objects.get(page=TrainingIndexPage.objects.get()).workflow
    assert workflow.name == "Relecture formation"
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow=workflow)
    assert list(task.groups.values_list("name", flat=True)) == [HUB_EDITORS]


def test_a_copied_catalogue_is_open_to_trainers():
    catalogue = TrainingCataloguePageFactory()
    copy = catalogue.copy(
        update_attrs={"slug": "nouveau-catalogue", "title": "Nouveau catalogue"},
        recursive=False,
        keep_live=False,
    )
    assert page_actions(Group.objects.get(name=TRAINERS), copy) == {"add"}


def test_the_roles_migration_can_run_again_without_changing_anything():
    new_community()
    TrainingCataloguePageFactory()
    migration = importlib.import_module("accounts.migrations.0001_roles")
    editors = Group.objects.get(name=HUB_EDITORS)
    before = (
        Group.objects.count(),
        editors.permissions.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
    )
    migration.create_roles(apps, None)
    after = (
        Group.objects.count(),
        editors.permissions.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
    )
    assert after == before


def test_the_roles_replace_wagtails_default_groups_and_root_workflow():
    assert set(
        Group.objects.filter(name__in=[HUB_EDITORS, TRAINERS, MEDIATORS]).values_list(
            "name", flat=True
        )
    ) == {HUB_EDITORS, TRAINERS, MEDIATORS}
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


def test_migrate_restores_the_rights_of_pages_created_before_them():
    catalogue = TrainingCataloguePageFactory()
    community = new_community("Concertation 31400")
    trainers = Group.objects.get(name=TRAINERS)
    GroupPagePermission.objects.filter(group=trainers).delete()
    WorkflowPage.objects.all().delete()
    CommunityAccess.objects.filter(page=community).delete()
    assert not Group.objects.filter(name="Contributeurs · Concertation 31400").exists()

    call_command("migrate", verbosity=0)

    assert page_actions(trainers, catalogue) == {"add"}
    assert WorkflowPage.objects.filter(page=TrainingIndexPage.objects.get()).exists()
    community = CommunityPage.objects.get(pk=community.pk)
    assert community.access.contributors.name == "Contributeurs · Concertation 31400"
    assert WorkflowPage.objects.filter(page=community).exists()


def test_trainers_files_go_to_a_collection_of_their_own():
    training_index()
    trainers = Group.objects.get(name=TRAINERS)
    names = set(
        GroupCollectionPermission.objects.filter(group=trainers).values_list(
            "collection__name", flat=True
        )
    )
    assert names == {"Formations"}
