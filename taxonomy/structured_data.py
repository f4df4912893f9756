"""The vocabularies as schema.org terms: a referential is a `DefinedTermSet` (the referential
page, /competences/), each competency a `DefinedTerm` of it; publics are audiences.

The builders are registered in wagtail_hooks.py for syndication's `{% structured_data %}`;
`data` is its `StructuredData` (this app, the lowest layer, imports none of it). The content
apps call `defined_terms` and `audiences` for what their pages teach and address.
"""

from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from .models import Competency, Public, Referential

# syndication.structured_data.HOOK: this app, the lowest layer, cannot import it.
HOOK = "register_structured_data"


def referential_url(data) -> str:
    return data.url(reverse("taxonomy:competency_index"))


def term_set(referential: str, data) -> dict:
    """The referential's `DefinedTermSet`, named and addressed (the referential page)."""
    return {
        "@type": "DefinedTermSet",
        "@id": f"{referential_url(data)}#{referential}",
        "name": str(Referential(referential).label),
        "url": referential_url(data),
    }


def defined_term(competency: Competency, data, in_set: bool = True) -> dict:
    """A competency as a `DefinedTerm`: its short code (1.1), label and (unless listed by
    its set) the referential it belongs to."""
    node = {
        "@type": "DefinedTerm",
        "@id": data.url(competency),
        "termCode": competency.short_code,
        "name": competency.label,
        "url": data.url(competency),
    }
    if in_set:
        node["inDefinedTermSet"] = term_set(competency.domain.referential, data)
    if competency.description:
        node["description"] = competency.description
    return node


def defined_terms(competencies, data) -> list[dict]:
    """The competencies as `DefinedTerm`s, their domains read in one query for all."""
    competencies = list(competencies)
    prefetch_related_objects(competencies, "domain")
    return [defined_term(competency, data) for competency in competencies]


def audiences(publics) -> list[dict]:
    """The publics a content addresses: `EducationalAudience` for professionals (its
    role), `PeopleAudience` for the people accompanied."""
    nodes = []
    for public in publics:
        if public.category == Public.Category.PROFESSIONAL:
            nodes.append(
                {
                    "@type": "EducationalAudience",
                    "name": public.name,
                    "educationalRole": public.name,
                    "audienceType": str(Public.Category.PROFESSIONAL.label),
                }
            )
        else:
            nodes.append({"@type": "PeopleAudience", "name": public.name})
    return nodes


def competency_term(competency: Competency, data) -> list[dict]:
    """A competency's page (/competences/<code>/): its term and the page's breadcrumb."""
    return [
        defined_term(competency, data),
        data.breadcrumb(
            [
                (_("Home"), "/"),
                (_("Digital competencies"), reverse("taxonomy:competency_index")),
                (competency.code, competency.get_absolute_url()),
            ]
        ),
    ]


def referential_term_set(referential: Referential, data) -> list[dict]:
    """The referential page: the set with each of its competencies as a defined term, from
    the domains the view loaded with their competencies."""
    domains = [
        domain for domain in data.context.get("domains", ()) if domain.referential == referential
    ]
    node = term_set(referential, data)
    node["hasDefinedTerm"] = [
        defined_term(competency, data, in_set=False)
        for domain in domains
        for competency in domain.competencies.all()
    ]
    versions = {
        competency.version
        for domain in domains
        for competency in domain.competencies.all()
        if competency.version
    }
    if len(versions) == 1:
        node["version"] = versions.pop()
    return [
        node,
        data.breadcrumb(
            [(_("Home"), "/"), (_("Digital competencies"), reverse("taxonomy:competency_index"))]
        ),
    ]


@hooks.register(HOOK)
def register_competency():
    return Competency, competency_term


@hooks.register(HOOK)
def register_referential():
    return Referential, referential_term_set
