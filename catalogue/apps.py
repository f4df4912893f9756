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
        self.connect_registration()
        self.connect_printable_catalogue()
        post_migrate.connect(
            access.sync_all_training_rights, sender=self, dispatch_uid="training-rights"
        )

    def connect_registration(self):
        """A module published with sessions ticked « cancelled » tells their registrants."""
        from wagtail.signals import page_published

        from .models import TrainingModulePage
        from .registration.services import on_module_published

        page_published.connect(
            on_module_published, sender=TrainingModulePage, dispatch_uid="registration-cancelled"
        )

    def connect_printable_catalogue(self):
        """What prints a catalogue's PDF again (catalogue/printable.py)."""
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import printable
        from .models import TrainingCataloguePage, TrainingModulePage

        for model in (TrainingModulePage, TrainingCataloguePage):
            name = model._meta.model_name
            page_published.connect(
                printable.on_page_changed, sender=model, dispatch_uid=f"print-{name}-published"
            )
            page_unpublished.connect(
                printable.on_page_changed, sender=model, dispatch_uid=f"print-{name}-unpublished"
            )
            post_page_move.connect(
                printable.on_page_moved, sender=model, dispatch_uid=f"print-{name}-moved"
            )
        post_delete.connect(
            printable.on_page_changed,
            sender=TrainingModulePage,
            dispatch_uid="print-module-deleted",
        )
        post_delete.connect(
            printable.on_catalogue_deleted,
            sender=TrainingCataloguePage,
            dispatch_uid="print-catalogue-deleted",
        )
        for signal in (post_save, post_delete):
            signal.connect(
                printable.on_view_restriction_changed,
                sender=PageViewRestriction,
                dispatch_uid=f"print-restriction-{signal is post_save}",
            )
