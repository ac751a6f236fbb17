from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project itself: settings, URL routing, API assembly and the demo content command."""

    name = "cms"
    verbose_name = "Dushanbe Process CMS"

    def ready(self):
        # Content changes (cms/changes.py) are announced from Wagtail's and Django's signals.
        from . import change_sources

        change_sources.connect()
