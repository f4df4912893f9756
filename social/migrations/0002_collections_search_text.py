from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("social", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="membercollection",
            name="search_text",
            field=models.TextField(blank=True, editable=False),
        ),
    ]
