"""Users in the hub's roles. Site-wide roles are the groups of accounts/migrations/0001_roles.py;
community roles are the groups of the community's CommunityAccess."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts.roles import HUB_EDITORS, MEDIATORS, TRAINERS

PASSWORD = "motdepasse-de-test"


def groups_hook(user, create, extracted, **kwargs):
    """`groups=[group, "Formateurs", ...]`: Group objects or group names."""
    if create and extracted:
        user.groups.add(
            *(
                group if isinstance(group, Group) else Group.objects.get(name=group)
                for group in extracted
            )
        )


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"utilisateur-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = "Prénom"
    last_name = factory.Sequence(lambda n: f"Nom{n}")
    password = factory.django.Password(PASSWORD)
    groups = factory.PostGeneration(groups_hook)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


class SuperuserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"admin-{n}")
    is_staff = True
    is_superuser = True


def hub_editor(**fields):
    return UserFactory(groups=[HUB_EDITORS], **fields)


def trainer(**fields):
    """A user in the "Formateurs" group (its Trainer profile: TrainerFactory(user=...))."""
    return UserFactory(groups=[TRAINERS], **fields)


def mediator(*communities, **fields):
    """A mediator, member of `communities` (their "Membres" group)."""
    return UserFactory(
        groups=[MEDIATORS, *(community.access.members for community in communities)], **fields
    )


def community_user(community, role: str, **fields):
    """A user holding `role` ("administrators", "contributors", "members") in `community`."""
    return UserFactory(groups=[getattr(community.access, role)], **fields)


def community_admin(community, **fields):
    return community_user(community, "administrators", **fields)


def community_contributor(community, **fields):
    return community_user(community, "contributors", **fields)


def community_member(community, **fields):
    return community_user(community, "members", **fields)


# The cast of the permission tests: one account per role around two communities.
ROLES = [
    "anonymous",
    "mediator",
    "trainer",
    "contributor_a",
    "admin_a",
    "contributor_b",
    "hub_editor",
]


def role_users(community_a, community_b) -> dict:
    """One user per role of ROLES ("anonymous" maps to None): the mediator is a member
    of `community_a`, which has a contributor and an administrator; `community_b` has
    a contributor. Usernames are "test-<role>" (e.g. "test-contributor-a")."""

    def username(role):
        return "test-" + role.replace("_", "-")

    return {
        "anonymous": None,
        "mediator": mediator(community_a, username=username("mediator")),
        "trainer": trainer(username=username("trainer")),
        "contributor_a": community_contributor(community_a, username=username("contributor_a")),
        "admin_a": community_admin(community_a, username=username("admin_a")),
        "contributor_b": community_contributor(community_b, username=username("contributor_b")),
        "hub_editor": hub_editor(username=username("hub_editor")),
    }
