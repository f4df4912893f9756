from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunitiesConfig(AppConfig):
    name = "communities"
    verbose_name = _("Communities")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save
        from wagtail.signals import page_published

        from . import access
        from .models import CommunityAccess, CommunityPage

        post_save.connect(
            access.on_community_saved, sender=CommunityPage, dispatch_uid="community-created"
        )
        page_published.connect(
            access.on_community_published, sender=CommunityPage, dispatch_uid="community-published"
        )
        post_delete.connect(
            access.on_access_deleted, sender=CommunityAccess, dispatch_uid="community-deleted"
        )
        post_migrate.connect(
            access.sync_all_communities, sender=self, dispatch_uid="community-rights"
        )
