from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from rhinocc.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Loads a backup archive into an empty instance (migrated, without content)."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Restore even though this instance holds content, which will be lost.",
        )

    def handle(self, *args, archive, replace=False, **options):
        if not archive.is_file():
            raise CommandError(f"Archive introuvable : {archive}")
        if Page.objects.filter(depth__gt=2).exists() and not replace:
            raise CommandError(
                "Cette instance contient déjà des pages : la restauration les effacerait. "
                "Restaurez dans une instance vide, ou ajoutez --replace."
            )
        try:
            manifest = restore_backup(archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Sauvegarde du {manifest['created_at'][:10]} restaurée : "
                f"{sum(manifest['counts'].values())} enregistrements, "
                f"{len(manifest['media_sha256'])} fichiers."
            )
        )
