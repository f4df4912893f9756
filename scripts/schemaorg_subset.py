"""Write tests/syndication/schemaorg.json: the schema.org vocabulary that the structured
data tests check against, for the types the site writes.

    python scripts/schemaorg_subset.py path/to/schemaorg-current-https.jsonld

The input is schema.org's release file (github.com/schemaorg/schemaorg,
data/releases/<version>/schemaorg-current-https.jsonld); the output keeps, for each type
below, its superclasses and every property whose domain includes it or a superclass, and
for each such property the types of its range. Pending properties (not yet in the core
vocabulary) are kept and listed, since `teaches` and `educationalLevel` are among them.
"""

import json
import sys
from pathlib import Path

TYPES = [
    "AdministrativeArea",
    "BreadcrumbList",
    "CollectionPage",
    "Course",
    "CreativeWork",
    "CourseInstance",
    "DefinedTerm",
    "DefinedTermSet",
    "EducationalAudience",
    "Event",
    "GeoCoordinates",
    "HowTo",
    "HowToStep",
    "LearningResource",
    "ListItem",
    "OpeningHoursSpecification",
    "Offer",
    "Organization",
    "PeopleAudience",
    "Person",
    "Place",
    "PostalAddress",
    "VirtualLocation",
    "WebPage",
    "WebSite",
]
OUTPUT = Path(__file__).resolve().parent.parent / "tests" / "syndication" / "schemaorg.json"


def ids(value) -> list[str]:
    values = value if isinstance(value, list) else [value] if value else []
    return [item["@id"].removeprefix("schema:") for item in values]


def main(source: str) -> None:
    graph = json.loads(Path(source).read_text())["@graph"]
    classes = {}
    properties = {}
    for node in graph:
        name = node["@id"].removeprefix("schema:")
        kinds = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        if "rdfs:Class" in kinds:
            classes[name] = ids(node.get("rdfs:subClassOf"))
        if "rdf:Property" in kinds:
            properties[name] = {
                "domain": ids(node.get("schema:domainIncludes")),
                "range": ids(node.get("schema:rangeIncludes")),
                "pending": "pending" in json.dumps(node.get("schema:isPartOf", "")),
            }

    def ancestors(name) -> list[str]:
        seen = []
        todo = [name]
        while todo:
            current = todo.pop(0)
            if current not in seen:
                seen.append(current)
                todo += classes.get(current, [])
        return seen

    types = {}
    for name in TYPES:
        lineage = ancestors(name)
        types[name] = {
            "superclasses": lineage[1:],
            "properties": {
                prop: spec["range"]
                for prop, spec in sorted(properties.items())
                if set(spec["domain"]) & set(lineage)
            },
        }
    OUTPUT.write_text(
        json.dumps(
            {
                "source": "/".join(Path(source).resolve().parts[-2:]),
                "types": types,
                "pending": sorted(
                    prop
                    for prop, spec in properties.items()
                    if spec["pending"] and any(prop in t["properties"] for t in types.values())
                ),
            },
            ensure_ascii=False,
            indent=1,
            sort_keys=True,
        )
        + "\n"
    )


if __name__ == "__main__":
    main(sys.argv[1])
