from django.apps import AppConfig


class HomeConfig(AppConfig):
    """Site root and general pages, the contact form, site settings, organisations and shared blocks."""

    name = "home"
    verbose_name = "Site"
