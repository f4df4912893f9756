"""Puts the hub's home page at the root of the default site, in place of Wagtail's welcome page."""

from django.db import migrations


def next_child_path(Page, parent):
    last = Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path).order_by("-path").first()
    index = int(last.path[-4:], 36) + 1 if last else 1
    return parent.path + format_base36(index).rjust(4, "0")


def format_base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    encoded = ""
    while number:
        number, remainder = divmod(number, 36)
        encoded = digits[remainder] + encoded
    return encoded or "0"


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("home", "HomePage")
    Locale = apps.get_model("wagtailcore", "Locale")

    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").delete()
    root = Page.objects.get(depth=1)
    homepage_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    homepage = HomePage.objects.create(
        title="Accueil",
        draft_title="Accueil",
        slug="accueil",
        content_type=homepage_type,
        path=next_child_path(Page, root),
        depth=2,
        numchild=0,
        url_path="/accueil/",
        locale=Locale.objects.filter(language_code="fr").first() or Locale.objects.first(),
        hero_title="Le Hub pour un numérique inclusif en Occitanie",
        intro="<p>Ressources, formations et communautés de la médiation numérique.</p>",
    )
    root.numchild = Page.objects.filter(depth=2, path__startswith=root.path).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page_id": homepage.pk, "site_name": "RhinOcc"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
