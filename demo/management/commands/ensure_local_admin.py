import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = "Creates the local administrator account once, and prints its password that once."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                _(
                    "Administration account “%(username)s” already created "
                    "(forgotten password: python manage.py changepassword %(username)s)."
                )
                % {"username": username}
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
                    "  administration: http://127.0.0.1:8000/admin/"
                )
                % {"username": username, "password": password}
            )
        )
