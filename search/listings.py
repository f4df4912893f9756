"""Everything classified under a term: listings of the vocabularies' terms.

Publics, themes, tags and départements are facets of the search: their pages are
the filtered search. Competencies (with their place in the referential), support
types and licences are listed here, across every content type.
"""

from django.apps import apps
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.cards import paginate_cards
from taxonomy.models import (
    ClassifiedMixin,
    Competency,
    Department,
    Licence,
    Public,
    SupportType,
    Theme,
)

from .facets import Facet
from .templatetags.search_tags import search_filter_url


def classified_pages(**lookup):
    """Live public content pages of every type matching one classification lookup.

    Each content type keeps its own classification tables, so the match is a
    union of one sub-query per type, resolved by the database in one query.
    """
    content_models = [m for m in apps.get_models() if issubclass(m, ClassifiedMixin)]
    matches = Q()
    for model in content_models:
        matches |= Q(pk__in=model.objects.filter(**lookup).values("pk"))
    return Page.objects.live().public().filter(matches).order_by("title").specific()


def term_listing(request, term, pages, kind_label):
    return render(
        request,
        "search/term_listing.html",
        {"term": term, "kind_label": kind_label, "pages": paginate_cards(request, pages)},
    )


def competency_detail(request, code):
    competency = get_object_or_404(Competency.objects.select_related("domain"), code=code)
    siblings = list(competency.domain.competencies.all())
    position = siblings.index(competency)
    return render(
        request,
        "search/competency_detail.html",
        {
            "competency": competency,
            "term": competency,
            # Its place in the referential: the competencies of its domain, and the
            # ones just before and after it.
            "siblings": siblings,
            "previous": siblings[position - 1] if position > 0 else None,
            "next": siblings[position + 1] if position + 1 < len(siblings) else None,
            "pages": paginate_cards(request, classified_pages(competencies=competency)),
        },
    )


def filtered_search(facet: Facet, value: str, tab: str = "search"):
    return redirect(search_filter_url(facet.name, value, tab), permanent=True)


def public_detail(request, slug):
    return filtered_search(Facet.PUBLIC, get_object_or_404(Public, slug=slug).slug)


def theme_detail(request, slug):
    return filtered_search(Facet.THEME, get_object_or_404(Theme, slug=slug).slug)


def tag_detail(request, slug):
    # Not looked up: free tags are typed in private spaces too, and a 404 for the
    # others would confirm that a guessed one exists. The search ignores unknown ones.
    return filtered_search(Facet.TAG, slug)


def department_detail(request, code):
    department = get_object_or_404(Department, code=code)
    return filtered_search(Facet.DEPARTMENT, department.code, tab="search_communities")


def support_type_detail(request, slug):
    support_type = get_object_or_404(SupportType, slug=slug)
    pages = classified_pages(support_type=support_type)
    return term_listing(request, support_type, pages, _("Support type"))


def licence_detail(request, slug):
    licence = get_object_or_404(Licence, slug=slug)
    return term_listing(request, licence, classified_pages(licence=licence), _("Licence"))
