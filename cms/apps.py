from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project itself: settings, URL routing, API assembly and the demo content command."""

    name = "cms"
    verbose_name = "Dushanbe Process CMS"

    def ready(self):
        from .api.caching import invalidation

        invalidation.connect()
