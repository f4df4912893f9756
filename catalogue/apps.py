from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "catalogue"
    verbose_name = _("Training")

    def ready(self):
        from django.db.models.signals import post_migrate, post_save

        from . import access
        from .models import TrainingCataloguePage, TrainingIndexPage

        post_save.connect(
            access.on_catalogue_saved, sender=TrainingCataloguePage, dispatch_uid="trainers-rights"
        )
        post_save.connect(
            access.on_training_index_saved,
            sender=TrainingIndexPage,
            dispatch_uid="training-review",
        )
        post_migrate.connect(
            access.sync_all_training_rights, sender=self, dispatch_uid="training-rights"
        )
