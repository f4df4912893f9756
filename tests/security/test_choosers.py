"""Finding 4 of the audit: the admin's choosers offer only what the user may see.

Read a row as "this item shows (Y) or not (.) in every chooser endpoint that can
list or return it, for each role". Pages: live public pages for every admin user,
a private space's pages for its members and the hub's editors, drafts only for
those who may edit them (a trainer their own module, a community's administrators
every draft of their space). Documents and images follow Wagtail's "choose" right
on their collection. Users without admin access (a mediator, an anonymous visitor)
get no chooser at all.

Community A is private, community B public; the trainer's files go in the
"Formations" collection. Each title is a bird's name and "témoin": the choosers'
searches ask for the bird, and only a result shows the whole title.
"""

import json

from django.test import TestCase
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Collection

from catalogue.access import TRAINING_COLLECTION
from tests.factories.accounts import SuperuserFactory, role_users, trainer
from tests.factories.catalogue import (
    TrainerFactory,
    TrainingCataloguePageFactory,
    TrainingModulePageFactory,
)
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory
from tests.factories.images import ImageFactory
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory

ROLES = ["trainer", "contributor_a", "admin_a", "contributor_b", "hub_editor"]

MATRIX = """
item                     trainer contributor_a admin_a contributor_b hub_editor
public-page              Y       Y             Y       Y             Y
private-page             .       Y             Y       .             Y
draft-page               .       .             .       .             Y
own-draft-module         Y       .             .       .             Y
other-trainer-draft      .       .             .       .             Y
contributor-draft        .       Y             Y       .             Y
other-contributor-draft  .       .             Y       .             Y
training-document        Y       .             .       .             Y
private-document         .       Y             Y       .             Y
public-space-document    .       .             .       Y             Y
training-image           Y       .             .       .             Y
private-image            .       Y             Y       .             Y
public-space-image       .       .             .       Y             Y
"""


def parse_matrix(text: str) -> dict:
    """{(item, role): True | False} from the table above."""
    header, *rows = (line.split() for line in text.strip().splitlines())
    assert header[1:] == ROLES
    return {
        (item, role): cell == "Y"
        for item, *cells in rows
        for role, cell in zip(ROLES, cells, strict=True)
    }


EXPECTED = parse_matrix(MATRIX)


def witness(word: str) -> str:
    return f"{word} témoin"


def search_word(item) -> str:
    return item.title.split()[0]


def response_text(response) -> str:
    """The HTML and data of a chooser response (modal responses are JSON, whose
    escapes would hide accented titles)."""
    content = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        return json.dumps(json.loads(content), ensure_ascii=False)
    return content


class ChooserMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.community_a = CommunityPageFactory(title="Réseau A", is_private=True)
        cls.community_b = CommunityPageFactory(title="Réseau B")
        cls.users = role_users(cls.community_a, cls.community_b)
        catalogue = TrainingCataloguePageFactory(title="Catalogue")
        other_contributor = trainer()
        other_contributor.groups.add(cls.community_a.access.contributors)
        cls.pages = {
            "public-page": KitPageFactory(title=witness("Albatros")),
            "private-page": WorkshopContentPageFactory(
                parent=cls.community_a, title=witness("Bécasse")
            ),
            "draft-page": KitPageFactory(
                title=witness("Cormoran"), live=False, owner=cls.users["hub_editor"]
            ),
            "own-draft-module": TrainingModulePageFactory(
                parent=catalogue, title=witness("Dindon"), live=False, owner=cls.users["trainer"]
            ),
            "other-trainer-draft": TrainingModulePageFactory(
                parent=catalogue, title=witness("Eider"), live=False, owner=trainer()
            ),
            "contributor-draft": WorkshopContentPageFactory(
                parent=cls.community_a,
                title=witness("Faucon"),
                live=False,
                owner=cls.users["contributor_a"],
            ),
            "other-contributor-draft": WorkshopContentPageFactory(
                parent=cls.community_a, title=witness("Grèbe"), live=False, owner=other_contributor
            ),
        }
        training = Collection.objects.get(name=TRAINING_COLLECTION)
        private, public_space = (
            cls.community_a.access.collection,
            cls.community_b.access.collection,
        )
        cls.documents = {
            "training-document": DocumentFactory(title=witness("Héron"), collection=training),
            "private-document": DocumentFactory(title=witness("Ibis"), collection=private),
            "public-space-document": DocumentFactory(
                title=witness("Jaseur"), collection=public_space
            ),
        }
        cls.images = {
            "training-image": ImageFactory(title=witness("Kakatoe"), collection=training),
            "private-image": ImageFactory(title=witness("Loriot"), collection=private),
            "public-space-image": ImageFactory(title=witness("Martinet"), collection=public_space),
        }

    def as_role(self, role):
        self.client.logout()
        if self.users[role]:
            self.client.force_login(self.users[role])

    def shows(self, url, title, data=None) -> bool:
        """Whether the chooser at `url` answers with `title`; a refusal shows nothing."""
        response = self.client.post(url, data) if data else self.client.get(url)
        self.assertIn(response.status_code, (200, 302, 403, 404), url)
        return response.status_code == 200 and title in response_text(response)

    def page_endpoints(self, page):
        """Every page-chooser endpoint that can list or return `page`, by name."""
        parent = page.get_parent()
        page_type = f"{page._meta.app_label}.{page._meta.model_name}"
        endpoints = {
            "browse-parent": reverse("wagtailadmin_choose_page_child", args=[parent.pk]),
            "browse-parent-typed": reverse("wagtailadmin_choose_page_child", args=[parent.pk])
            + f"?page_type={page_type}",
            "browse-page": reverse("wagtailadmin_choose_page_child", args=[page.pk]),
            "browse-typed": reverse("wagtailadmin_choose_page") + f"?page_type={page_type}",
            "search": reverse("wagtailadmin_choose_page_search") + f"?q={search_word(page)}",
            "search-typed": reverse("wagtailadmin_choose_page_search")
            + f"?q={search_word(page)}&page_type={page_type}",
            "chosen-multiple": reverse("wagtailadmin_choose_page_chosen_multiple")
            + f"?id={page.pk}",
        }
        return {name: (url, None) for name, url in endpoints.items()}

    def link_conversion(self, page):
        """The external-link form, which turns the URL of a site page into a page link."""
        url = reverse("wagtailadmin_choose_page_external_link")
        return url, {
            "external-link-chooser-url": page.full_url,
            "external-link-chooser-link_text": "",
        }

    def media_endpoints(self, namespace, item):
        endpoints = {
            "choose": reverse(f"{namespace}:choose"),
            "results": reverse(f"{namespace}:choose_results") + f"?q={search_word(item)}",
            "chosen": reverse(f"{namespace}:chosen", args=[item.pk]),
            "chosen-multiple": reverse(f"{namespace}:chosen_multiple") + f"?id={item.pk}",
        }
        return {name: (url, None) for name, url in endpoints.items()}

    def assertMatrix(self, items, endpoints_of):
        for role in ROLES:
            self.as_role(role)
            for key, item in items.items():
                for name, (url, data) in endpoints_of(item).items():
                    with self.subTest(role=role, item=key, endpoint=name):
                        self.assertEqual(self.shows(url, item.title, data), EXPECTED[key, role])

    def test_page_choosers(self):
        self.assertMatrix(self.pages, self.page_endpoints)

    def test_the_link_form_converts_only_visible_pages(self):
        live = {key: page for key, page in self.pages.items() if page.live}
        self.assertMatrix(live, lambda page: {"external-link": self.link_conversion(page)})

    def test_document_choosers(self):
        self.assertMatrix(
            self.documents, lambda item: self.media_endpoints("wagtaildocs_chooser", item)
        )

    def test_image_choosers(self):
        self.assertMatrix(
            self.images, lambda item: self.media_endpoints("wagtailimages_chooser", item)
        )

    def test_the_choosers_refuse_users_without_admin_access(self):
        page = self.pages["public-page"]
        document, image = self.documents["training-document"], self.images["training-image"]
        endpoints = {
            **self.page_endpoints(page),
            "external-link": self.link_conversion(page),
            **self.media_endpoints("wagtaildocs_chooser", document),
            **self.media_endpoints("wagtailimages_chooser", image),
        }
        for role in ["anonymous", "mediator"]:
            self.as_role(role)
            for name, (url, data) in endpoints.items():
                with self.subTest(role=role, endpoint=name):
                    response = self.client.post(url, data) if data else self.client.get(url)
                    self.assertIn(response.status_code, (302, 403))
                    self.assertNotIn(page.title, response_text(response))


class OtherChooserTests(TestCase):
    """The snippet choosers offer public vocabularies and trainers; the workflow tasks
    (named after each community) and the search terms visitors typed are their
    editors' alone."""

    @classmethod
    def setUpTestData(cls):
        cls.community_a = CommunityPageFactory(title="Réseau Secret", is_private=True)
        cls.community_b = CommunityPageFactory(title="Réseau B")
        cls.users = role_users(cls.community_a, cls.community_b)
        cls.users["superuser"] = SuperuserFactory()
        TrainerFactory(name="Formatrice Zélie")
        Query.get("adresse de madame dupont").add_hit()

    def assertRefused(self, response):
        """Wagtail's admin answers a refusal with a redirect and a message (or a 403)."""
        self.assertIn(response.status_code, (302, 403))

    def get_as(self, role, url):
        self.client.force_login(self.users[role])
        return self.client.get(url)

    def test_snippet_choosers_offer_trainers_and_vocabularies_to_every_admin_user(self):
        for role in [*ROLES, "superuser"]:
            with self.subTest(role=role):
                trainers = self.get_as(
                    role, reverse("wagtailsnippetchoosers_catalogue_trainer:choose")
                )
                self.assertIn("Formatrice Zélie", response_text(trainers))
                competencies = reverse("wagtailsnippetchoosers_taxonomy_competency:choose")
                self.assertIn("CRCN-1.1", response_text(self.get_as(role, competencies)))

    def test_a_snippet_chooser_without_creation_form_creates_nothing(self):
        self.client.force_login(self.users["hub_editor"])
        url = reverse("wagtailsnippetchoosers_catalogue_trainer:create")
        response = self.client.post(url, {"name": "Nouvelle formatrice"})
        self.assertEqual(response.status_code, 404)

    def test_the_task_chooser_is_the_workflow_editors(self):
        url = reverse("wagtailadmin_workflows:task_chooser")
        for role in ROLES:
            with self.subTest(role=role):
                response = self.get_as(role, url)
                self.assertRefused(response)
                self.assertNotIn("Réseau Secret", response_text(response))
        self.assertIn("Réseau Secret", response_text(self.get_as("superuser", url)))

    def test_the_search_terms_chooser_is_the_search_promotion_editors(self):
        url = reverse("wagtailsearchpromotions:chooser")
        for role in ["trainer", "contributor_a", "admin_a", "contributor_b"]:
            with self.subTest(role=role):
                response = self.get_as(role, url)
                self.assertRefused(response)
                self.assertNotIn("madame dupont", response_text(response))
        self.assertIn("madame dupont", response_text(self.get_as("hub_editor", url)))


class PageTypesReportTests(TestCase):
    """The page types report names each type's last edited page: one the user may see."""

    @classmethod
    def setUpTestData(cls):
        community_a = CommunityPageFactory(title="Réseau A", is_private=True)
        cls.users = role_users(community_a, CommunityPageFactory(title="Réseau B"))
        cls.private = WorkshopContentPageFactory(parent=community_a, title=witness("Bécasse"))
        cls.draft = KitPageFactory(title=witness("Cormoran"), live=False)

    def test_the_report_names_no_private_page_nor_draft_to_outsiders(self):
        url = reverse("wagtailadmin_reports:page_types_usage")
        for role in ["contributor_b", "admin_a", "hub_editor"]:
            self.client.force_login(self.users[role])
            content = self.client.get(url).content.decode()
            with self.subTest(role=role):
                self.assertEqual(self.private.title in content, role != "contributor_b")
                self.assertEqual(self.draft.title in content, role == "hub_editor")
