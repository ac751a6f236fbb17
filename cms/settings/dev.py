"""`make run`: DEBUG on, a per-checkout secret kept under var/, GraphiQL exposed."""

import secrets

from .base import *  # noqa: F403
from .base import VAR_DIR


def _local_secret_key():
    # A random key generated once per checkout and kept out of git, so no secret
    # ever sits in the repository, not even as a fallback.
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


DEBUG = True
SECRET_KEY = _local_secret_key()
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
GRAPHIQL = True
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# GraphiQL's documentation explorer and autocompletion ask the schema by introspection.
CMS_API = {**CMS_API, "INTROSPECTION": True}  # noqa: F405 - from base
# A developer's own receiver (manage.py webhook_receiver) listens on loopback.
WEBHOOK_ALLOWED_NETWORKS = [*WEBHOOK_ALLOWED_NETWORKS, "127.0.0.0/8", "::1/128"]  # noqa: F405 - from base
# A frontend in development renders on this machine, asking /graphql/ from loopback for
# every page it builds: it is not throttled (the limit itself is as in production otherwise).
CMS_API_RATE_LIMIT = {**CMS_API_RATE_LIMIT, "EXEMPT": [*CMS_API_RATE_LIMIT["EXEMPT"], "127.0.0.0/8", "::1/128"]}  # noqa: F405
