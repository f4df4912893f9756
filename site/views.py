from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from . import dev_mail
from .health import check_cache, check_database, check_search


@never_cache
def healthz(request):
    """Liveness of what the site needs, for load balancers and monitoring.

    Only the database is vital: without cache or search the site still serves
    its pages, so those report "degraded" with a 200, keeping the node in service.
    """
    checks = {"database": check_database()}
    checks["cache"] = check_cache()
    checks["search"] = checks["database"] and check_search()
    if not checks["database"]:
        status, code = "unavailable", 503
    elif all(checks.values()):
        status, code = "ok", 200
    else:
        status, code = "degraded", 200
    return JsonResponse(
        {
            "status": status,
            "checks": {name: "ok" if ok else "error" for name, ok in checks.items()},
        },
        status=code,
    )


def debug_only(view):
    """A development tool: routed only under DEBUG (rhinocc.urls), and 404 without it
    even if someone routes it."""

    def wrapped(request, *args, **kwargs):
        if not settings.DEBUG:
            raise Http404
        return view(request, *args, **kwargs)

    return never_cache(wrapped)


@debug_only
def dev_mails(request):
    """The mails the site sent in development, newest first (see rhinocc.dev_mail)."""
    directory = dev_mail.mail_directory()
    return render(
        request,
        "rhinocc/dev_mails.html",
        {
            "directory": directory,
            "mails": dev_mail.written_mails(directory) if directory else [],
        },
    )


@debug_only
def dev_mail_detail(request, name):
    directory = dev_mail.mail_directory()
    mail = dev_mail.read_mail(directory, name) if directory else None
    if mail is None:
        raise Http404
    return render(request, "rhinocc/dev_mail.html", {"mail": mail, "directory": directory})
