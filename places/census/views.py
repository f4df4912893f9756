"""The public census pages: find one's place (or say it is not on the map yet), propose
it or its update, and the confirmation. No account; French; usable without JavaScript;
never cached (each form carries its CSRF token)."""

import re

from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from accounts.clients import counted_client
from accounts.ratelimit import is_allowed
from core.pagination import paginate

from ..models import Place, Proposal, department_code
from .forms import CensusForm, SearchForm
from .mail import send_proposer_mail

HOUR = 3600
# Per client address: a structure correcting its form a few times, or a training room
# proposing its places together behind one address; too few for a script.
SUBMISSIONS_PER_HOUR = 20
RESULTS_PER_PAGE = 10
SESSION_KEY = "places_census_sent"


def matching_places(query: str):
    """Published places whose SIRET starts with the digits typed, or whose name and
    commune hold every word typed. Accents and case aside too: the slug is the name and
    the commune in plain ASCII (« mediatheque » finds « Médiathèque »)."""
    places = Place.objects.published().only("nom", "commune", "adresse", "code_postal", "slug")
    digits = re.sub(r"\s", "", query)
    if digits.isdigit():
        return places.filter(pivot__startswith=digits)
    condition = Q()
    for word in query.split():
        matches = Q(nom__icontains=word) | Q(commune__icontains=word)
        # A word of punctuation alone slugifies to "", which every slug contains.
        if ascii_word := slugify(word):
            matches |= Q(slug__contains=ascii_word)
        condition &= matches
    return places.filter(condition)


@never_cache
@require_safe
def search(request):
    form = SearchForm(request.GET)
    query = form.query()
    results = paginate(request, matching_places(query), RESULTS_PER_PAGE) if query else None
    return render(
        request, "places/census/search.html", {"form": form, "query": query, "results": results}
    )


@never_cache
@require_http_methods(["GET", "POST"])
def propose(request, slug=None):
    place = get_object_or_404(Place.objects.published(), slug=slug) if slug else None
    form = CensusForm(request.POST or None, instance=place)
    context = {"form": form, "place": place}
    if request.method == "POST":
        if not is_allowed("census", counted_client(request), SUBMISSIONS_PER_HOUR, HOUR):
            return render(
                request, "places/census/form.html", {**context, "rate_limited": True}, status=429
            )
        if form.is_valid():
            proposal = queue(form, place)
            send_proposer_mail(
                proposal,
                _("Your proposal for %(name)s on RhinOcc") % {"name": proposal.name},
                "received.txt",
                {"census_link": request.build_absolute_uri(reverse("places:census"))},
            )
            request.session[SESSION_KEY] = {
                "name": proposal.name,
                "email": proposal.proposer_email,
            }
            return redirect("places:census_thanks")
    return render(request, "places/census/form.html", context)


def queue(form: CensusForm, place: Place | None) -> Proposal:
    values = form.proposed_values()
    instance = form.instance
    return Proposal.objects.create(
        kind=Proposal.Kind.UPDATE if place else Proposal.Kind.NEW,
        place=place,
        data=values,
        department_code=department_code(instance.code_insee, instance.code_postal),
        proposer_name=form.cleaned_data["proposer_name"],
        proposer_email=form.cleaned_data["proposer_email"],
        proposer_role=form.cleaned_data["proposer_role"],
    )


@never_cache
@require_safe
def thanks(request):
    return render(request, "places/census/thanks.html", {"sent": request.session.get(SESSION_KEY)})
