from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "catalogue"
    verbose_name = _("Training")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_migrate, post_save

        from . import access, trainers
        from .models import TrainingCataloguePage, TrainingIndexPage

        post_save.connect(
            access.on_catalogue_saved, sender=TrainingCataloguePage, dispatch_uid="trainers-rights"
        )
        post_save.connect(
            access.on_training_index_saved,
            sender=TrainingIndexPage,
            dispatch_uid="training-review",
        )
        user_logged_in.connect(trainers.on_user_logged_in, dispatch_uid="trainer-profile")
        post_migrate.connect(
            access.sync_all_training_rights, sender=self, dispatch_uid="training-rights"
        )
