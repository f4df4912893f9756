"""The hub's editors manage every place (community administrators get theirs through
places/permissions.py, by community)."""

from django.db import migrations

HUB_EDITORS = "Éditeurs du hub"
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="places", model="place")
    editors, _ = Group.objects.get_or_create(name=HUB_EDITORS)
    for action in ACTIONS:
        # Django creates model permissions after the last migration; this one needs them now.
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_place",
            defaults={"name": f"Can {action} place"},
        )
        editors.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("places", "0001_initial"),
        ("accounts", "0001_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
