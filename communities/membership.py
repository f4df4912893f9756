"""Who belongs to a community: one of its three groups, one role at a time."""

from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

from .models import CommunityAccess, CommunityPage

ROLE_CHOICES = [
    ("members", _("Member (reads the private space)")),
    ("contributors", _("Contributor (adds contents, submits them for review)")),
    ("administrators", _("Administrator (reviews, publishes, manages members)")),
]
ROLE_HEADINGS = {
    "administrators": _("Administrators"),
    "contributors": _("Contributors"),
    "members": _("Members"),
}
ROLE_LABELS = {
    "members": _("member"),
    "contributors": _("contributor"),
    "administrators": _("administrator"),
}


def displayed_username(user) -> str:
    """The username, unless it is an e-mail address (accounts created by hand in the admin
    before handles): administrators see the names of the hub's users, not their addresses."""
    username = user.get_username()
    return "" if "@" in username else username


def access_of(community: CommunityPage) -> CommunityAccess | None:
    return (
        CommunityAccess.objects.select_related("administrators", "contributors", "members")
        .filter(page=community)
        .first()
    )


def can_manage_members(user, access: CommunityAccess | None) -> bool:
    if not user.is_active or access is None:
        return False
    if user.is_superuser:
        return True
    return (
        access.administrators_id is not None
        and user.groups.filter(pk=access.administrators_id).exists()
    )


def managed_communities(user):
    """The communities whose members this user manages."""
    communities = CommunityPage.objects.filter(access__isnull=False).order_by("title")
    if user.is_superuser:
        return communities
    return communities.filter(access__administrators__user=user)


def community_groups(access: CommunityAccess) -> list[Group]:
    return [group for group in access.groups().values() if group is not None]


def role_of(user, access: CommunityAccess) -> str | None:
    group_ids = set(user.groups.values_list("pk", flat=True))
    for role, group in access.groups().items():
        if group is not None and group.pk in group_ids:
            return role
    return None


def set_role(user, access: CommunityAccess, role: str) -> None:
    user.groups.remove(*community_groups(access))
    user.groups.add(access.groups()[role])


def remove_member(user, access: CommunityAccess) -> None:
    user.groups.remove(*community_groups(access))


def members_by_role(access: CommunityAccess) -> dict:
    return {
        role: list(group.user_set.order_by("last_name", "first_name", "username"))
        if group is not None
        else []
        for role, group in access.groups().items()
    }
