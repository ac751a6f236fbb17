from django.apps import AppConfig


class SigninConfig(AppConfig):
    """Sign-in: the lockout pages of login and password throttling, and optional two-factor sign-in."""

    name = "signin"
    verbose_name = "Admin sign-in"

    def ready(self):
        from . import two_factor  # noqa: F401 - connects its user_logged_in receiver
