"""The translators' admin: a "Translations" menu, and the XLIFF exchange.

The "Translations" submenu collects its items from the `register_translations_menu_item`
hook, so each translators' screen (the XLIFF export and import here, reports
elsewhere) adds its own item without knowing the others.
"""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.widgets import Button

from .views import xliff as xliff_views

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
