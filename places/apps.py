from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    name = "places"
    verbose_name = _("Places")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from .exporting import on_place_changed
        from .models import Place

        post_save.connect(on_place_changed, sender=Place, dispatch_uid="places-export-save")
        post_delete.connect(on_place_changed, sender=Place, dispatch_uid="places-export-delete")
        m2m_changed.connect(
            on_place_changed, sender=Place.communities.through, dispatch_uid="places-export-m2m"
        )
