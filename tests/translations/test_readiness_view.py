"""The readiness view: a translator marks a page's language versions ready or not ready."""

import pytest
from django.contrib.auth.models import Permission

from tests.factories.translations import UserFactory
from tests.translations.admin_helpers import messages_of
from translations.models import LanguageReadiness
from translations.readiness import mark_ready

pytestmark = pytest.mark.django_db


def readiness_url(page):
    return f"/admin/translators/readiness/{page.pk}/"


def marks(page):
    return sorted(
        LanguageReadiness.objects.filter(page=page).values_list("language", "is_ready", "marked_by__username")
    )


def test_readiness_form_shows_current_state_and_who_marked_it(report_tree, translator_client):
    page = translator_client.get(readiness_url(report_tree.event)).content.decode()
    assert '<input type="checkbox" name="ready" value="ru" checked>' in page
    assert '<input type="checkbox" name="ready" value="tg">' in page
    assert 'value="en"' not in page
    assert "Marked ready" in page
    assert "by Nigora" in page
    assert "Never marked" in page
    assert "4/5 fields, 80%" in page


def test_readiness_marks_language_ready(report_tree, translator_client):
    response = translator_client.post(readiness_url(report_tree.session), {"ready": ["ru", "ar"]})
    assert response.status_code == 302
    assert response.url == readiness_url(report_tree.session)
    assert marks(report_tree.session) == [("ar", True, "nigora"), ("ru", True, "nigora")]
    assert messages_of(response) == ["Readiness of 'Opening session' saved: ready in Russian, Arabic."]


def test_readiness_unmarks_language(report_tree, translator_client):
    response = translator_client.post(readiness_url(report_tree.event), {})
    assert marks(report_tree.event) == [("ru", False, "nigora")]
    assert messages_of(response) == ["Readiness of 'Dushanbe Conference 2019' saved: not ready in Russian."]


def test_readiness_unchanged_language_keeps_its_mark(report_tree, translator_client, django_user_model):
    other = UserFactory(groups=["Translators"], username="firuza")
    LanguageReadiness.objects.all().delete()
    mark_ready(report_tree.event, "ru", other)
    translator_client.post(readiness_url(report_tree.event), {"ready": ["ru", "tg"]})
    assert marks(report_tree.event) == [("ru", True, "firuza"), ("tg", True, "nigora")]


def test_readiness_redirects_to_next(report_tree, translator_client):
    response = translator_client.post(
        readiness_url(report_tree.event), {"ready": ["ru"], "next": "/admin/translators/report/?language=ru"}
    )
    assert response.url == "/admin/translators/report/?language=ru"


def test_readiness_unknown_language_is_refused_and_changes_nothing(report_tree, translator_client):
    response = translator_client.post(readiness_url(report_tree.event), {"ready": ["tg", "fr"]})
    assert response.status_code == 200
    assert messages_of(response) == [
        "Readiness was not saved: Select a valid choice. fr is not one of the available choices."
    ]
    assert marks(report_tree.event) == [("ru", True, "nigora")]


def test_readiness_default_language_is_refused(report_tree, translator_client):
    response = translator_client.post(readiness_url(report_tree.event), {"ready": ["en"]})
    assert messages_of(response) == [
        "Readiness was not saved: Select a valid choice. en is not one of the available choices."
    ]
    assert marks(report_tree.event) == [("ru", True, "nigora")]


def test_readiness_of_missing_page_is_refused_and_changes_nothing(report_tree, translator_client):
    response = translator_client.post("/admin/translators/readiness/999999/", {"ready": ["tg"]})
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert messages_of(response) == ["There is no page with id 999999: nothing was saved."]
    assert LanguageReadiness.objects.count() == 1


def test_readiness_refused_to_user_who_cannot_edit(report_tree, client):
    # Admin access but no page permission: Wagtail answers a refusal with a redirect to
    # the dashboard and "Sorry, you do not have permission to access this area."
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.post(readiness_url(report_tree.event), {"ready": ["tg"]})
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert messages_of(response) == ["Sorry, you do not have permission to access this area."]
    assert marks(report_tree.event) == [("ru", True, "nigora")]


def test_readiness_button_in_page_header(report_tree, translator_client):
    page = translator_client.get(f"/admin/pages/{report_tree.event.pk}/edit/").content.decode()
    assert readiness_url(report_tree.event) in page
    assert "Translation readiness" in page


def test_readiness_button_in_page_listing(report_tree, translator_client):
    page = translator_client.get(f"/admin/pages/{report_tree.home.pk}/").content.decode()
    assert readiness_url(report_tree.event) in page
    assert readiness_url(report_tree.about) in page
