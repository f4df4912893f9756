from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from wagtail.models import Page, Site
from wagtail.wagtail_hooks import check_view_restrictions

from .health import check_database


class RestrictedNotFoundMiddleware:
    """A missing page under a restricted one is answered as that page would be.

    Wagtail sends an outsider to the login page (or the password form) for a page
    that exists under a private space, and answers 404 for one that does not: any
    guessed address would tell whether a page lives there. So a missing page below a
    restriction the visitor does not pass gets Wagtail's own answer to that
    restriction; a visitor who passes it (a member) gets the real 404.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, Http404) or not is_page_address(request):
            return None
        page = closest_page(request)
        if page is None or all(r.accept_request(request) for r in page.get_view_restrictions()):
            return None
        # Wagtail's own check (the on_serve_page hook) answers, so that both look alike;
        # it stops at the restriction that fails, before the page would be served.
        return check_view_restrictions(callback=None)(page, request, (), {})


def is_page_address(request) -> bool:
    """Answered by Wagtail's page serving, not by one of the project's own views."""
    return getattr(request.resolver_match, "url_name", None) == "wagtail_serve"


def closest_page(request) -> Page | None:
    """The deepest page, live or not, whose address begins the requested one."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    components = [component for component in request.path_info.split("/") if component]
    prefixes = [root.url_path]
    for component in components:
        prefixes.append(f"{prefixes[-1]}{component}/")
    return (
        Page.objects.filter(url_path__in=prefixes, path__startswith=root.path)
        .order_by("-depth")
        .first()
    )


class DatabaseUnavailableMiddleware:
    """A stopped database gives a French 503 page that asks to come back, not a 500.

    Last in MIDDLEWARE, so that it sees the exceptions of views. Only when the
    database really does not answer: a faulty query stays a 500, to be fixed.
    Its page is static HTML, rendered without touching the database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError) or check_database():
            return None
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "60"
        return response
