"""Who may do what, on every section: the whole table, asserted cell by cell.

Read a row as "this role, on this section, may (Y) or may not (.) do each
action"; "-" marks an action that does not exist there. Pages are checked
through Wagtail's permission API (`page.permissions_for_user`), "view"
through the public site, vocabularies and users through Wagtail's model
permission policy. Admin URLs are checked in test_admin_urls.py.

Community A is private; the mediator is one of its members. "own draft" is
a draft that the role's own account wrote there.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.test import TestCase
from wagtail.permission_policies import ModelPermissionPolicy

from accounts.roles import TRAINERS
from catalogue.models import TrainingCataloguePage
from home.models import HomePage
from kits.models import (
    ContentIndexPage,
    KitIndexPage,
    KitPage,
    ResourceIndexPage,
    ResourcePage,
    WorkshopContentPage,
)
from taxonomy.models import Competency

from .factories import (
    ROLES,
    community_a,
    community_b,
    contribution_of,
    demo_module,
    draft_copy,
    make_private,
    make_role_users,
    make_user,
)

# Still on the demo site: to be rebuilt on factories (see tests/conftest.py).
pytestmark = pytest.mark.usefixtures("demo_site")

ACTIONS = ["view", "add", "edit", "publish", "unpublish", "delete", "move"]

MATRIX = """
section              role           view add edit publish unpublish delete move
home                 anonymous      Y    .   .    .       .         .      .
home                 mediator       Y    .   .    .       .         .      .
home                 trainer        Y    .   .    .       .         .      .
home                 contributor_a  Y    .   .    .       .         .      .
home                 admin_a        Y    .   .    .       .         .      .
home                 contributor_b  Y    .   .    .       .         .      .
home                 hub_editor     Y    Y   Y    Y       Y         .      .

catalogues           anonymous      Y    .   .    .       .         .      .
catalogues           mediator       Y    .   .    .       .         .      .
catalogues           trainer        Y    Y   .    .       .         .      .
catalogues           contributor_a  Y    .   .    .       .         .      .
catalogues           admin_a        Y    .   .    .       .         .      .
catalogues           contributor_b  Y    .   .    .       .         .      .
catalogues           hub_editor     Y    Y   Y    Y       Y         Y      Y

catalogues-own-draft mediator       -    -   .    .       -         .      .
catalogues-own-draft trainer        -    -   Y    .       -         Y      Y
catalogues-own-draft contributor_a  -    -   .    .       -         .      .
catalogues-own-draft admin_a        -    -   .    .       -         .      .
catalogues-own-draft contributor_b  -    -   .    .       -         .      .
catalogues-own-draft hub_editor     -    -   Y    Y       -         Y      Y

kits                 anonymous      Y    .   .    .       .         .      .
kits                 mediator       Y    .   .    .       .         .      .
kits                 trainer        Y    .   .    .       .         .      .
kits                 contributor_a  Y    .   .    .       .         .      .
kits                 admin_a        Y    .   .    .       .         .      .
kits                 contributor_b  Y    .   .    .       .         .      .
kits                 hub_editor     Y    Y   Y    Y       Y         Y      Y

contents             anonymous      Y    .   .    .       .         .      .
contents             mediator       Y    .   .    .       .         .      .
contents             trainer        Y    .   .    .       .         .      .
contents             contributor_a  Y    .   .    .       .         .      .
contents             admin_a        Y    .   .    .       .         .      .
contents             contributor_b  Y    .   .    .       .         .      .
contents             hub_editor     Y    Y   Y    Y       Y         Y      Y

resources            anonymous      Y    .   .    .       .         .      .
resources            mediator       Y    .   .    .       .         .      .
resources            trainer        Y    .   .    .       .         .      .
resources            contributor_a  Y    .   .    .       .         .      .
resources            admin_a        Y    .   .    .       .         .      .
resources            contributor_b  Y    .   .    .       .         .      .
resources            hub_editor     Y    Y   Y    Y       Y         Y      Y

community-a          anonymous      .    .   .    .       .         .      .
community-a          mediator       Y    .   .    .       .         .      .
community-a          trainer        .    .   .    .       .         .      .
community-a          contributor_a  Y    Y   .    .       .         .      .
community-a          admin_a        Y    Y   Y    Y       Y         Y      Y
community-a          contributor_b  .    .   .    .       .         .      .
community-a          hub_editor     Y    Y   Y    Y       Y         Y      Y

community-a-own-draft mediator      -    -   .    .       -         .      .
community-a-own-draft trainer       -    -   .    .       -         .      .
community-a-own-draft contributor_a -    -   Y    .       -         Y      Y
community-a-own-draft admin_a       -    -   Y    Y       -         Y      Y
community-a-own-draft contributor_b -    -   .    .       -         .      .
community-a-own-draft hub_editor    -    -   Y    Y       -         Y      Y

community-b          anonymous      Y    .   .    .       .         .      .
community-b          mediator       Y    .   .    .       .         .      .
community-b          trainer        Y    .   .    .       .         .      .
community-b          contributor_a  Y    .   .    .       .         .      .
community-b          admin_a        Y    .   .    .       .         .      .
community-b          contributor_b  Y    Y   .    .       .         .      .
community-b          hub_editor     Y    Y   Y    Y       Y         Y      Y

vocabularies         anonymous      .    .   .    -       -         .      -
vocabularies         mediator       .    .   .    -       -         .      -
vocabularies         trainer        .    .   .    -       -         .      -
vocabularies         contributor_a  .    .   .    -       -         .      -
vocabularies         admin_a        .    .   .    -       -         .      -
vocabularies         contributor_b  .    .   .    -       -         .      -
vocabularies         hub_editor     Y    Y   Y    -       -         Y      -

users                anonymous      .    .   .    -       -         .      -
users                mediator       .    .   .    -       -         .      -
users                trainer        .    .   .    -       -         .      -
users                contributor_a  .    .   .    -       -         .      -
users                admin_a        .    .   .    -       -         .      -
users                contributor_b  .    .   .    -       -         .      -
users                hub_editor     .    .   .    -       -         .      -
"""


def parse_matrix(text: str) -> dict:
    """{(section, role): {action: True | False | None}} from the table above."""
    lines = [line.split() for line in text.strip().splitlines() if line.strip()]
    header, rows = lines[0], lines[1:]
    assert header[2:] == ACTIONS
    expected = {}
    for section, role, *cells in rows:
        assert role in ROLES and len(cells) == len(ACTIONS), (section, role)
        marks = {"Y": True, ".": False, "-": None}
        expected[section, role] = dict(zip(ACTIONS, (marks[cell] for cell in cells), strict=True))
    return expected


EXPECTED = parse_matrix(MATRIX)
# What "view" means for non-page sections: the admin screens (the public term
# pages of the vocabularies are open to all, see tests/taxonomy).
MODEL_ACTIONS = {"view": "view", "add": "add", "edit": "change", "delete": "delete"}


def in_section(model, index_model):
    """A page of `model` that sits directly in the section `index_model`."""
    index = index_model.objects.get()
    return model.objects.child_of(index).order_by("path").first(), index


class PermissionMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_private(community_a())
        cls.users = make_role_users()
        home, module = HomePage.objects.get(), demo_module()
        contribution = contribution_of(community_a())
        cls.targets = {
            "home": (home, home),
            "catalogues": (module, module.get_parent()),
            "kits": in_section(KitPage, KitIndexPage),
            "contents": in_section(WorkshopContentPage, ContentIndexPage),
            "resources": in_section(ResourcePage, ResourceIndexPage),
            "community-a": (contribution, community_a()),
            "community-b": (contribution_of(community_b()), community_b()),
        }
        cls.own_drafts = {}
        for role, user in cls.users.items():
            if user is not None:
                cls.own_drafts["catalogues-own-draft", role] = draft_copy(
                    module, user, f"brouillon-{user.username}"
                )
                cls.own_drafts["community-a-own-draft", role] = draft_copy(
                    contribution, user, f"brouillon-{user.username}"
                )

    def user_or_anonymous(self, role):
        return self.users[role] or AnonymousUser()

    def page_can(self, user, action, page, parent) -> bool:
        perms = page.permissions_for_user(user)
        if action == "add":
            return parent.permissions_for_user(user).can_add_subpage()
        return {
            "edit": perms.can_edit,
            "publish": perms.can_publish,
            "unpublish": perms.can_unpublish,
            "delete": perms.can_delete,
            "move": perms.can_move,
        }[action]()

    def can(self, section, role, action) -> bool:
        user = self.user_or_anonymous(role)
        if section in ("vocabularies", "users"):
            model = Competency if section == "vocabularies" else get_user_model()
            policy = ModelPermissionPolicy(model)
            return policy.user_has_permission(user, MODEL_ACTIONS[action])
        if (section, role) in self.own_drafts:
            page = self.own_drafts[section, role]
            return self.page_can(user, action, page, page.get_parent())
        page, parent = self.targets[section]
        return self.page_can(user, action, page, parent)

    def test_every_cell_through_wagtail_permissions(self):
        for (section, role), expected_actions in EXPECTED.items():
            for action, expected in expected_actions.items():
                if expected is None or (action == "view" and section in self.targets):
                    continue
                with self.subTest(section=section, role=role, action=action):
                    self.assertIs(self.can(section, role, action), expected)

    def test_view_column_through_the_public_site(self):
        for (section, role), expected_actions in EXPECTED.items():
            if section not in self.targets:
                continue
            page = self.targets[section][0]
            with self.subTest(section=section, role=role):
                self.client.logout()
                if self.users[role]:
                    self.client.force_login(self.users[role])
                response = self.client.get(page.url)
                if expected_actions["view"]:
                    self.assertEqual(response.status_code, 200)
                else:
                    self.assertEqual(response.status_code, 302)
                    self.assertTrue(response["Location"].startswith("/connexion/?next="))

    def test_the_matrix_covers_every_role_on_every_section(self):
        sections = {section for section, _role in EXPECTED}
        for section in sections - {"catalogues-own-draft", "community-a-own-draft"}:
            self.assertEqual({role for s, role in EXPECTED if s == section}, set(ROLES))
        self.assertEqual(len(EXPECTED) * len(ACTIONS), 525)

    def test_trainers_add_modules_not_catalogues(self):
        trainer = self.users["trainer"]
        catalogues_index = TrainingCataloguePage.objects.first().get_parent()
        self.assertFalse(catalogues_index.permissions_for_user(trainer).can_add_subpage())

    def test_a_trainer_cannot_touch_another_trainers_module(self):
        other_trainer = make_user("autre-formatrice", Group.objects.get(name=TRAINERS))
        theirs = draft_copy(demo_module(), other_trainer, "module-d-une-autre")
        perms = theirs.permissions_for_user(self.users["trainer"])
        self.assertFalse(perms.can_edit())
        self.assertFalse(perms.can_delete())
        self.assertTrue(theirs.permissions_for_user(other_trainer).can_edit())
