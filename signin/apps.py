from django.apps import AppConfig


class SigninConfig(AppConfig):
    """Admin sign-in: the lockout page of login throttling and optional two-factor sign-in."""

    name = "signin"
    verbose_name = "Admin sign-in"
