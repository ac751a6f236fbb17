"""python manage.py reset_two_factor <username>: turn off two-factor sign-in for a user who lost their phone."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Delete a user's TOTP devices: they sign in with their password alone and may enrol again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        deleted, _by_model = TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(f"{deleted} two-factor device(s) removed for {username}.")
