"""Reviewing outdated translations: a translator confirms one still holds, or is refused."""

import pytest

from tests.factories.translations import UserFactory
from tests.translations.admin_helpers import messages_of
from translations.models import TranslationSource
from translations.status import field_status

pytestmark = pytest.mark.django_db


def outdated_url(page):
    return f"/admin/translators/outdated/{page.pk}/"


def test_outdated_view_shows_the_new_english_next_to_the_translation(report_tree, translator_client):
    page = translator_client.get(outdated_url(report_tree.event)).content.decode()
    assert 'name="confirm" value="ru:subtitle"' in page
    assert page.count('name="confirm"') == 1
    assert "Countering terrorism: the new theme" in page
    assert "Противодействие терроризму и предупреждение насильственного экстремизма" in page


def test_outdated_view_confirm_makes_the_translation_current(report_tree, translator_client):
    assert field_status(report_tree.event, "subtitle", "ru") == "outdated"
    response = translator_client.post(outdated_url(report_tree.event), {"confirm": ["ru:subtitle"]})
    assert response.status_code == 302
    assert messages_of(response) == ["Confirmed as still correct: subtitle (Russian)."]
    assert field_status(report_tree.event, "subtitle", "ru") == "complete"


def test_outdated_view_refuses_a_field_that_is_not_outdated_and_confirms_nothing(report_tree, translator_client):
    before = sorted(TranslationSource.objects.values_list("object_id", "field", "language", "source_hash"))
    response = translator_client.post(outdated_url(report_tree.event), {"confirm": ["ru:subtitle", "ru:title"]})
    assert response.status_code == 200
    assert messages_of(response) == ["Nothing was confirmed: the choice is not an outdated translation of this page."]
    assert sorted(TranslationSource.objects.values_list("object_id", "field", "language", "source_hash")) == before
    assert field_status(report_tree.event, "subtitle", "ru") == "outdated"


def test_outdated_view_needs_edit_permission(report_tree, client):
    client.force_login(UserFactory(groups=[]))
    response = client.post(outdated_url(report_tree.event), {"confirm": ["ru:subtitle"]})
    assert response.status_code == 302
    assert field_status(report_tree.event, "subtitle", "ru") == "outdated"


def test_outdated_view_without_outdated_fields_says_so(report_tree, translator_client):
    page = translator_client.get(outdated_url(report_tree.session)).content.decode()
    assert "No translation of this page is outdated." in page
