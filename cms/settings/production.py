"""Production: every secret and host name comes from the environment.

The process refuses to start when a required variable is missing, rather than
running with a guessed value. Every variable is listed in docs/deploying.md.
Nothing here keeps state in the process: sessions and content in PostgreSQL, the
cache in Redis, uploads in object storage, so any number of processes can serve.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from cms.object_storage import s3_storage

from .base import *  # noqa: F403

REQUIRED_ENVIRONMENT = ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL")


def _env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _env_flag(name, default):
    return os.environ.get(name, default).strip().lower() in ("1", "true", "yes", "on")


_missing = [name for name in REQUIRED_ENVIRONMENT if not os.environ.get(name, "").strip()]
if _missing:
    raise ImproperlyConfigured("Production settings need these environment variables: " + ", ".join(_missing))

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = _env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = _env_list("CSRF_TRUSTED_ORIGINS")

# --- Cache: one Redis shared by every process -------------------------------
# Rate limits, renditions and anything else cached must be the same whichever
# process answers. Django's own Redis backend; redis-py uses hiredis when installed.

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "cms"),
        "TIMEOUT": int(os.environ.get("CACHE_TIMEOUT", "300")),
        # A request must not hang on a Redis that does not answer: fail fast (and /healthz says so).
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
    }
}

# --- Files ------------------------------------------------------------------

# Hashed, compressed static files served by the app itself (run `collectstatic` at deploy);
# whitenoise goes right after SecurityMiddleware, as it asks. Development uses runserver's.
MIDDLEWARE = list(MIDDLEWARE)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, "whitenoise.middleware.WhiteNoiseMiddleware"
)
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip():
    STORAGES["default"] = s3_storage(os.environ)
    # The document view checks collection privacy, records the download, then redirects
    # to the object's URL, so the app never streams files through itself.
    WAGTAILDOCS_SERVE_METHOD = "redirect"

# --- HTTPS and security headers ---------------------------------------------

# TLS ends at the proxy in front (nginx, the PaaS router), which says so in this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = _env_flag("SECURE_SSL_REDIRECT", "true")
# Probes speak plain HTTP to the process (cms/health.py answers them first in any case).
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# One year by default; start lower (e.g. 300) on a new domain and raise it once HTTPS is sure.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", "true")
# The header only makes the site eligible; joining the browsers' preload list is a separate,
# deliberate submission (hstspreload.org).
SECURE_HSTS_PRELOAD = _env_flag("SECURE_HSTS_PRELOAD", "true")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Nothing is framed; Wagtail's preview panel marks its own views SAMEORIGIN.
X_FRAME_OPTIONS = "DENY"
# Admin cookies (docs/security.md): HTTPS only, out of reach of page scripts (the admin takes
# its CSRF token from the page, never from the cookie), and not sent on cross-site POSTs. Lax,
# not Strict: a link to the admin in a workflow e-mail must open a signed-in page.
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
# An admin session lasts a working day (12 hours), not Django's two weeks: a forgotten
# signed-in browser does not stay a way in.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(12 * 3600)))

# --- Logs: one JSON object per line on stdout, with the request id -----------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "cms.request_id.RequestIdLogFilter"}},
    "formatters": {"json": {"()": "cms.log_format.JsonLogFormatter"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id"],
            "formatter": "json",
        }
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # cms.request writes one line per request already; Django's own line would repeat it.
        "django.server": {"handlers": [], "propagate": False},
        # django-axes announces its version at every start of every process; its lockouts
        # (logger "axes.handlers...") stay at INFO.
        "axes.apps": {"level": "WARNING"},
    },
}
