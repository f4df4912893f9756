"""The Wagtail site of a request, with its home page, read once per generation."""

from django.core.exceptions import DisallowedHost
from wagtail.models import Site

from core.generations import per_generation


class SiteLookupMiddleware:
    """Every request asks which site it is for (routing, settings, URLs of pages): two
    queries, the site and its root page, answered here from the shared cache instead.
    Sites and their home pages change with a bump of the generation (rhinocc.signals).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            host = request.get_host()
        except DisallowedHost:
            # Django answers it later with its 400; nothing is cached for a stray host.
            return self.get_response(request)
        request._wagtail_site = per_generation(
            f"wagtail-site:{host}:{request.META.get('SERVER_PORT', '')}",
            lambda: find_site(request),
        )
        return self.get_response(request)


def find_site(request) -> Site | None:
    site = Site.find_for_request(request)
    if site is not None:
        site.root_page.specific  # noqa: B018 - read now, to be cached with the site
    return site
