"""Structured data (schema.org JSON-LD) of every page type, read back as a crawler reads it.

Each node is checked against the schema.org vocabulary — tests/syndication/schemaorg.json,
the properties of each type the site writes and their ranges, extracted from schema.org's
release file by scripts/schemaorg_subset.py — and against what Google's rich results ask
of its type (Course, Event, BreadcrumbList, Organization).
"""

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import module_data
from tests.factories import catalogue, communities, kits
from tests.factories.home import StandardPageFactory
from tests.factories.pages import PAGE_TYPES, every_page_type

pytestmark = pytest.mark.django_db

VOCABULARY = json.loads((Path(__file__).parent / "schemaorg.json").read_text())["types"]
# Ranges a JSON string or number may take (schema.org's data types, and the enumerations
# written as their member's URL).
DATA_TYPES = {"Text", "URL", "Date", "DateTime", "Time", "Number", "Integer", "Boolean"}
ENUMERATIONS = {"EventStatusType", "EventAttendanceModeEnumeration", "DayOfWeek"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$")
ISO_DURATION = re.compile(r"^PT(\d+H)?(\d+M)?$")
ADDRESS_PROPERTIES = {"url", "@id", "item", "image", "logo", "sameAs", "license", "isBasedOn"}


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


def is_a(type_name: str, expected: str) -> bool:
    return type_name == expected or expected in VOCABULARY[type_name]["superclasses"]


def check_scalar(where: str, name: str, value, ranges: list[str]) -> None:
    if isinstance(value, bool):
        assert "Boolean" in ranges, f"{where}.{name}: a boolean where {ranges} is expected"
        return
    if isinstance(value, int | float):
        assert {"Number", "Integer", "Text"} & set(ranges), f"{where}.{name}: {ranges}"
        return
    assert isinstance(value, str) and value.strip(), f"{where}.{name}: empty or not a string"
    if set(ranges) & ENUMERATIONS and value.startswith("https://schema.org/"):
        return
    if not set(ranges) & (DATA_TYPES | {"Duration"}):
        # Where an entity is expected, its address names it (Google's ListItem.item).
        assert value.startswith(("http://", "https://")), (
            f"{where}.{name}: text where {ranges} is expected"
        )
    if "Duration" in ranges:
        assert ISO_DURATION.match(value), f"{where}.{name}: {value} is no ISO 8601 duration"
    if set(ranges) <= {"Date", "DateTime"} or ranges == ["DateTime"]:
        assert ISO_DATE.match(value) or ISO_DATETIME.match(value), f"{where}.{name}: {value}"
        if "T" in value:
            assert ISO_DATETIME.match(value), f"{where}.{name}: {value} has no offset"
    if name in ADDRESS_PROPERTIES:
        assert value.startswith(("http://", "https://")), f"{where}.{name}: {value} relative"


def check_node(node: dict, where: str = "") -> None:
    """The node's type exists, each of its properties is one of that type's, and each
    value is of a type of the property's range (recursively)."""
    if set(node) == {"@id"}:  # a reference to a node described elsewhere
        check_scalar(where, "@id", node["@id"], ["URL"])
        return
    type_name = node["@type"]
    assert type_name in VOCABULARY, f"{where}: unknown type {type_name}"
    where = f"{where}/{type_name}"
    properties = VOCABULARY[type_name]["properties"]
    for name, value in node.items():
        if name in ("@type", "@context"):
            continue
        if name == "@id":
            check_scalar(where, name, value, ["URL"])
            continue
        assert name in properties, f"{where}: schema.org's {type_name} has no {name}"
        ranges = properties[name]
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                if "@type" in item:
                    assert any(is_a(item["@type"], expected) for expected in ranges), (
                        f"{where}.{name}: a {item['@type']} where {ranges} is expected"
                    )
                check_node(item, f"{where}.{name}")
            else:
                check_scalar(where, name, item, ranges)


def check_google_course(node: dict) -> None:
    """Google's course info: name, description, provider, offers with a category, at least
    one instance with its mode and a schedule or workload."""
    for required in ("name", "description", "provider", "offers", "hasCourseInstance"):
        assert node.get(required), f"Course: {required} missing"
    assert node["provider"]["name"]
    assert node["offers"]["category"] in ("Free", "Partially Free", "Subscription", "Paid")
    for instance in node["hasCourseInstance"]:
        assert instance["courseMode"] in ("online", "onsite", "blended")
        assert instance.get("courseWorkload") or instance.get("startDate")


def check_breadcrumb(node: dict) -> None:
    items = node["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    for item in items:
        assert item["name"] and item["item"].startswith("http")


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    """A live page of each of the 15 page types, built once for the module."""
    with module_data(django_db_blocker):
        yield {page_type: page.specific for page_type, page in every_page_type().items()}


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda page_type: page_type.__name__)
def test_every_page_types_json_ld_is_valid_schema_org(client, pages, page_type):
    page = pages[page_type]

    nodes = json_ld(client, page.url)

    assert nodes, page_type
    for node in nodes:
        check_node(node)
    main = nodes[0]
    assert main["url"] == page.get_full_url()
    assert main.get("name") or page_type.__name__ == "HomePage"
    breadcrumbs = nodes_of_type(nodes, "BreadcrumbList")
    if page.depth > 2:
        (breadcrumb,) = breadcrumbs
        check_breadcrumb(breadcrumb)
        trail = [page.title for page in page.get_ancestors().filter(depth__gt=1)] + [page.title]
        assert [item["name"] for item in breadcrumb["itemListElement"]] == trail
    else:
        assert breadcrumbs == []


def test_a_title_cannot_close_the_script(client):
    content = kits.WorkshopContentPageFactory(
        title="Atelier </script><script>alert(1)</script> & <!-- fin"
    )

    html = client.get(content.url).content.decode()
    script = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]

    assert "<" not in script and ">" not in script and "&" not in script
    node = nodes_of_type(json_ld(client, content.url), "LearningResource")[0]
    assert node["name"] == "Atelier </script><script>alert(1)</script> & <!-- fin"


def test_a_page_without_a_builder_is_a_web_page_with_its_breadcrumb(client):
    page = StandardPageFactory(title="Mentions légales")

    nodes = json_ld(client, page.url)

    (web_page,) = nodes_of_type(nodes, "WebPage")
    assert web_page["name"] == "Mentions légales"
    assert web_page["url"] == page.get_full_url()
    (breadcrumb,) = nodes_of_type(nodes, "BreadcrumbList")
    assert [item["name"] for item in breadcrumb["itemListElement"]][-1] == "Mentions légales"
