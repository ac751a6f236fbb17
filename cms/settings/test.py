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
