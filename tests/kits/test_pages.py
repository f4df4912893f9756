from html import unescape

import pytest

from kits.models import KitPage, ResourcePage, WorkshopContentPage

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


def test_kit_page_shows_steps_and_tools_with_format_and_size(client):
    kit = KitPage.objects.first()
    html = unescape(client.get(kit.url).content.decode())
    for step in kit.steps.all():
        assert step.title in html
    for tool in kit.tools.select_related("document"):
        assert tool.document.url in html
        assert str(tool.document.format_label) in html


def test_workshop_content_page_renders_its_body_blocks(client):
    content = next(
        page
        for page in WorkshopContentPage.objects.all()
        if {block.block_type for block in page.body} >= {"heading", "file", "link"}
    )
    html = unescape(client.get(content.url).content.decode())
    for block in content.body:
        if block.block_type == "file":
            assert block.value["document"].url in html
        if block.block_type == "link":
            assert block.value["url"] in html
    assert content.get_level_display() in html


def test_resource_page_shows_its_identity_card(client):
    resource = ResourcePage.objects.exclude(website="").first()
    html = unescape(client.get(resource.url).content.decode())
    assert resource.get_kind_display() in html
    assert resource.website in html
    assert resource.provider in html


def test_classification_links_lead_to_the_filtered_search(client):
    content = WorkshopContentPage.objects.filter(tags__isnull=False).first()
    html = unescape(client.get(content.url).content.decode())
    tag = content.tags.first()
    assert f"/recherche/?etiquette={tag.slug}" in html
    listing = client.get("/recherche/", {"etiquette": tag.slug, "q": content.title})
    assert listing.status_code == 200
    assert content.pk in [page.pk for page in listing.context["results"].object_list]
