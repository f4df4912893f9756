"""Each page type can be created where it belongs, and nowhere else."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from agenda.models import EventIndexPage, EventPage
from catalogue.models import TrainingCataloguePage, TrainingIndexPage, TrainingModulePage
from communities.models import CommunityIndexPage, CommunityPage
from home.models import HomePage, SelectionIndexPage, SelectionPage, StandardPage
from kits.models import (
    ContentIndexPage,
    KitIndexPage,
    KitPage,
    ResourceIndexPage,
    ResourcePage,
    WorkshopContentPage,
)
from tests.factories.home import home, sections
from tests.factories.pages import PAGE_TYPES

ALL_PAGE_TYPES = {Page, *PAGE_TYPES}

# child type -> the only parent types it may be created under
ALLOWED_PARENTS = {
    HomePage: {Page},
    StandardPage: {HomePage, StandardPage},
    TrainingIndexPage: {HomePage},
    TrainingCataloguePage: {TrainingIndexPage},
    TrainingModulePage: {TrainingCataloguePage},
    KitIndexPage: {HomePage},
    KitPage: {KitIndexPage},
    ContentIndexPage: {HomePage},
    WorkshopContentPage: {ContentIndexPage, CommunityPage},
    ResourceIndexPage: {HomePage},
    ResourcePage: {ResourceIndexPage, CommunityPage},
    CommunityIndexPage: {HomePage},
    CommunityPage: {CommunityIndexPage},
    SelectionIndexPage: {HomePage},
    SelectionPage: {SelectionIndexPage},
    EventIndexPage: {HomePage},
    EventPage: {EventIndexPage},
}


class PageRulesTests(WagtailPageTestCase):
    def test_each_page_type_is_allowed_under_its_parents(self):
        for child, parents in ALLOWED_PARENTS.items():
            for parent in parents:
                with self.subTest(child=child.__name__, parent=parent.__name__):
                    self.assertCanCreateAt(parent, child)

    def test_each_page_type_is_refused_everywhere_else(self):
        for child, parents in ALLOWED_PARENTS.items():
            for parent in ALL_PAGE_TYPES - parents:
                with self.subTest(child=child.__name__, parent=parent.__name__):
                    self.assertCanNotCreateAt(parent, child)

    def test_content_pages_are_leaves(self):
        for model in (TrainingModulePage, KitPage, WorkshopContentPage, ResourcePage, EventPage):
            with self.subTest(model=model.__name__):
                self.assertAllowedSubpageTypes(model, set())

    def test_community_spaces_accept_workshop_contents_and_resources(self):
        self.assertAllowedSubpageTypes(CommunityPage, {WorkshopContentPage, ResourcePage})

    def test_sections_exist_once(self):
        models = (
            TrainingIndexPage,
            KitIndexPage,
            ContentIndexPage,
            ResourceIndexPage,
            CommunityIndexPage,
            SelectionIndexPage,
        )
        for model in models:
            self.assertTrue(model.can_create_at(home()), model.__name__)
        sections()
        for model in models:
            with self.subTest(model=model.__name__):
                self.assertFalse(model.can_create_at(home()))
