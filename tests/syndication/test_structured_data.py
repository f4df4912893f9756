"""Structured data (schema.org JSON-LD) of every page type, read back as a crawler reads it.

Each node is checked against the schema.org vocabulary — tests/syndication/schemaorg.json,
the properties of each type the site writes and their ranges, extracted from schema.org's
release file by scripts/schemaorg_subset.py — and against what Google's rich results ask
of its type (Course, Event, BreadcrumbList, Organization).
"""

import datetime
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction

from syndication.templatetags import syndication_tags
from taxonomy.models import Licence, Public, SupportType
from tests.conftest import module_data
from tests.factories import catalogue, communities, events, kits
from tests.factories.accounts import community_member
from tests.factories.home import StandardPageFactory, home, site_settings
from tests.factories.images import ImageFactory
from tests.factories.pages import PAGE_TYPES, every_page_type
from tests.factories.places import PlaceFactory
from tests.factories.taxonomy import competency

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


def count_queries(client, url) -> int:
    client.get(url)  # per-process caches and renditions filled
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def module_with(count: int):
    places = [PlaceFactory(nom=f"Médiathèque {n}") for n in range(count)]
    return catalogue.TrainingModulePageFactory(
        sessions=[catalogue.session(10 + n, place=place) for n, place in enumerate(places)],
        trainers=[catalogue.TrainerFactory() for _ in range(count)],
        competencies=[competency(f"CRCN-1.{n + 1}") for n in range(count)],
        publics=list(Public.objects.all()[:count]),
        tags=[f"etiquette-{n}" for n in range(count)],
    )


def test_a_modules_json_ld_asks_no_query_per_session_trainer_or_competency(client):
    few, many = module_with(1), module_with(3)

    assert count_queries(client, few.url) == count_queries(client, many.url)
    assert len(nodes_of_type(json_ld(client, many.url), "Course")[0]["hasCourseInstance"]) == 3


def test_a_contents_json_ld_asks_no_query_per_term(client):
    few = kits.WorkshopContentPageFactory(
        competencies=[competency("CRCN-1.1")], publics=list(Public.objects.all()[:1])
    )
    many = kits.WorkshopContentPageFactory(
        competencies=[competency(code) for code in ("CRCN-1.1", "CRCN-2.1", "CRCN-4.1")],
        publics=list(Public.objects.all()[:3]),
    )

    assert count_queries(client, few.url) == count_queries(client, many.url)


def test_the_json_ld_costs_a_content_page_at_most_two_queries(client, monkeypatch):
    content = kits.WorkshopContentPageFactory(
        competencies=[competency("CRCN-1.1")], publics=list(Public.objects.all()[:2])
    )
    with_json_ld = count_queries(client, content.url)
    monkeypatch.setattr(syndication_tags, "graph", lambda *args: [])

    without = count_queries(client, content.url)

    # The competencies' domains (one query for all); the page's template then reads its
    # competencies and publics from what the JSON-LD loaded.
    assert with_json_ld - without <= 2


def test_a_module_is_a_course_as_google_reads_it(client):
    place = PlaceFactory(nom="Médiathèque José Cabanis", commune="Toulouse", code_postal="31000")
    module = catalogue.TrainingModulePageFactory(
        title="Accompagner les démarches en ligne",
        duration_hours=Decimal("3.5"),
        modality="blended",
        price="1 200,50 € TTC par stagiaire",
        certificate=True,
        sessions=[
            catalogue.session(10, place=place, location="Médiathèque José Cabanis, Toulouse"),
            catalogue.session(20, location="", is_online=True),
            catalogue.session(30, location="Albi", is_cancelled=True),
        ],
        trainers=[catalogue.TrainerFactory(name="Léa Martin", organisation="Coll.in")],
        competencies=[competency("CRCN-4.2")],
    )

    nodes = json_ld(client, module.url)

    (course,) = nodes_of_type(nodes, "Course")
    check_google_course(course)
    assert course["name"] == "Accompagner les démarches en ligne"
    assert course["provider"]["name"] == "RhinOcc"
    assert course["timeRequired"] == "PT3H30M"
    assert course["inLanguage"] == "fr"
    assert course["educationalCredentialAwarded"] == "Attestation de fin de formation"
    assert course["offers"] | {"url": None} == {
        "@type": "Offer",
        "url": None,
        "category": "Paid",
        "price": "1200.5",
        "priceCurrency": "EUR",
        "description": "1 200,50 € TTC par stagiaire",
    }
    assert [term["termCode"] for term in course["teaches"]] == ["4.2"]
    in_place, online, cancelled = course["hasCourseInstance"]
    assert in_place["courseMode"] == "blended"  # held in a place, of a blended module
    assert in_place["location"]["@type"] == "Place"
    assert in_place["location"]["name"] == "Médiathèque José Cabanis"
    assert in_place["location"]["address"]["postalCode"] == "31000"
    assert (
        in_place["startDate"] == module.sessions.order_by("start_date")[0].start_date.isoformat()
    )
    assert in_place["instructor"] == [
        {
            "@type": "Person",
            "name": "Léa Martin",
            "worksFor": {"@type": "Organization", "name": "Coll.in"},
        }
    ]
    assert online["courseMode"] == "online"
    assert online["location"] == {"@type": "VirtualLocation", "url": module.get_full_url()}
    assert cancelled["eventStatus"] == "https://schema.org/EventCancelled"


def test_a_module_without_sessions_still_says_how_it_is_taught(client):
    module = catalogue.TrainingModulePageFactory(
        sessions=[], modality="remote", price="Gratuit", certificate=False, duration_hours=2
    )

    (course,) = nodes_of_type(json_ld(client, module.url), "Course")

    check_google_course(course)
    assert course["hasCourseInstance"] == [
        {"@type": "CourseInstance", "courseMode": "online", "courseWorkload": "PT2H"}
    ]
    assert course["offers"]["price"] == "0"
    assert course["offers"]["category"] == "Free"
    assert course["isAccessibleForFree"] is True
    assert "educationalCredentialAwarded" not in course


@pytest.mark.parametrize(
    ("typed", "price", "description"),
    [
        ("350 €", "350", None),
        ("350 euros net de taxe", "350", "350 euros net de taxe"),
        ("1\u00a0200 € par personne", "1200", "1\u00a0200 € par personne"),
        ("Nous consulter", None, "Nous consulter"),
        ("0 €", "0", None),
    ],
)
def test_a_price_is_a_number_when_one_is_typed_else_a_description(typed, price, description):
    from syndication.structured_data import StructuredData

    offer = StructuredData.offer(typed, "https://example.org/")

    assert offer.get("price") == price
    assert offer.get("priceCurrency") == ("EUR" if price else None)
    assert offer.get("description") == (description and " ".join(description.split()))
    assert offer["category"] == ("Free" if price == "0" else "Paid")


def test_a_workshop_content_is_a_learning_resource_of_the_crcn(client):
    content = kits.WorkshopContentPageFactory(
        title="Créer son adresse électronique",
        level="intermediate",
        duration_minutes=90,
        session_count=2,
        competencies=[competency("CRCN-2.1"), competency("CRCN-4.1")],
        publics=[Public.objects.get(slug="seniors")],
        licence=Licence.objects.get(slug="cc-by-sa-4-0"),
        support_type=SupportType.objects.get(slug="fiche-pratique"),
    )
    kits.WorkshopContentPage.objects.filter(pk=content.pk).update(
        content_updated_at="2025-03-04T10:00:00+00:00"
    )

    (node,) = nodes_of_type(json_ld(client, content.url), "LearningResource")

    assert node["name"] == "Créer son adresse électronique"
    assert [(term["termCode"], term["name"]) for term in node["teaches"]] == [
        ("2.1", competency("CRCN-2.1").label),
        ("4.1", competency("CRCN-4.1").label),
    ]
    term_set = node["teaches"][0]["inDefinedTermSet"]
    assert term_set["@type"] == "DefinedTermSet"
    assert term_set["url"] == "http://localhost/competences/"
    assert node["audience"] == [{"@type": "PeopleAudience", "name": "Seniors"}]
    assert node["license"] == Licence.objects.get(slug="cc-by-sa-4-0").url
    assert node["learningResourceType"] == "Fiche pratique"
    assert node["educationalLevel"] == "Intermédiaire"
    assert node["timeRequired"] == "PT3H"
    assert node["dateModified"] == "2025-03-04T11:00:00+01:00"
    assert node["isAccessibleForFree"] is True
    assert node["inLanguage"] == "fr"


def test_a_kit_lists_its_steps_and_a_resource_its_provider(client):
    kit = kits.KitPageFactory(steps=kits.steps("Préparer", "Animer"))
    resource = kits.ResourcePageFactory(provider="Caf de la Haute-Garonne", kind="public_service")

    (kit_node,) = nodes_of_type(json_ld(client, kit.url), "LearningResource")
    (resource_node,) = nodes_of_type(json_ld(client, resource.url), "LearningResource")

    assert [step["name"] for step in kit_node["hasPart"]["step"]] == ["Préparer", "Animer"]
    assert kit_node["learningResourceType"] == "kit"
    assert resource_node["provider"] == {
        "@type": "Organization",
        "name": "Caf de la Haute-Garonne",
    }
    assert resource_node["learningResourceType"] == "Service public"


def test_the_referential_page_is_the_crcns_defined_term_set(client):
    nodes = json_ld(client, "/competences/")

    for node in nodes:
        check_node(node)
    (term_set,) = nodes_of_type(nodes, "DefinedTermSet")
    assert term_set["@id"] == "http://localhost/competences/#crcn"
    assert term_set["name"] == "CRCN (Pix)"
    codes = [term["termCode"] for term in term_set["hasDefinedTerm"]]
    assert codes[:3] == ["1.1", "1.2", "1.3"] and len(codes) == 16
    assert term_set["hasDefinedTerm"][0]["url"] == "http://localhost/competences/CRCN-1.1/"
    (breadcrumb,) = nodes_of_type(nodes, "BreadcrumbList")
    check_breadcrumb(breadcrumb)


def test_a_competencys_page_is_its_defined_term(client):
    nodes = json_ld(client, "/competences/CRCN-3.4/")

    for node in nodes:
        check_node(node)
    (term,) = nodes_of_type(nodes, "DefinedTerm")
    assert term["termCode"] == "3.4"
    assert term["inDefinedTermSet"]["@id"] == "http://localhost/competences/#crcn"
    (breadcrumb,) = nodes_of_type(nodes, "BreadcrumbList")
    assert [item["name"] for item in breadcrumb["itemListElement"]] == [
        "Accueil",
        "Compétences numériques",
        "CRCN-3.4",
    ]


def test_the_home_page_describes_the_hub(client):
    site_settings(contact_email="contact@rhinocc.example")
    page = home()

    nodes = json_ld(client, page.url)

    (organisation,) = nodes_of_type(nodes, "Organization")
    assert organisation["name"] == "RhinOcc"
    assert organisation["url"] == "http://localhost/"
    assert organisation["logo"] == "http://localhost/static/syndication/logo-rhinocc.png"
    assert organisation["email"] == "contact@rhinocc.example"
    assert organisation["sameAs"] == ["https://rhinocc.fr/"]
    assert organisation["areaServed"]["name"] == "Occitanie"
    (website,) = nodes_of_type(nodes, "WebSite")
    assert website["publisher"] == {"@id": organisation["@id"]}


def test_a_private_space_and_its_contents_write_no_json_ld_even_for_members(client):
    space = communities.CommunityPageFactory(title="Espace privé", is_private=True)
    content = kits.WorkshopContentPageFactory(parent=space, title="Atelier de l'espace")
    client.force_login(community_member(space))

    for page in (space, content):
        response = client.get(page.url)
        assert response.status_code == 200
        assert b"application/ld+json" not in response.content


def test_a_public_pages_breadcrumb_names_only_public_pages(client):
    space = communities.CommunityPageFactory(title="Espace public des médiateurs")
    content = kits.WorkshopContentPageFactory(parent=space, title="Atelier partagé")

    (breadcrumb,) = nodes_of_type(json_ld(client, content.url), "BreadcrumbList")

    names = [item["name"] for item in breadcrumb["itemListElement"]]
    assert names[-2:] == ["Espace public des médiateurs", "Atelier partagé"]


def test_an_image_of_a_private_collection_is_never_in_the_json_ld(client):
    private = Collection.get_first_root_node().add_child(name="Collection privée")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    content = kits.WorkshopContentPageFactory(image=ImageFactory(collection=private))

    (node,) = nodes_of_type(json_ld(client, content.url), "LearningResource")

    assert "image" not in node


@pytest.mark.parametrize(
    ("hours", "minutes", "duration"),
    [(Decimal("3.5"), None, "PT3H30M"), (7, None, "PT7H"), (None, 45, "PT45M"), (None, 0, None)],
)
def test_durations_are_iso_8601(hours, minutes, duration):
    from syndication.structured_data import StructuredData

    assert StructuredData.duration(hours=hours, minutes=minutes) == duration


def check_google_event(node: dict) -> None:
    """Google's event results: name, startDate with its offset, a location; the status,
    attendance mode, end, description, organiser and image they recommend."""
    for required in ("name", "startDate", "location", "endDate", "eventStatus", "organizer"):
        assert node.get(required), f"Event: {required} missing"
    assert ISO_DATETIME.match(node["startDate"]) and ISO_DATETIME.match(node["endDate"])
    assert node["eventAttendanceMode"].startswith("https://schema.org/")


def test_an_event_at_a_place_of_the_map_is_an_offline_event_there(client):
    place = PlaceFactory(nom="La Mêlée", commune="Toulouse", code_postal="31000")
    page = events.EventPageFactory(
        title="Numérique en Commun[s] Occitanie",
        start=datetime.datetime(2027, 3, 4, 9, 30, tzinfo=datetime.UTC),
        end=datetime.datetime(2027, 3, 4, 17, 0, tzinfo=datetime.UTC),
        place=place,
        location="",
        organiser="La Mêlée",
        registration_url="https://inscriptions.example.org/nec",
        competencies=[competency("CRCN-2.3")],
    )

    nodes = json_ld(client, page.url)

    for node in nodes:
        check_node(node)
    (event,) = nodes_of_type(nodes, "Event")
    check_google_event(event)
    assert event["startDate"] == "2027-03-04T10:30:00+01:00"  # Paris time, with its offset
    assert event["endDate"] == "2027-03-04T18:00:00+01:00"
    assert event["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert event["location"]["@id"] == f"http://localhost/lieux/{place.slug}/"
    assert event["location"]["address"]["addressLocality"] == "Toulouse"
    assert event["organizer"] == {"@type": "Organization", "name": "La Mêlée"}
    assert event["offers"] == {"@type": "Offer", "url": "https://inscriptions.example.org/nec"}
    assert event["about"][0]["termCode"] == "2.3"
    assert event["url"] == page.get_full_url()


def test_a_webinar_is_online_and_a_past_one_keeps_its_replay_not_its_link(client):
    upcoming = events.EventPageFactory(
        location="", is_online=True, online_url="https://visio.example.org/atelier"
    )
    past = events.EventPageFactory(
        start=events.in_days(-30),
        location="Albi",
        is_online=True,
        online_url="https://visio.example.org/ancien",
        replay_url="https://videos.example.org/replay",
    )

    (webinar,) = nodes_of_type(json_ld(client, upcoming.url), "Event")
    (over,) = nodes_of_type(json_ld(client, past.url), "Event")

    check_google_event(webinar)
    assert webinar["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert webinar["location"] == {
        "@type": "VirtualLocation",
        "url": "https://visio.example.org/atelier",
    }
    assert over["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert {"@type": "VirtualLocation", "url": past.get_full_url()} in over["location"]
    assert "https://visio.example.org/ancien" not in json.dumps(over)
    assert over["recordedIn"] == {
        "@type": "CreativeWork",
        "url": "https://videos.example.org/replay",
    }
