"""Seeds the vocabularies, so that every database, production included, has them.

Re-running only adds what is missing: labels hub editors corrected are kept.
"""

from django.db import migrations

from taxonomy import vocabularies


def seed(apps, schema_editor):
    CompetencyDomain = apps.get_model("taxonomy", "CompetencyDomain")
    Competency = apps.get_model("taxonomy", "Competency")
    for domain_code, domain_label, competencies in vocabularies.CRCN_DOMAINS:
        domain, _ = CompetencyDomain.objects.get_or_create(
            referential="crcn", code=domain_code, defaults={"label": domain_label}
        )
        for code, label in competencies:
            Competency.objects.get_or_create(
                code=f"CRCN-{code}",
                defaults={"domain": domain, "label": label, "version": vocabularies.CRCN_VERSION},
            )

    Public = apps.get_model("taxonomy", "Public")
    for slug, name, category in vocabularies.PUBLICS:
        Public.objects.get_or_create(slug=slug, defaults={"name": name, "category": category})
    for model_name, terms in [("Theme", vocabularies.THEMES), ("SupportType", vocabularies.SUPPORT_TYPES)]:
        model = apps.get_model("taxonomy", model_name)
        for slug, name in terms:
            model.objects.get_or_create(slug=slug, defaults={"name": name})
    Licence = apps.get_model("taxonomy", "Licence")
    for slug, name, url in vocabularies.LICENCES:
        Licence.objects.get_or_create(slug=slug, defaults={"name": name, "url": url})
    Department = apps.get_model("taxonomy", "Department")
    for code, name in vocabularies.DEPARTMENTS:
        Department.objects.get_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
