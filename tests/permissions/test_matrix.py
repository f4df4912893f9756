"""Who may do what, on every section: the whole table, asserted cell by cell.

Read a row as "this role, on this section, may (Y) or may not (.) do each
action"; "-" marks an action that does not exist there. Pages are checked
through Wagtail's permission API (`page.permissions_for_user`), "view"
through the public site, vocabularies and users through Wagtail's model
permission policy. Admin URLs are checked in test_admin_urls.py.

Every page is built by the test (tests/factories): a module in a catalogue, a
kit, a content, a resource, and a contribution in each of two communities.
Community A is private; the mediator is one of its members. "own draft" is
a draft that the role's own account wrote there.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.test import TestCase
from wagtail.permission_policies import ModelPermissionPolicy

from catalogue.models import TrainingCataloguePage, TrainingIndexPage
from taxonomy.models import Competency
from tests.factories.accounts import ROLES, role_users, trainer
from tests.factories.catalogue import TrainingCataloguePageFactory, TrainingModulePageFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.home import home
from tests.factories.kits import KitPageFactory, ResourcePageFactory, WorkshopContentPageFactory

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


class PermissionMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.community_a = CommunityPageFactory(title="Réseau A", is_private=True)
        cls.community_b = CommunityPageFactory(title="Réseau B")
        cls.users = role_users(cls.community_a, cls.community_b)
        cls.module = TrainingModulePageFactory()
        contribution = WorkshopContentPageFactory(parent=cls.community_a)
        kit, content, resource = (
            KitPageFactory(),
            WorkshopContentPageFactory(),
            ResourcePageFactory(),
        )
        cls.targets = {
            "home": (home(), home()),
            "catalogues": (cls.module, cls.module.get_parent().specific),
            "kits": (kit, kit.get_parent().specific),
            "contents": (content, content.get_parent().specific),
            "resources": (resource, resource.get_parent().specific),
            "community-a": (contribution, cls.community_a),
            "community-b": (
                WorkshopContentPageFactory(parent=cls.community_b),
                cls.community_b,
            ),
        }
        cls.own_drafts = {}
        for role, user in cls.users.items():
            if user is not None:
                cls.own_drafts["catalogues-own-draft", role] = TrainingModulePageFactory(
                    parent=cls.module.get_parent(), owner=user, live=False
                )
                cls.own_drafts["community-a-own-draft", role] = WorkshopContentPageFactory(
                    parent=cls.community_a, owner=user, live=False
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
            return self.page_can(user, action, page, page.get_parent().specific)
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
        catalogues_index = TrainingIndexPage.objects.get()
        self.assertFalse(catalogues_index.permissions_for_user(trainer).can_add_subpage())
        self.assertTrue(self.module.get_parent().permissions_for_user(trainer).can_add_subpage())

    def test_a_new_catalogue_is_open_to_trainers_at_once(self):
        catalogue = TrainingCataloguePageFactory(title="Nouveau catalogue")
        self.assertIsInstance(catalogue, TrainingCataloguePage)
        perms = catalogue.permissions_for_user(self.users["trainer"])
        self.assertTrue(perms.can_add_subpage())

    def test_a_trainer_cannot_touch_another_trainers_module(self):
        other_trainer = trainer(username="autre-formatrice")
        theirs = TrainingModulePageFactory(
            parent=self.module.get_parent(), owner=other_trainer, live=False
        )
        perms = theirs.permissions_for_user(self.users["trainer"])
        self.assertFalse(perms.can_edit())
        self.assertFalse(perms.can_delete())
        self.assertTrue(theirs.permissions_for_user(other_trainer).can_edit())
