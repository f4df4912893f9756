"""Structured data (schema.org JSON-LD) of every page type, read back as a crawler reads it.

Each node is checked against the schema.org vocabulary (tests/syndication/schemaorg.json,
the properties of each type used here, extracted from schema.org's release file by
scripts/schemaorg-subset) and against what Google's rich results ask of its type.
"""

import json

import pytest
from bs4 import BeautifulSoup

from tests.factories import kits
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def json_ld(client, url) -> list[dict]:
    """The nodes of the page's JSON-LD scripts."""
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content, "html.parser")
    nodes = []
    for tag in soup.find_all("script", type="application/ld+json"):
        document = json.loads(tag.string)
        assert document["@context"] == "https://schema.org"
        nodes += document.get("@graph", [document])
    return nodes


def nodes_of_type(nodes, type_name) -> list[dict]:
    return [node for node in nodes if node.get("@type") == type_name]


def test_a_title_cannot_close_the_script(client):
    content = kits.WorkshopContentPageFactory(
        title="Atelier </script><script>alert(1)</script> & <!-- fin"
    )

    html = client.get(content.url).content.decode()
    script = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]

    assert "<" not in script and ">" not in script and "&" not in script
    node = json_ld(client, content.url)[0]
    assert node["name"] == "Atelier </script><script>alert(1)</script> & <!-- fin"


def test_a_page_without_a_builder_is_a_web_page_with_its_breadcrumb(client):
    page = StandardPageFactory(title="Mentions légales")

    nodes = json_ld(client, page.url)

    (web_page,) = nodes_of_type(nodes, "WebPage")
    assert web_page["name"] == "Mentions légales"
    assert web_page["url"] == page.get_full_url()
    (breadcrumb,) = nodes_of_type(nodes, "BreadcrumbList")
    assert [item["name"] for item in breadcrumb["itemListElement"]][-1] == "Mentions légales"
