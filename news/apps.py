from django.apps import AppConfig


class NewsConfig(AppConfig):
    """News articles and press releases."""

    name = "news"
    verbose_name = "News and press releases"
