"""The demo loader builds the hub's site from its report, and is idempotent."""

import zipfile

import pytest
from django.core.management import call_command
from wagtail.models import Page

from catalogue.models import TrainingCataloguePage, TrainingModulePage, TrainingSession
from communities.models import CommunityPage
from demo.loader import DemoLoader
from documents.models import CustomDocument
from home.models import HomePage
from images.models import CustomImage
from kits.models import KitPage, ResourcePage, WorkshopContentPage
from tests.demo import landmarks

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


def site_snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", flat=True)),
        "documents": CustomDocument.objects.count(),
        "images": CustomImage.objects.count(),
        "sessions": TrainingSession.objects.count(),
    }


def test_loading_twice_gives_the_same_site():
    before = site_snapshot()

    assert DemoLoader(log=lambda *args: None).load() == 0
    call_command("load_demo", verbosity=0)

    assert site_snapshot() == before


def test_loading_recreates_a_deleted_page_and_only_it():
    kit = KitPage.objects.get(slug=landmarks.APTIC_KIT_SLUG)
    kit_count = KitPage.objects.count()
    kit.delete()

    assert DemoLoader(log=lambda *args: None).load() == 1
    assert KitPage.objects.count() == kit_count
    assert KitPage.objects.get(slug=landmarks.APTIC_KIT_SLUG).tools.exists()


def test_two_catalogues_with_13_and_17_modules():
    catalogues = TrainingCataloguePage.objects.order_by("path")
    assert [catalogue.title for catalogue in catalogues] == landmarks.CATALOGUE_TITLES
    counts = [TrainingModulePage.objects.child_of(catalogue).count() for catalogue in catalogues]
    assert counts == landmarks.CATALOGUE_MODULE_COUNTS


def test_every_module_carries_its_qualiopi_information_and_sessions():
    for module in TrainingModulePage.objects.all():
        assert module.objectives and module.prerequisites and module.target_audience
        assert module.duration_hours > 0
        assert module.assessment_methods and module.teaching_methods
        assert module.price and module.access_terms and module.contact
        assert module.competencies.exists(), module.title
        assert module.sessions.exists(), module.title


def test_each_module_closes_registration_at_the_delay_its_access_terms_state():
    stated = {}
    for module in TrainingModulePage.objects.all():
        days = module.access_terms.split("jusqu'à ")[1].split(" jours")[0]
        assert module.registration_delay_days == int(days), module.title
        stated[module.registration_delay_days] = module.title
    # Not the field's default everywhere: the catalogues state several delays.
    assert len(stated) > 1


def test_the_four_kits_of_the_report_with_downloadable_tools():
    assert sorted(KitPage.objects.values_list("title", flat=True)) == sorted(landmarks.KIT_TITLES)
    for kit in KitPage.objects.all():
        extensions = {tool.document.extension for tool in kit.tools.all()}
        assert extensions & {"odt", "docx"}, f"{kit.title} has no editable tool"


def test_generated_files_are_real_files_of_their_format():
    for document in CustomDocument.objects.all():
        with document.file.open("rb") as handle:
            content = handle.read()
        if document.extension == "pdf":
            assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
        else:
            with zipfile.ZipFile(document.file.path) as archive:
                names = archive.namelist()
            expected = "content.xml" if document.extension == "odt" else "word/document.xml"
            assert expected in names
        assert document.file_size == len(content)


def test_at_least_20_workshop_contents_8_resources_and_4_communities():
    assert WorkshopContentPage.objects.live().count() >= landmarks.MIN_WORKSHOP_CONTENTS
    assert ResourcePage.objects.live().count() >= landmarks.MIN_RESOURCES
    assert CommunityPage.objects.live().count() >= landmarks.MIN_COMMUNITIES


def test_communities_have_contributions_under_their_page():
    for community in CommunityPage.objects.all():
        assert community.get_children().exists(), community.title
    slugs = set(CommunityPage.objects.values_list("slug", flat=True))
    assert {
        landmarks.SICOVAL_SLUG,
        landmarks.CONCERTATION_31400_SLUG,
        landmarks.PRIVATE_SPACE_SLUG,
    } <= slugs
    assert CommunityPage.objects.get(slug=landmarks.PRIVATE_SPACE_SLUG).is_private


def test_home_page_presents_the_hub():
    home = HomePage.objects.get()
    assert home.missions.count() == landmarks.HOME_MISSION_COUNT
    assert home.key_figures.filter(value=landmarks.HOME_KEY_FIGURE).exists()
    assert home.featured_pages.exists()


def test_images_have_credit_and_alternative_text():
    assert CustomImage.objects.exists()
    for image in CustomImage.objects.all():
        assert image.credit and image.description
