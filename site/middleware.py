from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

from .health import check_database


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
