"""The referential of digital competencies; the terms' own listings are the search's."""

from django.shortcuts import render

from .models import CompetencyDomain, Referential


def competency_index(request):
    domains = list(CompetencyDomain.objects.prefetch_related("competencies"))
    # The referentials shown, in their order: each is a set of terms (structured data).
    referentials = [Referential(value) for value in dict.fromkeys(d.referential for d in domains)]
    return render(
        request,
        "taxonomy/competency_index.html",
        {"domains": domains, "referentials": referentials},
    )
