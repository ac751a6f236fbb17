"""The "Your translations" dashboard panel."""

import pytest

from tests.factories.translations import TranslatorFactory, UserFactory
from translations.views.dashboard import YourTranslationsPanel

pytestmark = pytest.mark.django_db


def panel_rows(user):
    context = YourTranslationsPanel(user).get_context_data({})
    return [
        (language["code"], language["missing"], language["outdated"], language["ready"], language["url"])
        for language in context["languages"]
    ]


def test_panel_counts_every_target_language_for_a_translator_of_all(report_tree, translator):
    assert panel_rows(translator) == [
        ("ru", 3, 1, 1, "/admin/translators/report/?language=ru"),
        ("tg", 4, 0, 0, "/admin/translators/report/?language=tg"),
        ("ar", 4, 0, 0, "/admin/translators/report/?language=ar"),
    ]


def test_panel_counts_only_the_translators_language(report_tree):
    assert panel_rows(TranslatorFactory(languages=["tg"])) == [
        ("tg", 4, 0, 0, "/admin/translators/report/?language=tg"),
    ]


def test_dashboard_shows_panel_with_links_to_filtered_report(report_tree, client):
    client.force_login(TranslatorFactory(languages=["ru"]))
    page = client.get("/admin/").content.decode()
    assert "Your translations" in page
    assert '<a href="/admin/translators/report/?language=ru">Russian</a>' in page
    assert '<a href="/admin/translators/report/?language=ru&amp;status=outdated">1</a>' in page
    assert "?language=tg" not in page


def test_dashboard_hides_panel_from_editor(report_tree, client):
    client.force_login(UserFactory(groups=["Editors"]))
    page = client.get("/admin/").content.decode()
    assert "Your translations" not in page
