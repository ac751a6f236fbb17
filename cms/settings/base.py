"""Settings shared by every environment.

Environment-specific modules import * from here and override. The database comes
from DATABASE_URL when it is set (PostgreSQL in CI and production) and is an SQLite
file under var/ otherwise, so a fresh checkout runs with nothing installed.
"""

import ipaddress
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("CMS_VAR_DIR", BASE_DIR / "var"))

# --- Applications -----------------------------------------------------------

PROJECT_APPS = [
    "home",
    "sessions.apps.ProgrammeConfig",  # label "programme": django.contrib.sessions owns "sessions"
    "people",
    "news",
    "media",
    "translations",
    "webhooks",
    "signin",
]

INSTALLED_APPS = [
    # cms first: its `migrate` command wraps wagtail-modeltranslation's (see
    # cms/management/commands/migrate.py), and the first app to define a command wins.
    "cms",
    # Then: modeltranslation discovers translation.py modules in this order, and
    # wagtailcore.Page must be registered before any of our page types. Its
    # makemigrations/migrate apps replace those two commands so that the per-language
    # columns it adds to wagtailcore.Page (outside migrations) are created by `migrate`
    # and never show up as a pending wagtailcore migration.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    *PROJECT_APPS,
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "grapple",
    "django_tasks_db",  # the database task queue behind webhook deliveries (TASKS["webhooks"])
    "graphene_django",
    "wagtail_headless_preview",
    "corsheaders",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",  # the sitemap.xml template (home/sitemap.py)
    "django_otp",
    "django_otp.plugins.otp_totp",  # the TOTP devices of two-factor sign-in (signin/)
    "axes",  # login throttling; its AccessAttempt rows are the lockouts
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything that can answer a request itself (CommonMiddleware's redirects),
    # so that CORS preflights to /graphql/ are answered with the CORS headers.
    "corsheaders.middleware.CorsMiddleware",
    # Cached public GET answers of /graphql/ leave here, with their CORS headers and
    # without the work of everything below (cms/api/caching/middleware.py).
    "cms.api.caching.middleware.CachedAnswerMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Right after authentication: a user with a TOTP device is signed in nowhere (admin,
    # private pages and documents, API) until they gave its code (signin/middleware.py).
    "signin.middleware.TwoFactorMiddleware",
    # Wrong passwords of private pages and document collections lock the client out, like
    # sign-in (signin/restriction_passwords.py); after the session and the URL's language.
    "signin.restriction_passwords.RestrictionPasswordThrottleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it answers a locked-out sign-in with the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
# Read replicas of the primary (comma-separated URLs), used only where a moment's lag is
# harmless: see cms/db_router.py. Tests mirror them onto the default database.
for _number, _url in enumerate(filter(None, os.environ.get("DATABASE_REPLICA_URLS", "").split(",")), start=1):
    DATABASES[f"replica_{_number}"] = {
        **dj_database_url.parse(_url.strip(), conn_max_age=DATABASES["default"]["CONN_MAX_AGE"]),
        "TEST": {"MIRROR": "default"},
    }
DATABASE_ROUTERS = ["cms.db_router.PrimaryReplicaRouter"]
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail 8's database search backend uses SearchVectorField/GinIndex on PostgreSQL.
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Admin sign-in (docs/security.md) -----------------------------------------

# Every admin account can publish or export content: a password must be long (12 characters
# by default: length beats complexity rules), not a common one and not the user's own name.
PASSWORD_MIN_LENGTH = int(os.environ.get("PASSWORD_MIN_LENGTH", "12"))
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": PASSWORD_MIN_LENGTH},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # "dushanbe2022" is long enough and in no common list, yet the first guess on this site.
    {"NAME": "signin.password_validation.SiteWordsValidator", "OPTIONS": {"words": ["dushanbe", "wagtail"]}},
]

# Login throttling by django-axes: it must see every authenticate() call first, so its
# backend comes first; its middleware turns a lockout into the page below.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
# Minutes a locked-out username + address pair must wait; the lockout page says how long.
AXES_COOLOFF_MINUTES = int(os.environ.get("AXES_COOLOFF_MINUTES", "15"))
AXES_COOLOFF_TIME = timedelta(minutes=AXES_COOLOFF_MINUTES)
# Lock the username only from the address that failed: someone guessing an editor's
# password from elsewhere cannot lock the editor out, nor a shared office address everyone.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "signin.lockout.lockout_response"
# The one client address every per-client limit uses (cms/client_address.py, TRUSTED_PROXIES).
AXES_CLIENT_IP_CALLABLE = "cms.client_address.client_address"

# Passwords of private pages and of private document collections (Wagtail's password forms,
# signin/restriction_passwords.py): after PAGE_PASSWORD_FAILURE_LIMIT wrong ones for one page
# (or collection) from one client address, that pair is refused for PAGE_PASSWORD_COOLOFF_MINUTES,
# the right password too (429 with a page saying how long). Counted in the default cache, which is
# Redis in production: every process shares the count.
PAGE_PASSWORD_FAILURE_LIMIT = int(os.environ.get("PAGE_PASSWORD_FAILURE_LIMIT", "5"))
PAGE_PASSWORD_COOLOFF_MINUTES = int(os.environ.get("PAGE_PASSWORD_COOLOFF_MINUTES", "15"))

# Two-factor sign-in (signin/): optional per user. A user who enrolled a TOTP device must
# give its code after the password, wherever they signed in; until then they are signed in
# nowhere (signin/middleware.py). With this on, superusers without a device must enrol one
# before they can use the admin.
SIGNIN_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = (
    os.environ.get("SIGNIN_TWO_FACTOR_REQUIRED_FOR_SUPERUSERS", "false").lower() == "true"
)
# The issuer authenticator apps show next to the account name.
OTP_TOTP_ISSUER = "Dushanbe Process CMS"

# --- Languages ----------------------------------------------------------------
# The configured languages are the single source for modeltranslation columns,
# URL prefixes and (later) the GraphQL Language enum. English is the default and
# the fallback for every empty translated field.

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("ru", _("Russian")),
    ("tg", _("Tajik")),
    ("ar", _("Arabic")),
]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Dushanbe"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# Editors write English first; other languages stay empty until a translator fills
# them, so an empty column means "not translated yet" and falls back to English.
MODELTRANSLATION_AUTO_POPULATE = False
# A page that its translators have not marked ready in a language (translations/readiness.py):
# "fallback" serves it anyway, English filling what is not translated, and the API says
# which texts are fallback; "unavailable" reports the page as not available in that
# language. Fallback by default: a half-translated page is more use to a reader than none.
TRANSLATIONS_SERVE_UNREADY = os.environ.get("TRANSLATIONS_SERVE_UNREADY", "fallback")

# --- Static and media files -------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Wagtail ------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Dushanbe Process"
# The public web site (e.g. "https://dushanbeprocess.org"): links that leave the service
# (feeds, sitemap, exports, webhooks) point there (cms/frontend.py). Empty: the request's host.
FRONTEND_BASE_URL = os.environ.get("FRONTEND_BASE_URL", "")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "media.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "media.CustomDocument"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# Uploads to the media library (docs/security.md, "Uploads and imports"). Images: the
# formats Pillow decodes and renditions are made from; no SVG, which is a document that
# can carry script and is served from our own origin.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# A press photo out of a camera is 5-25 MB; 10 MB is Wagtail's default, kept explicit.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_BYTES", str(10 * 1024 * 1024)))
# Width x height (x frames). 50 megapixels fits a 45-megapixel full-frame camera and stays
# below Pillow's own bomb warning (89.5 megapixels, PIL.Image.MAX_IMAGE_PIXELS), so an
# image accepted here is one Pillow will make renditions of. Wagtail's default is 128.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGE_MAX_PIXELS", "50000000"))
# Wagtail's form, checking the pixels from the header before decoding (media/forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "media.forms.ImageForm"
# Translated XLIFF files (admin upload and `import_xliff`), refused above this size before
# parsing. A whole site's export is about 1 MB; at 5 MB a file of 50,000 bad units is still
# checked in seconds (translations/xliff/safety.py).
XLIFF_MAX_BYTES = int(os.environ.get("XLIFF_MAX_BYTES", str(5 * 1024 * 1024)))
# Outcome documents and presentations; Wagtail sets no limit at all by default.
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_BYTES", str(20 * 1024 * 1024)))
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Languages live in modeltranslation columns of one page tree, not in Wagtail's
# locale-per-tree model: the two must not be mixed.
WAGTAIL_I18N_ENABLED = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- GraphQL ------------------------------------------------------------------

# The schema is ours (cms/api/schema.py): grapple generates the page, snippet and
# orderable types from each model's `graphql_fields`, but none of its root fields
# are exposed (they read drafts by id and pass `order` straight to order_by).
GRAPHENE = {"SCHEMA": "cms.api.schema.schema"}
GRAPPLE = {
    "APPS": ["home", "programme", "people", "news", "media"],
    "EXPOSE_GRAPHIQL": False,
    "AUTO_CAMELCASE": True,
    "PAGE_INTERFACE": "cms.api.pages.PageInterface",
}

# GraphiQL at /graphql/ in a browser; on in development only.
GRAPHIQL = False

# Limits of the content API, each tunable from the environment (see cms/api/limits.py).
CMS_API = {
    "MAX_DEPTH": int(os.environ.get("API_MAX_DEPTH", "10")),
    "MAX_ALIASES": int(os.environ.get("API_MAX_ALIASES", "15")),
    "MAX_COMPLEXITY": int(os.environ.get("API_MAX_COMPLEXITY", "400")),
    "MAX_PAGE_SIZE": int(os.environ.get("API_MAX_PAGE_SIZE", "100")),
    "DEFAULT_PAGE_SIZE": int(os.environ.get("API_DEFAULT_PAGE_SIZE", "20")),
    # `__schema`/`__type` (cms/api/introspection.py): on unless API_INTROSPECTION=false. The
    # schema is public in schema.graphql anyway; off breaks GraphiQL and schema tools there.
    "INTROSPECTION": os.environ.get("API_INTROSPECTION", "true").lower() != "false",
    # What a request may cost before any parsing work grows with it (cms/api/admission):
    # the body and the query text, checked before they are read or lexed; the tokens,
    # directives, variable definitions, operations and fragment definitions, counted while
    # parsing and refused at the first one over; the `variables` value, measured as JSON.
    # The largest query in docs/api/ is 72 tokens, the standard introspection query 183.
    "MAX_BODY_BYTES": int(os.environ.get("API_MAX_BODY_BYTES", str(1024 * 1024))),
    "MAX_QUERY_LENGTH": int(os.environ.get("API_MAX_QUERY_LENGTH", "100000")),
    "MAX_TOKENS": int(os.environ.get("API_MAX_TOKENS", "5000")),
    "MAX_DIRECTIVES": int(os.environ.get("API_MAX_DIRECTIVES", "50")),
    "MAX_VARIABLES": int(os.environ.get("API_MAX_VARIABLES", "50")),
    "MAX_OPERATIONS": int(os.environ.get("API_MAX_OPERATIONS", "20")),
    "MAX_FRAGMENTS": int(os.environ.get("API_MAX_FRAGMENTS", "50")),
    "MAX_VARIABLES_BYTES": int(os.environ.get("API_MAX_VARIABLES_BYTES", "65536")),
    "MAX_VARIABLES_DEPTH": int(os.environ.get("API_MAX_VARIABLES_DEPTH", "10")),
    # CPU seconds one request may use before it is stopped (admission/budget.py). The demo's
    # uncached 2022 schedule takes about 0.3 s; only the benchmark's 10x content needs more.
    "MAX_CPU_SECONDS": float(os.environ.get("API_MAX_CPU_SECONDS", "1.0")),
}


def _networks(name):
    # Checked here, so that a typo stops every process at start rather than the first request
    # or delivery that would read it.
    networks = [entry.strip() for entry in os.environ.get(name, "").split(",") if entry.strip()]
    for network in networks:
        try:
            ipaddress.ip_network(network)
        except ValueError as error:
            raise ImproperlyConfigured(
                f"{name}: {error} (expected comma-separated networks, e.g. 10.20.0.0/16)"
            ) from error
    return networks


# Uncached GraphQL work per client address (cms/api/admission/rate.py, cms/client_address.py):
# each address may spend CPU_SECONDS of CPU on answers not served from the cache per WINDOW
# seconds (a sliding window); past that it gets 429 with Retry-After. Cached answers cost
# nothing. 3 s per 30 s is a tenth of one core for each address: a reader needs a fraction of
# it (an uncached schedule is about 0.3 s, then cached for everyone), and a request the CPU
# budget had to stop costs the whole allowance, so an attacker gets one such per window.
# EXEMPT lists networks (CIDR, comma-separated) never limited: the web frontend's
# server-side renderer, a conference venue whose Wi-Fi shows one address for all.
# Counted in the shared cache (Redis in production), so every process sees the same count.
CMS_API_RATE_LIMIT = {
    "CPU_SECONDS": float(os.environ.get("API_RATE_LIMIT_CPU_SECONDS", "3")),
    "WINDOW": int(os.environ.get("API_RATE_LIMIT_WINDOW", "30")),
    "EXEMPT": _networks("API_RATE_LIMIT_EXEMPT"),
}

# The cache of public GraphQL answers (cms/api/caching): kept in the shared cache, invalidated
# when content they read is published, unpublished, moved or deleted. MAX_AGE and S_MAXAGE
# are the Cache-Control of public GET answers (browsers/apps; CDNs); both revalidate by ETag.
CMS_API_CACHE = {
    "ENABLED": os.environ.get("API_CACHE_ENABLED", "true").lower() != "false",
    "TIMEOUT": int(os.environ.get("API_CACHE_TIMEOUT", str(24 * 3600))),
    "MAX_AGE": int(os.environ.get("API_CACHE_MAX_AGE", "0")),
    "S_MAXAGE": int(os.environ.get("API_CACHE_S_MAXAGE", "0")),
    "FILL_WAIT": float(os.environ.get("API_CACHE_FILL_WAIT", "10")),
}

# Image renditions the API makes (media/api.py): an allow-list, so every rendition that
# exists is one a frontend asked for by design and none is made for an arbitrary size.
CMS_IMAGE_RENDITIONS = {
    "WIDTHS": [320, 640, 960, 1280, 1920],
    "FORMATS": ["jpeg", "png", "webp"],
    "DEFAULT_FORMAT": "webp",
}

# Frontend clients that render previews (wagtail-headless-preview).
# The frontends an editor can preview a draft on, each in every language: the admin's
# preview panel offers "Web site – Russian", "Mobile app – Arabic"... (home/models/base.py).
CMS_PREVIEW_CLIENTS = {
    "web": os.environ.get("PREVIEW_CLIENT_URL", "http://127.0.0.1:3000/preview"),
    "mobile": os.environ.get("PREVIEW_MOBILE_CLIENT_URL", "http://127.0.0.1:19006/preview"),
}
WAGTAIL_HEADLESS_PREVIEW = {
    # wagtail-headless-preview keys its URLs by site host; ours by frontend (above).
    "CLIENT_URLS": {"default": CMS_PREVIEW_CLIENTS["web"]},
    "SERVE_BASE_URL": None,
    "REDIRECT_ON_PREVIEW": False,
    "ENFORCE_TRAILING_SLASH": True,
}

# --- Contact form and browser clients (home/contact.py) -----------------------

# Frontends on other origins call /graphql/ from the browser; nothing else is
# cross-origin. Comma-separated origins, e.g. "https://dushanbe-process.org".
CORS_ALLOWED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("CORS_ALLOWED_ORIGINS", "http://localhost:3000,http://127.0.0.1:3000").split(",")
    if origin.strip()
]
CORS_URLS_REGEX = r"^/graphql/$"

# submitContactForm: at most CONTACT_FORM_RATE_LIMIT attempts per client IP address
# in CONTACT_FORM_RATE_WINDOW seconds, counted in the default cache.
CONTACT_FORM_RATE_LIMIT = int(os.environ.get("CONTACT_FORM_RATE_LIMIT", "5"))
CONTACT_FORM_RATE_WINDOW = int(os.environ.get("CONTACT_FORM_RATE_WINDOW", "600"))
# The client address of every per-client limit (contact form, sign-in lockouts, page passwords,
# the API's rate limit) is REMOTE_ADDR unless this many trusted reverse proxies stand in front
# of the app: then it is the address the outermost of them appended to X-Forwarded-For.
# Entries to the left of that are written by the client and never trusted; with 0 (the
# default) X-Forwarded-For is ignored. CONTACT_FORM_TRUSTED_PROXIES is its former name.
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", os.environ.get("CONTACT_FORM_TRUSTED_PROXIES", "0")))

# Draft preview (cms/api/preview.py): how long, in seconds, a preview token an editor
# was sent to the frontend with may read the draft. Later the token is refused and
# its stored PagePreview row is deleted when found.
CMS_PREVIEW_TOKEN_TTL = int(os.environ.get("CMS_PREVIEW_TOKEN_TTL", "3600"))

# --- Background tasks and webhooks (webhooks/, docs/webhooks.md) ---------------

TASKS = {
    # Wagtail's own tasks (reference index, image focal points, file deletion) run in the
    # request, as they did before the webhooks: nothing else would run them.
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    # Webhook deliveries are rows in the database, run outside the request by
    # `manage.py db_worker --backend webhooks`: a queued delivery survives a restart.
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Seconds a receiver has to answer one POST.
WEBHOOK_TIMEOUT = float(os.environ.get("WEBHOOK_TIMEOUT", "10"))
# Seconds to wait before each retry: the first after attempt 1 fails, and so on; the last
# repeats. 30 s, 2 min, 10 min, 1 h, then every 6 h: a frontend down for a day still catches up.
WEBHOOK_RETRY_DELAYS = [
    int(delay) for delay in os.environ.get("WEBHOOK_RETRY_DELAYS", "30,120,600,3600,21600").split(",")
]
# After this many attempts a delivery is given up as failed (8: about a day of retries).
WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("WEBHOOK_MAX_ATTEMPTS", "8"))
# A delivery whose task has been running this many seconds is taken for lost (its worker
# died mid-attempt) and queued again by `manage.py deliver_webhooks`. Far above WEBHOOK_TIMEOUT.
WEBHOOK_STALE_AFTER = int(os.environ.get("WEBHOOK_STALE_AFTER", "600"))


# Webhooks go to globally routable addresses only: loopback, private, link-local (169.254.169.254,
# the cloud metadata service), multicast, reserved and documentation addresses are refused after
# DNS resolution (webhooks/addresses.py). Networks listed here are allowed all the same, e.g.
# "10.20.0.0/16" for a receiver on the private network. Empty by default; development adds loopback.
WEBHOOK_ALLOWED_NETWORKS = _networks("WEBHOOK_ALLOWED_NETWORKS")

# --- Production processes (docs/deploying.md) --------------------------------

# Outermost: every request gets its id before anything can log (cms/request_id.py),
# then /healthz is answered before Host validation and HTTPS redirects (cms/health.py).
MIDDLEWARE = ["cms.request_id.RequestIdMiddleware", "cms.health.HealthCheckMiddleware", *MIDDLEWARE]
