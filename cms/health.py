"""`/healthz`: is this process able to serve? It checks the database and the cache.

Load balancers and orchestrators probe it, often by IP address and over plain HTTP.
So it is answered by a middleware placed before anything that validates the Host
header (ALLOWED_HOSTS), redirects to HTTPS or touches the session: a probe gets the
truth about the process, not a 400 or a 301. The answer names which check failed,
never why (no traceback, no host names, no secrets): details go to the log.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponseNotAllowed, JsonResponse

HEALTH_PATH = "/healthz"

logger = logging.getLogger("cms.health")


def check_database():
    """A `SELECT 1` round trip on the default database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    """A set/get round trip through the default cache with a key of this probe's own."""
    key = f"cms:healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    try:
        if cache.get(key) != "ok":
            raise RuntimeError("the cache did not return the value just stored")
    finally:
        cache.delete(key)


CHECKS = {"database": check_database, "cache": check_cache}


def health_report():
    """`({"status": ..., "database": ..., "cache": ...}, http_status)`: 200 when every check passed, 503 otherwise."""
    report = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:  # any failure means "not healthy": the probe must answer, not crash
            logger.exception("Health check %s failed", name)
            report[name] = "failed"
        else:
            report[name] = "ok"
    healthy = all(result == "ok" for result in report.values())
    return {"status": "ok" if healthy else "failed", **report}, 200 if healthy else 503


def healthz(request):
    """GET/HEAD: the health report as JSON, never cached."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    report, status = health_report()
    response = JsonResponse(report, status=status)
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """Answers `/healthz` before Host validation, HTTPS redirects and sessions (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_PATH:
            return healthz(request)
        return self.get_response(request)
