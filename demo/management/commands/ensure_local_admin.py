import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Creates the local administrator account once, and prints its password that once."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Compte d'administration « {username} » déjà créé "
                "(mot de passe oublié : python manage.py changepassword "
                f"{username})."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                "Compte d'administration créé — notez ce mot de passe, il ne sera plus affiché :\n"
                f"  identifiant : {username}\n"
                f"  mot de passe : {password}\n"
                "  administration : http://127.0.0.1:8000/admin/"
            )
        )
