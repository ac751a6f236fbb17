"""The translators' admin: a "Translations" menu, the report, readiness, the dashboard panel, XLIFF.

Each screen registers its own hooks below, in its own section. The "Translations"
submenu collects its items from the `register_translations_menu_item` hook, so each
screen adds its own item without knowing the others. The report is also listed
under Reports, where Wagtail's other reports are.
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.widgets import Button

from .page_permissions import pages_user_may_restructure
from .views import xliff as xliff_views
from .views.dashboard import YourTranslationsPanel
from .views.outdated import OutdatedView
from .views.readiness import ReadinessView
from .views.report import REPORT_PERMISSION, TranslationReportView

TRANSLATIONS_MENU_HOOK = "register_translations_menu_item"


@hooks.register("register_admin_menu_item")
def register_translations_menu():
    return SubmenuMenuItem(
        "Translations",
        Menu(register_hook_name=TRANSLATIONS_MENU_HOOK),
        name="translations",
        icon_name="globe",
        order=450,
    )


# --- what "change" alone does not allow (page_permissions.py) --------------------


@hooks.register("before_move_page")
def refuse_move_confirmation_without_permission(request, page, destination):
    # Wagtail's "Confirm move" page checks nothing when it is shown (only the move itself
    # does, on POST): ask the same question before showing it.
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)
    return None


@hooks.register("filter_form_submissions_for_user")
def form_submissions_for_those_who_manage_the_form(user, form_pages):
    # Wagtail shows, exports and deletes a form's submissions for whoever may change the
    # page; the senders' names and addresses are not a translator's to read or delete.
    return form_pages.filter(pk__in=pages_user_may_restructure(user).values("pk"))


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


@hooks.register(TRANSLATIONS_MENU_HOOK)
def register_translation_report_in_translations_menu():
    return TranslationReportMenuItem(
        _("Translation report"), reverse("translators:report"), name="translation-report", icon_name="table", order=100
    )


# --- XLIFF exchange -----------------------------------------------------------


class XliffMenuItem(MenuItem):
    def is_shown(self, request):
        return xliff_views.can_exchange_xliff(request.user)


@hooks.register("register_admin_urls")
def register_xliff_urls():
    urls = [
        path("export/", xliff_views.ExportView.as_view(), name="export"),
        path("import/", xliff_views.ImportView.as_view(), name="import"),
    ]
    return [path("translations/xliff/", include((urls, "translations_xliff"), namespace="translations_xliff"))]


@hooks.register(TRANSLATIONS_MENU_HOOK)
def register_xliff_export_menu_item():
    return XliffMenuItem(
        "Export for translation (XLIFF)",
        reverse("translations_xliff:export"),
        name="xliff-export",
        icon_name="download",
        order=200,
    )


@hooks.register(TRANSLATIONS_MENU_HOOK)
def register_xliff_import_menu_item():
    return XliffMenuItem(
        "Import translations (XLIFF)",
        reverse("translations_xliff:import"),
        name="xliff-import",
        icon_name="upload",
        order=210,
    )


def _xliff_export_button(page, user, priority):
    if page.is_root() or not xliff_views.can_exchange_xliff(user):
        return None
    return Button(
        "Export for translation (XLIFF)",
        f"{reverse('translations_xliff:export')}?page={page.pk}",
        icon_name="download",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def xliff_page_header_button(page, user, view_name, next_url=None):
    button = _xliff_export_button(page, user, priority=80)
    if button:
        yield button


@hooks.register("register_page_listing_more_buttons")
def xliff_page_listing_more_button(page, user, next_url=None):
    button = _xliff_export_button(page, user, priority=70)
    if button:
        yield button
