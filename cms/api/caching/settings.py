"""The response cache's settings (settings.CMS_API_CACHE), with their defaults."""

from django.conf import settings
from django.core.cache import caches

DEFAULTS = {
    # Off only to compare against an uncached run (the benchmark) or to rule the cache out.
    "ENABLED": True,
    # Which of settings.CACHES holds answers, table versions and persisted queries:
    # the shared Redis cache in production, so every app process sees the same.
    "CACHE_ALIAS": "default",
    # Seconds an answer stays in the cache; invalidation does not wait for it.
    "TIMEOUT": 24 * 3600,
    # Answers bigger than this are not stored (the 10x benchmark's schedule is 2.6 MB).
    "MAX_ENTRY_BYTES": 16_000_000,
    # Cache-Control of public GET answers: browsers and apps revalidate (If-None-Match,
    # answered with 304), a CDN may keep an answer S_MAXAGE seconds.
    "MAX_AGE": 0,
    "S_MAXAGE": 0,
    # Seconds a request waits for the answer another request is making (filling.py) before
    # making it itself; 0 lets every request that misses make its own.
    "FILL_WAIT": 10,
}


def cache_settings():
    return {**DEFAULTS, **getattr(settings, "CMS_API_CACHE", {})}


def shared_cache():
    """The cache every app process shares (settings.CACHES[CACHE_ALIAS]: Redis in production)."""
    return caches[cache_settings()["CACHE_ALIAS"]]
