from django.db import migrations


class Migration(migrations.Migration):
    """ "catalogue" everywhere: the model's name follows the app's spelling."""

    dependencies = [
        ("catalogue", "0004_content_updated_at"),
    ]

    operations = [
        migrations.RenameModel(old_name="TrainingCatalogPage", new_name="TrainingCataloguePage"),
    ]
