"""The field's synonyms, as mediators say them, and the hub's editors who keep them."""

from django.db import migrations

EQUIVALENT = [
    "téléphone, smartphone, mobile, portable",
    "courriel, mail, e-mail, messagerie",
    "visio, visioconférence, appel vidéo",
    "arnaque, escroquerie, hameçonnage, phishing",
    "démarches, formalités",
    "seniors, personnes âgées, aînés",
    "CV, curriculum",
    "ordinateur, PC",
    "tablette, iPad",
    "wifi, wi-fi",
    "identifiant, login",
    "appli, application",
    "numérique, digital",
    "CAF, allocations familiales",
    "Ameli, assurance maladie",
]
ONE_WAY = [
    ("impôts", "déclaration de revenus"),
    ("mdp", "mot de passe"),
    ("sécu", "sécurité sociale"),
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("rhinocc_search", "Synonym")
    Synonym.objects.bulk_create(
        [Synonym(kind="equivalent", terms=terms) for terms in EQUIVALENT]
        + [Synonym(kind="one_way", searched=searched, terms=terms) for searched, terms in ONE_WAY]
    )


HUB_EDITORS = "Éditeurs du hub"
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="rhinocc_search", model="synonym")
    editors, _ = Group.objects.get_or_create(name=HUB_EDITORS)
    for action in ACTIONS:
        # Django creates model permissions after the last migration; this one needs them now.
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_synonym",
            defaults={"name": f"Can {action} synonym"},
        )
        editors.permissions.add(permission)


def unseed(apps, schema_editor):
    Synonym = apps.get_model("rhinocc_search", "Synonym")
    Synonym.objects.filter(terms__in=EQUIVALENT + [terms for _searched, terms in ONE_WAY]).delete()


class Migration(migrations.Migration):
    dependencies = [("rhinocc_search", "0007_synonym"), ("accounts", "0001_roles")]

    operations = [
        migrations.RunPython(seed, unseed),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
