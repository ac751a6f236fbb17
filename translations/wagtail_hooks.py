"""Admin screens of the translators' workflow.

Each hook below is its own function so that the screens of this app (the report,
readiness, the dashboard panel; XLIFF exchange) can be read and merged separately.
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from .views.dashboard import YourTranslationsPanel
from .views.outdated import OutdatedView
from .views.readiness import ReadinessView
from .views.report import REPORT_PERMISSION, TranslationReportView

# --- translation report, readiness, dashboard panel -----------------------------

report_urls = [
    path("report/", TranslationReportView.as_view(), name="report"),
    path("report/results/", TranslationReportView.as_view(results_only=True), name="report_results"),
    path("readiness/<int:page_id>/", ReadinessView.as_view(), name="readiness"),
    path("outdated/<int:page_id>/", OutdatedView.as_view(), name="outdated"),
]


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    # /admin/translators/report/ and /admin/translators/readiness/<page id>/
    return [path("translators/", include((report_urls, "translators"), namespace="translators"))]


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        _("Translations"), reverse("translators:report"), name="translations", icon_name="globe", order=1300
    )


class ReadinessMenuItem(PageMenuItem):
    label = _("Translation readiness")
    icon_name = "globe"
    url_name = "translators:readiness"

    def is_shown(self, user):
        return not self.page.is_root() and self.page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def translation_readiness_header_button(page, user, view_name, next_url=None):
    yield ReadinessMenuItem(page=page, next_url=next_url, priority=75)


@hooks.register("register_page_listing_more_buttons")
def translation_readiness_listing_button(page, user, next_url=None):
    yield ReadinessMenuItem(page=page, next_url=next_url, priority=55)


@hooks.register("construct_homepage_panels")
def add_your_translations_panel(request, panels):
    if request.user.has_perm(REPORT_PERMISSION):
        panels.append(YourTranslationsPanel(request.user))
