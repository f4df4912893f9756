"""Who may manage which places.

- The hub's editors (and superusers): every place, through the model permissions the
  migration 0002 gives their group.
- A community's administrators: the places of their community — view, add (for their
  community) and change, never delete (a place that closes is archived). They are known
  by their group, the `administrators` of a `communities.CommunityAccess`, reached by
  relation names only: places does not import communities (same layer, independent).
"""

from django.contrib.auth.models import Group
from wagtail.permission_policies import ModelPermissionPolicy

COMMUNITY_ADMIN_ACTIONS = frozenset({"add", "change", "view"})


def administered_communities(user):
    """The communities whose administrators' group the user is in (a queryset of their
    page ids, without importing communities)."""
    return Group.objects.filter(user=user, administered_community__isnull=False).values(
        "administered_community__page_id"
    )


class PlacePermissionPolicy(ModelPermissionPolicy):
    def administers_a_community(self, user) -> bool:
        if not user.is_active:
            return False
        cache_name = "_places_administers_a_community"
        if not hasattr(user, cache_name):
            setattr(user, cache_name, administered_communities(user).exists())
        return getattr(user, cache_name)

    def user_has_permission(self, user, action):
        if super().user_has_permission(user, action):
            return True
        return action in COMMUNITY_ADMIN_ACTIONS and self.administers_a_community(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if any(super(PlacePermissionPolicy, self).user_has_permission(user, a) for a in actions):
            return True
        if not COMMUNITY_ADMIN_ACTIONS.intersection(actions) or instance.pk is None:
            return False
        return self.community_places(user).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if any(super(PlacePermissionPolicy, self).user_has_permission(user, a) for a in actions):
            return self.model._default_manager.all()
        if not COMMUNITY_ADMIN_ACTIONS.intersection(actions):
            return self.model._default_manager.none()
        return self.community_places(user)

    def community_places(self, user):
        if not user.is_active:
            return self.model._default_manager.none()
        return self.model._default_manager.filter(
            pk__in=self.model._default_manager.filter(
                communities__in=administered_communities(user)
            ).values("pk")
        )

    def manages_every_place(self, user) -> bool:
        return super().user_has_permission(user, "change")
