import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from demo.management.links import site_link


class Command(BaseCommand):
    help = "Creates the local administrator account once, and prints its password that once."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        admin = site_link("wagtailadmin_home")
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                _(
                    "Administration account “%(username)s” already created: %(admin)s "
                    "(forgotten password: python manage.py changepassword %(username)s)."
                )
                % {"username": username, "admin": admin}
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Administration account created — write this password down, it will not "
                    "be shown again:\n"
                    "  username: %(username)s\n"
                    "  password: %(password)s\n"
                    "  administration: %(admin)s"
                )
                % {"username": username, "password": password, "admin": admin}
            )
        )
