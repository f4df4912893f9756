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
    kit = KitPage.objects.get(slug="devenir-structure-qualifiee-aptic")
    kit_count = KitPage.objects.count()
    kit.delete()

    assert DemoLoader(log=lambda *args: None).load() == 1
    assert KitPage.objects.count() == kit_count
    assert KitPage.objects.get(slug="devenir-structure-qualifiee-aptic").tools.exists()


def test_two_catalogues_with_13_and_17_modules():
    catalogues = TrainingCataloguePage.objects.order_by("path")
    assert [catalogue.title for catalogue in catalogues] == [
        "Intégrer l'utilisation d'outils numériques dans l'accompagnement social",
        "Adopter une posture sociale dans l'accompagnement numérique",
    ]
    counts = [TrainingModulePage.objects.child_of(catalogue).count() for catalogue in catalogues]
    assert counts == [13, 17]


def test_every_module_carries_its_qualiopi_information_and_sessions():
    for module in TrainingModulePage.objects.all():
        assert module.objectives and module.prerequisites and module.target_audience
        assert module.duration_hours > 0
        assert module.assessment_methods and module.teaching_methods
        assert module.price and module.access_terms and module.contact
        assert module.competencies.exists(), module.title
        assert module.sessions.exists(), module.title


def test_the_four_kits_of_the_report_with_downloadable_tools():
    assert sorted(KitPage.objects.values_list("title", flat=True)) == sorted(
        [
            "Devenir structure qualifiée APTIC",
            "Penser le dispositif APTIC sur son territoire",
            "Travailler la question de l'inclusion numérique "
            "avec les partenaires de son territoire",
            "Exposer la méthodologie d'une dynamique de réseau sur son territoire",
        ]
    )
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
    assert WorkshopContentPage.objects.live().count() >= 20
    assert ResourcePage.objects.live().count() >= 8
    assert CommunityPage.objects.live().count() >= 4


def test_communities_have_contributions_under_their_page():
    for community in CommunityPage.objects.all():
        assert community.get_children().exists(), community.title
    titles = set(CommunityPage.objects.values_list("title", flat=True))
    assert any("Sicoval" in title for title in titles)
    assert any("31400" in title for title in titles)


def test_home_page_presents_the_hub():
    home = HomePage.objects.get()
    assert home.missions.count() == 6
    assert home.key_figures.filter(value="474").exists()
    assert home.featured_pages.exists()


def test_images_have_credit_and_alternative_text():
    assert CustomImage.objects.exists()
    for image in CustomImage.objects.all():
        assert image.credit and image.description
