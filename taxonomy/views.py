"""The referential of digital competencies; the terms' own listings are the search's."""

from django.shortcuts import render

from .models import CompetencyDomain


def competency_index(request):
    domains = CompetencyDomain.objects.prefetch_related("competencies")
    return render(request, "taxonomy/competency_index.html", {"domains": domains})
