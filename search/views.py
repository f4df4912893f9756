"""/recherche/: contents (modules, kits, workshop contents, resources) and communities.

The URL holds the whole state (query, filters, sort, page), so a search can be
shared and the back button works; the forms work without JavaScript.
"""

import logging
from dataclasses import dataclass
from hashlib import sha256

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core.cards import prefetch_card_relations
from core.generations import PUBLISHED
from core.pagination import page_number, paginate
from documents.counting import with_download_totals

from .analysis import ParsedQuery, fold, parse_query, words
from .backends import FacetValue, SearchQuery, Visibility, get_engine
from .engine import SEARCH_ENGINE_ERRORS
from .expansion import expand
from .facets import (
    COMMUNITY_FACETS,
    CONTENT_FACETS,
    CONTENT_KINDS,
    ExtraSort,
    Facet,
    Kind,
    Sort,
    extra_sorts,
)
from .models import SYNONYMS_GENERATION, SearchEntry, SearchEntryTerm, index_generation
from .suggestions import correct
from .unanswered import count_unanswered

logger = logging.getLogger(__name__)

PER_PAGE = 20
MAX_FILTER_VALUES = 20
MAX_FILTER_VALUE_LENGTH = 100
# "Most downloaded" and the sorts of "register_search_sorts" order the best-ranked
# matches only, in SQL.
MAX_SORTED_MATCHES = 1000
SHOWN_FACET_VALUES = 8
# Engines page through the first 10 000 results (OpenSearch's max_result_window): beyond,
# a visitor narrows the search rather than turning 500 pages.
MAX_RESULT_WINDOW = 10_000
AUTOCOMPLETE_SIZE = 8
AUTOCOMPLETE_FILTERS = 3
# The vocabularies the search box offers as filters.
OFFERED_FACETS = (Facet.THEME, Facet.COMPETENCY)


@dataclass
class FacetBox:
    """A facet as the page shows it: its legend, values with counts, the chosen ones."""

    name: str
    legend: str
    values: list[FacetValue]
    chosen: list[str]

    @cached_property
    def shown(self) -> list[FacetValue]:
        """The most frequent values, and every chosen one."""
        return [
            value
            for rank, value in enumerate(self.values)
            if rank < SHOWN_FACET_VALUES or value.value in self.chosen
        ]

    @cached_property
    def more(self) -> list[FacetValue]:
        shown = {value.value for value in self.shown}
        return [value for value in self.values if value.value not in shown]


@require_safe
def search(request):
    return search_page(
        request,
        kinds=CONTENT_KINDS,
        facets=CONTENT_FACETS,
        template="search/search.html",
        sorts=[*Sort, *extra_sorts()],
    )


@require_safe
def search_communities(request):
    sorts = [sort for sort in Sort if sort not in (Sort.DOWNLOADS, Sort.DATE)]
    return search_page(
        request,
        kinds=(Kind.COMMUNITY,),
        facets=COMMUNITY_FACETS,
        template="search/search_communities.html",
        sorts=sorts,
    )


def order_by_downloads(pages):
    return with_download_totals(pages).order_by("-download_total", "title")


def search_page(request, kinds, facets, template, sorts: list[Sort | ExtraSort]):
    """The search page, from a copy shared by anonymous visitors when one is fresh."""
    key = shared_copy_key(request, template)
    shared = cache.get(key) if key else None
    if isinstance(shared, SharedSearchPage):
        if shared.unanswered is not None:
            count_unanswered(request, shared.unanswered)
        return HttpResponse(shared.content, content_type=shared.content_type)
    response, unanswered = render_search_page(request, kinds, facets, template, sorts)
    if key and response.status_code == 200 and not response.cookies:
        shared = SharedSearchPage(response.content, response["Content-Type"], unanswered)
        cache.set(key, shared, settings.RHINOCC_SEARCH_PAGE_CACHE_SECONDS)
    return response


@dataclass(frozen=True)
class SharedSearchPage:
    content: bytes
    content_type: str
    # The query counted among the searches without results, counted again on each hit.
    unanswered: ParsedQuery | None


def shared_copy_key(request, template: str) -> str | None:
    """For an anonymous visitor, what the page's copy is stored under: its template, the
    parameters normalised (the words' spacing, the parameters' order), and the
    generations of the index, the synonyms and published content, so that a change to
    any of them is seen at once. None when nothing is shared (a member, a session)."""
    if (
        settings.RHINOCC_SEARCH_PAGE_CACHE_SECONDS <= 0
        or request.user.is_authenticated
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or "messages" in request.COOKIES
    ):
        return None
    parameters = sorted(
        (name, " ".join(value.split()) if name == "q" else value)
        for name, values in request.GET.lists()
        for value in values
    )
    digest = sha256(urlencode(parameters).encode()).hexdigest()
    generations = (index_generation(), SYNONYMS_GENERATION.current(), PUBLISHED.current())
    return f"search-page:{template}:{':'.join(generations)}:{digest}"


def render_search_page(
    request, kinds, facets, template, sorts: list[Sort | ExtraSort]
) -> tuple[HttpResponse, ParsedQuery | None]:
    """The page, and the query it counted among the searches without results, if any."""
    engine = get_engine()
    typed = parse_query(request.GET.get("q", ""))
    query = expand(typed, synonyms=not engine.synonyms_in_index)
    visibility = Visibility.of(request.user)
    filters, ignored = chosen_filters(request, facets, visibility)
    offered = {s.value: s for s in sorts if s != Sort.RELEVANCE or query}
    sort = offered.get(request.GET.get("tri"), Sort.RELEVANCE if query else Sort.RECENT)
    context = {
        "query": query.text,
        "sort": sort.value,
        "sorts": {value: s.label for value, s in offered.items()},
        "ignored_filters": ignored,
    }
    if isinstance(sort, ExtraSort):
        order = sort.order
    elif sort == Sort.DOWNLOADS:
        order = order_by_downloads
    else:
        order = None
    search_query = SearchQuery(
        query=query,
        kinds=kinds,
        filters={facet: [value for value, _label in chosen] for facet, chosen in filters.items()},
        facets=tuple(facets),
        sort=sort if order is None else Sort.RELEVANCE,
        visibility=visibility,
    )
    try:
        results, response = find_results(request, search_query, order)
        correction = None
        if query and not response.total and not request.GET.get("exact"):
            correction = correct(query, visitor_finds(search_query))
        if correction:
            search_query.query = correction.query
            results, response = find_results(request, search_query, order)
    except SEARCH_ENGINE_ERRORS:
        # The rest of the site does not need the engine: say so, keep the query.
        logger.exception("Search engine unavailable")
        page = render(request, template, {**context, "search_unavailable": True}, status=503)
        return page, None
    unanswered = None
    if query and not response.total and not filters:
        # Nothing answers the words themselves (no filter narrowed them): editors see them.
        unanswered = query
        count_unanswered(request, query)
    if correction and response.total:
        context.update(corrected=correction.text, exact_url=exact_search_url(request))

    facet_list = [
        FacetBox(
            facet.value,
            facet.label,
            response.facets.get(facet, []),
            search_query.filters.get(facet, []),
        )
        for facet in facets
    ]
    context.update(
        results=results,
        total=response.total,
        facets=facet_list,
        facets_by_name={facet.name: facet for facet in facet_list},
        active_filters=active_filters(request, filters),
        promotions=get_promotions(query) if results.number == 1 and kinds == CONTENT_KINDS else [],
    )
    return render(request, template, context), unanswered


def exact_search_url(request) -> str:
    """The same search, its words taken as typed (no correction), from its first page."""
    params = [
        (key, item)
        for key, items in request.GET.lists()
        if key not in ("page", "exact")
        for item in items
    ]
    return f"?{urlencode([*params, ('exact', '1')])}"


def chosen_filters(
    request, facets, visibility: Visibility
) -> tuple[dict[str, list[tuple[str, str]]], list[str]]:
    """The filters of the URL that exist, with their labels; and those ignored.

    A value exists when an entry the visitor may find carries it: the label of a tag
    or a community met only in a private space is never shown to outsiders. One query
    for every chosen value; repeated values count once.
    """
    asked = {
        facet: list(
            dict.fromkeys(
                value.strip()[:MAX_FILTER_VALUE_LENGTH]
                for value in request.GET.getlist(facet)
                if value.strip()
            )
        )[:MAX_FILTER_VALUES]
        for facet in facets
    }
    asked = {facet: values for facet, values in asked.items() if values}
    if not asked:
        return {}, []
    known = {
        (facet, value): label
        for facet, value, label in SearchEntryTerm.objects.filter(
            facet__in=asked,
            value__in={value for values in asked.values() for value in values},
            entry__in=SearchEntry.objects.visible_to(visibility),
        )
        .values_list("facet", "value", "label")
        .distinct()
    }
    filters, ignored = {}, []
    for facet, values in asked.items():
        for value in values:
            if (facet, value) in known:
                filters.setdefault(facet, []).append((value, known[facet, value]))
            else:
                ignored.append(value)
    return filters, ignored


def active_filters(request, filters) -> list[dict]:
    """Each chosen filter with the URL of the same search without it."""
    active = []
    for facet, chosen in filters.items():
        for value, label in chosen:
            params = [
                (key, item)
                for key, items in request.GET.lists()
                if key != "page"
                for item in items
                if not (key == facet and item == value)
            ]
            active.append({"facet": facet, "label": label, "remove_url": f"?{urlencode(params)}"})
    return active


def find_results(request, search_query: SearchQuery, order=None):
    """The requested page of results as cards, and the engine's answer (facets, total).

    With `order` (a sort done in the database: downloads, or one registered through
    "register_search_sorts"), the engine gives its best matches by relevance and `order`
    ranks them.
    """
    engine = get_engine()
    number = page_number(request)
    if order is not None:
        search_query.limit = MAX_SORTED_MATCHES
        response = engine.search(search_query)
        pages = order(Page.objects.filter(pk__in=response.page_ids))
        results = paginate(request, pages, PER_PAGE)
        ids = [page.pk for page in results.object_list]
    else:
        offset = min((number - 1) * PER_PAGE, MAX_RESULT_WINDOW - PER_PAGE)
        search_query.offset, search_query.limit = offset, PER_PAGE
        response = engine.search(search_query)
        results = paginate(request, range(min(response.total, MAX_RESULT_WINDOW)), PER_PAGE)
        if results.number != number:
            # Beyond the last page: show the last one.
            search_query.offset = (results.number - 1) * PER_PAGE
            response = engine.search(search_query)
        ids = response.page_ids
    results.object_list = cards(ids)
    return results, response


def cards(page_ids: list[int]) -> list[Page]:
    """Specific pages in the engine's order: one query per page type, then card relations."""
    specific_pages = Page.objects.filter(pk__in=page_ids).specific().in_bulk()
    return prefetch_card_relations(specific_pages[pk] for pk in page_ids if pk in specific_pages)


def visitor_finds(search_query: SearchQuery):
    """Whether a word alone finds anything this visitor may open, in this tab."""
    engine = get_engine()

    def finds(text: str) -> bool:
        probe = SearchQuery(
            query=parse_query(text),
            kinds=search_query.kinds,
            limit=1,
            visibility=search_query.visibility,
        )
        return engine.search(probe).total > 0

    return finds


def get_promotions(query: ParsedQuery) -> list[SearchPromotion]:
    """What the hub's editors promoted for this query (Wagtail's search promotions).

    Read-only: no Query row is created for queries nobody promoted anything for.
    A promoted page shows only while it is live and public.
    """
    if not query:
        return []
    promotions = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query.text)
        ).select_related("page")
    )
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    visible = set(
        Page.objects.live().public().filter(pk__in=page_ids).values_list("pk", flat=True)
    )
    return [
        promotion
        for promotion in promotions
        if promotion.page_id is None or promotion.page_id in visible
    ]


@require_safe
def autocomplete(request):
    """Titles with words beginning like the query's, or holding them, for the search box's
    list of suggestions; and the themes and competencies named so, as filters."""
    query = parse_query(request.GET.get("q", ""))
    visibility = Visibility.of(request.user)
    search_query = SearchQuery(
        query=query, kinds=CONTENT_KINDS, limit=AUTOCOMPLETE_SIZE, visibility=visibility
    )
    try:
        page_ids = get_engine().autocomplete(search_query) if query else []
    except SEARCH_ENGINE_ERRORS:
        logger.exception("Search engine unavailable (autocomplete)")
        return JsonResponse({"results": [], "error": "indisponible"}, status=503)
    pages = Page.objects.filter(pk__in=page_ids).in_bulk()
    results = [
        {"title": pages[pk].title, "url": pages[pk].get_url(request)}
        for pk in page_ids
        if pk in pages
    ]
    response = JsonResponse({"results": results, "filters": term_filters(query, visibility)})
    if not request.user.is_authenticated:
        # The visitor's browser only: a shared cache would keep offering a title for
        # minutes after its page was made private.
        response["Cache-Control"] = "private, max-age=300"
    return response


def term_filters(query: ParsedQuery, visibility: Visibility) -> list[dict]:
    """The themes and competencies whose name has words beginning like the query's, among
    those of the entries this visitor may open: a filter, never a private space's word."""
    typed = query.all_words
    if not typed:
        return []
    found = []
    for facet, value, label in offered_terms(visibility):
        label_words = words(label)
        if all(any(word.startswith(part) for word in label_words) for part in typed):
            found.append(
                {
                    "title": f"{facet.label}\u00a0: {label}",
                    "url": f"{reverse('search')}?{urlencode({facet.value: value})}",
                }
            )
    return found[:AUTOCOMPLETE_FILTERS]


def offered_terms(visibility: Visibility) -> list[tuple[Facet, str, str]]:
    """Every theme and competency of the visible entries, kept until the index changes."""
    scope = sha256(repr(visibility).encode()).hexdigest()
    key = f"search-offered-terms:{index_generation()}:{scope}"

    def read():
        rows = (
            SearchEntryTerm.objects.filter(
                facet__in=OFFERED_FACETS,
                entry__in=SearchEntry.objects.filter(kind__in=CONTENT_KINDS).visible_to(
                    visibility
                ),
            )
            .values_list("facet", "value", "label")
            .distinct()
        )
        return sorted(
            ((Facet(facet), value, label) for facet, value, label in rows),
            key=lambda term: (OFFERED_FACETS.index(term[0]), fold(term[2])),
        )

    return cache.get_or_set(key, read, timeout=24 * 3600)
