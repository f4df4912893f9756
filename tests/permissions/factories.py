"""The hub's roles as test users, on the demo site.

Community A is the Sicoval network, made private; community B is Concertation 31400.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts.roles import HUB_EDITORS, MEDIATORS, TRAINERS
from catalogue.models import TrainingCataloguePage, TrainingModulePage
from communities.models import CommunityPage
from kits.models import WorkshopContentPage

User = get_user_model()

ROLES = [
    "anonymous",
    "mediator",
    "trainer",
    "contributor_a",
    "admin_a",
    "contributor_b",
    "hub_editor",
]


def community_a() -> CommunityPage:
    return CommunityPage.objects.get(slug="reseau-mediation-numerique-sicoval")


def community_b() -> CommunityPage:
    return CommunityPage.objects.get(slug="concertation-31400")


def make_private(community: CommunityPage) -> CommunityPage:
    community.is_private = True
    community.save_revision().publish()
    return community


def make_user(username: str, *groups: Group):
    user = User.objects.create_user(
        username=username, email=f"{username}@example.org", password="motdepasse-de-test"
    )
    user.groups.add(*groups)
    return user


def make_role_users() -> dict:
    """One user per role; "anonymous" maps to None."""
    a, b = community_a().access, community_b().access
    return {
        "anonymous": None,
        "mediator": make_user("test-mediator", Group.objects.get(name=MEDIATORS), a.members),
        "trainer": make_user("test-trainer", Group.objects.get(name=TRAINERS)),
        "contributor_a": make_user("test-contributor-a", a.contributors),
        "admin_a": make_user("test-admin-a", a.administrators),
        "contributor_b": make_user("test-contributor-b", b.contributors),
        "hub_editor": make_user("test-hub-editor", Group.objects.get(name=HUB_EDITORS)),
    }


def draft_copy(page, owner, slug: str):
    """A draft copy of `page` beside it, as if `owner` had written it."""
    copy = page.copy(
        update_attrs={"slug": slug, "title": f"{page.title} (brouillon)", "owner": owner},
        keep_live=False,
        user=owner,
        log_action=None,
    )
    return copy.specific


def demo_module() -> TrainingModulePage:
    return TrainingModulePage.objects.order_by("path").first()


def first_catalogue() -> TrainingCataloguePage:
    return TrainingCataloguePage.objects.order_by("path").first()


def contribution_of(community: CommunityPage) -> WorkshopContentPage:
    return WorkshopContentPage.objects.child_of(community).order_by("path").first()
