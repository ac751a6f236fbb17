"""python manage.py create_dev_admin: a superuser for local development only.

The password is generated once per checkout and kept in var/ (git-ignored), so no
credential is ever committed; the command prints it so `make run` can show it.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create or reset the development admin user and print its credentials (DEBUG only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_dev_admin is for development settings only (DEBUG is off).")
        password_file = settings.VAR_DIR / "dev_admin_password"
        if not password_file.exists():
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(secrets.token_urlsafe(12))
        password = password_file.read_text().strip()

        user, _created = get_user_model().objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@example.org"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(f"Development admin: user {USERNAME}, password {password}")
