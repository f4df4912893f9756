"""The hub's roles as groups, with their site-wide rights. Safe to run again.

Wagtail's own "Editors" and "Moderators" groups and its "Moderators approval"
workflow on the root are retired when nothing uses them: the French roles
replace them, and that root workflow would route every hub editor's
submission to an empty group.
"""

from django.db import migrations

HUB_EDITORS = "Éditeurs du hub"
TRAINERS = "Formateurs"
MEDIATORS = "Médiateurs"

VOCABULARIES = ["competency", "competencydomain", "public", "theme", "supporttype", "licence"]
CRUD = ["add", "change", "delete", "view"]

HUB_EDITOR_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    *[("taxonomy", model, f"{action}_{model}") for model in VOCABULARIES for action in CRUD],
    *[("taxonomy", "department", f"{action}_department") for action in CRUD],
    *[("catalogue", "trainer", f"{action}_trainer") for action in CRUD],
    ("documents", "downloadcount", "view_downloadcount"),
    *[
        ("wagtailsearchpromotions", "searchpromotion", f"{action}_searchpromotion")
        for action in CRUD
    ],
    ("home", "sitesettings", "change_sitesettings"),
]
TRAINER_PERMISSIONS = [("wagtailadmin", "admin", "access_admin")]
HUB_EDITOR_PAGE_ACTIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
# Trainers get theirs on a collection of their own (accounts/roles.py): rights
# on the root collection reach every collection below it, private ones included.
MEDIA_ACTIONS = ["add", "change", "delete", "choose"]


def get_permission(apps, app_label, model_name, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
    existing = Permission.objects.filter(content_type=content_type, codename=codename).first()
    if existing:
        return existing
    # Django creates model permissions after the last migration; this one needs them now.
    verbose_name = apps.get_model(app_label, model_name)._meta.verbose_name_raw
    action = codename.rsplit("_", 1)[0]
    return Permission.objects.create(
        content_type=content_type, codename=codename, name=f"Can {action} {verbose_name}"
    )


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    editors, _ = Group.objects.get_or_create(name=HUB_EDITORS)
    trainers, _ = Group.objects.get_or_create(name=TRAINERS)
    Group.objects.get_or_create(name=MEDIATORS)

    for group, permissions in ((editors, HUB_EDITOR_PERMISSIONS), (trainers, TRAINER_PERMISSIONS)):
        group.permissions.add(*(get_permission(apps, *spec) for spec in permissions))

    for home_page in Page.objects.filter(
        content_type__app_label="home", content_type__model="homepage"
    ):
        for action in HUB_EDITOR_PAGE_ACTIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors,
                page=home_page,
                permission=get_permission(apps, "wagtailcore", "page", f"{action}_page"),
            )

    root_collection = Collection.objects.filter(depth=1).first()
    for action in MEDIA_ACTIONS:
        for app_label, model in (("wagtaildocs", "document"), ("wagtailimages", "image")):
            GroupCollectionPermission.objects.get_or_create(
                group=editors,
                collection=root_collection,
                permission=get_permission(apps, app_label, model, f"{action}_{model}"),
            )

    retire_wagtail_defaults(apps)


def retire_wagtail_defaults(apps):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    Task = apps.get_model("wagtailcore", "Task")

    for workflow in Workflow.objects.filter(name="Moderators approval", active=True):
        if WorkflowState.objects.filter(workflow=workflow, status="in_progress").exists():
            continue
        WorkflowPage.objects.filter(workflow=workflow).delete()
        workflow.active = False
        workflow.save(update_fields=["active"])
        Task.objects.filter(workflow_tasks__workflow=workflow, name="Moderators approval").update(
            active=False
        )
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("taxonomy", "0002_seed_vocabularies"),
        ("catalogue", "0003_initial"),
        ("documents", "0002_download_count"),
        ("home", "0002_create_homepage"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
