from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project itself: settings, URL routing, API assembly and the demo content command."""

    name = "cms"
    verbose_name = "Dushanbe Process CMS"

    def ready(self):
        # Content changes (cms/changes.py) are announced from Wagtail's and Django's signals
        # (webhooks listen); every write also renews the versions of the tables it wrote,
        # which is what cached GraphQL answers are checked against (cms/api/caching).
        from . import change_sources
        from .admin_exports import neutralise_admin_exports
        from .api.caching import invalidation

        change_sources.connect()
        invalidation.connect()
        # Every admin CSV/XLSX export is written by Wagtail's SpreadsheetExportMixin: its cells
        # are neutralised there, once, before any request (cms/admin_exports.py says why there).
        neutralise_admin_exports()
