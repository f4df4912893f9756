from django.http import JsonResponse
from django.views.decorators.cache import never_cache

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
