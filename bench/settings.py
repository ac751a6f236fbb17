"""Settings of the benchmark server (make bench): production-like, on loopback, with bench-only URLs.

One scale at a time: BENCH_LABEL ("1x", "10x") picks the PostgreSQL database
cms_bench_<label>, the Redis key prefix and the static folder, so the scales never
share a cached answer. Never used outside bench/: production routes none of bench/urls.py.
"""

import os

import dj_database_url

from cms.settings.base import *  # noqa: F403
from cms.settings.base import (
    CMS_API,
    CMS_API_RATE_LIMIT,
    GRAPPLE,
    INSTALLED_APPS,
    MIDDLEWARE,
    VAR_DIR,
    WAGTAILSEARCH_BACKENDS,
)

BENCH_LABEL = os.environ.get("BENCH_LABEL", "1x")
BENCH_DIR = VAR_DIR / "bench"

DEBUG = False
SECRET_KEY = "bench-only-not-secret"  # noqa: S105 - the bench server listens on loopback only
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
ROOT_URLCONF = "bench.urls"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("BENCH_DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/cms_bench_{BENCH_LABEL}"),
        # Persistent connections, as a production deployment would keep them.
        conn_max_age=600,
        conn_health_checks=True,
    )
}
if "django.contrib.postgres" not in INSTALLED_APPS:
    INSTALLED_APPS = [*INSTALLED_APPS, "django.contrib.postgres"]

# Wagtail's REST APIs, compared against GraphQL: API v2 (DRF) and v3 (django-ninja).
INSTALLED_APPS = [*INSTALLED_APPS, "rest_framework", "wagtail.api.v2", "wagtail.api.v3"]
# One API v2 request may list every session of the 10x event (600), as one GraphQL query does.
WAGTAILAPI_LIMIT_MAX = 10_000
# Likewise for grapple's stock `pages` query (bench/grapple_schema.py); its default cap is 100.
GRAPPLE = {**GRAPPLE, "MAX_PAGE_SIZE": 10_000}
# What is measured must run to the end: the 10x content's uncached schedule takes about 3 s of
# CPU, past production's 1 s budget, and every reader of `make bench` and `make load` comes from
# loopback, one address. `make flood` measures those very limits, so it keeps production's
# (BENCH_API_LIMITS=production, bench/server.py); the environment decides either way.
if os.environ.get("BENCH_API_LIMITS") != "production":
    CMS_API = {**CMS_API, "MAX_CPU_SECONDS": float(os.environ.get("API_MAX_CPU_SECONDS", "60"))}
    CMS_API_RATE_LIMIT = {
        **CMS_API_RATE_LIMIT,
        "CPU_SECONDS": float(os.environ.get("API_RATE_LIMIT_CPU_SECONDS", "0")),
    }

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # Database 7 of the local Redis is the benchmark's own: clearing it touches nothing else.
        "LOCATION": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7"),
        "KEY_PREFIX": f"bench:{BENCH_LABEL}",
    }
}

# The static-file target: the schedule's exact bytes, served by whitenoise from this folder at /.
WHITENOISE_ROOT = BENCH_DIR / "public" / BENCH_LABEL
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]
MEDIA_ROOT = BENCH_DIR / "media"

# The generator inserts pages in bulk; the search index is not part of what is measured.
WAGTAILSEARCH_BACKENDS = {"default": {**WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}}
WAGTAIL_ENABLE_UPDATE_CHECK = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
