"""Trainer profiles: each trainer account has its own, which its owner edits.

A trainer's profile is created, named after the account, when they log in (on the
admin's login page or the site's), or when they open a module's form if their
session began before. Hub editors (the model's Django permissions) manage every
profile and link them to accounts; a trainer sees and changes only their own,
and never its account. In a module's "Trainers" field, the logged-in trainer's
profile comes first, ticked on a new module (catalogue/forms.py).
"""

from django.contrib.admin.utils import unquote
from django.db import IntegrityError, transaction
from django.db.models import Case, IntegerField, Q, When
from django.shortcuts import get_object_or_404
from wagtail.admin.auth import permission_denied
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.views import snippets as snippet_views

from accounts.roles import TRAINERS

from .models import Trainer

# What a trainer may do on their own profile; adding and deleting stay the editors'.
OWNER_ACTIONS = {"change", "view"}


def is_trainer(user) -> bool:
    return user.is_active and user.groups.filter(name=TRAINERS).exists()


def profile_name(user) -> str:
    return user.get_full_name() or user.get_username()


def ensure_trainer_profile(user) -> Trainer | None:
    """The trainer profile of `user`, created if they are a trainer without one."""
    profile = Trainer.objects.filter(user=user).first()
    if profile is not None or not is_trainer(user):
        return profile
    try:
        with transaction.atomic():
            return Trainer.objects.create(user=user, name=profile_name(user))
    except IntegrityError:  # created meanwhile by another request of the same account
        return Trainer.objects.get(user=user)


def on_user_logged_in(sender, request, user, **kwargs) -> None:
    ensure_trainer_profile(user)


def own_profile_first(queryset, user):
    """Trainers with `user`'s own profile first, then by name."""
    if user is None or not user.is_authenticated:
        return queryset
    return queryset.annotate(
        is_own=Case(When(user=user, then=0), default=1, output_field=IntegerField())
    ).order_by("is_own", "name")


class TrainerPermissionPolicy(ModelPermissionPolicy):
    """The model's permissions (hub editors), plus a trainer's rights on their own profile."""

    def has_model_permission(self, user, actions) -> bool:
        return any(
            super(TrainerPermissionPolicy, self).user_has_permission(user, a) for a in actions
        )

    def user_has_permission(self, user, action):
        if self.has_model_permission(user, [action]):
            return True
        return action in OWNER_ACTIONS and self.owns_a_profile(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if self.has_model_permission(user, actions):
            return True
        return (
            bool(OWNER_ACTIONS & set(actions)) and user.is_active and instance.user_id == user.pk
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if self.has_model_permission(user, actions):
            return Trainer.objects.all()
        if OWNER_ACTIONS & set(actions) and user.is_active:
            return Trainer.objects.filter(user=user)
        return Trainer.objects.none()

    def users_with_any_permission(self, actions):
        users = super().users_with_any_permission(actions)
        if not OWNER_ACTIONS & set(actions):
            return users
        owners = Q(pk__in=Trainer.objects.filter(user__isnull=False).values("user"))
        return users.model.objects.filter(Q(pk__in=users.values("pk")) | owners, is_active=True)

    @staticmethod
    def owns_a_profile(user) -> bool:
        return user.is_active and Trainer.objects.filter(user=user).exists()


register_permission_policy(Trainer, TrainerPermissionPolicy(Trainer))


class OneProfile:
    """A view of one profile, refused (Wagtail's message, back to the dashboard) to whoever
    may not do `instance_action` on it: Wagtail's views check the model's rights only."""

    instance_action = "change"

    def dispatch(self, request, *args, **kwargs):
        profile = get_object_or_404(Trainer, pk=unquote(str(kwargs["pk"])))
        policy = policy_registry.get_by_type(Trainer)
        if not policy.user_has_permission_for_instance(
            request.user, self.instance_action, profile
        ):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class TrainerEditView(OneProfile, snippet_views.EditView):
    pass


class TrainerDeleteView(OneProfile, snippet_views.DeleteView):
    instance_action = "delete"


class TrainerHistoryView(OneProfile, snippet_views.HistoryView):
    pass


class TrainerUsageView(OneProfile, snippet_views.UsageView):
    pass


class TrainerViewSet(snippet_views.SnippetViewSet):
    model = Trainer
    icon = "user"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "organisation", "user"]
    search_fields = ["name", "organisation"]
    edit_view_class = TrainerEditView
    delete_view_class = TrainerDeleteView
    history_view_class = TrainerHistoryView
    usage_view_class = TrainerUsageView

    def get_queryset(self, request):
        """The listing: every profile for hub editors, their own for a trainer."""
        return policy_registry.get_by_type(Trainer).instances_user_has_any_permission_for(
            request.user, ["change", "view"]
        )
