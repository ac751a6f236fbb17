"""pytest: fast hashing, in-memory mail, an isolated media folder."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105 - tests never leave the machine
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="cms-test-media-"))
# Nothing in a test reaches beyond this machine: the admin would otherwise ask
# releases.wagtail.org for a newer version and show editors' avatars from Gravatar
# (the browser tests would see a broken image in every screenshot).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Every test client is 127.0.0.1, across the whole suite: the API's rate limit of uncached
# work is off, except in the tests that set it (tests/cms/api/test_rate_limit.py).
CMS_API_RATE_LIMIT = {**CMS_API_RATE_LIMIT, "CPU_SECONDS": 0}  # noqa: F405 - from base
