"""A translator marks a language version of a page ready; the default language always is."""

import pytest

from translations.models import LanguageReadiness
from translations.readiness import (
    available_languages,
    is_available,
    is_ready,
    mark_not_ready,
    mark_ready,
    ready_languages,
    ready_languages_by_page,
)

pytestmark = pytest.mark.django_db


def test_default_language_is_always_ready(event_page):
    assert is_ready(event_page, "en") is True


def test_language_not_marked_is_not_ready(event_page):
    assert is_ready(event_page, "ru") is False


def test_mark_ready_makes_language_ready(event_page, translator):
    mark_ready(event_page, "ru", translator)
    assert is_ready(event_page, "ru") is True
    assert is_ready(event_page, "tg") is False


def test_mark_ready_records_translator(event_page, translator):
    mark_ready(event_page, "ru", translator)
    readiness = LanguageReadiness.objects.get(page=event_page, language="ru")
    assert readiness.marked_by == translator


def test_mark_not_ready_withdraws_readiness(event_page, translator):
    mark_ready(event_page, "ru", translator)
    mark_not_ready(event_page, "ru", translator)
    assert is_ready(event_page, "ru") is False
    assert LanguageReadiness.objects.filter(page=event_page).count() == 1


def test_default_language_cannot_be_marked(event_page, translator):
    with pytest.raises(ValueError, match="always ready"):
        mark_not_ready(event_page, "en", translator)


def test_unknown_language_is_refused(event_page, translator):
    with pytest.raises(ValueError, match="Unknown language 'fr'"):
        mark_ready(event_page, "fr", translator)


def test_ready_languages_in_configured_order(event_page, translator):
    mark_ready(event_page, "ar", translator)
    mark_ready(event_page, "ru", translator)
    assert ready_languages(event_page) == ["en", "ru", "ar"]


def test_readiness_is_per_page(event_page, speaker_index_page, translator):
    mark_ready(event_page, "ru", translator)
    assert is_ready(speaker_index_page, "ru") is False


def test_ready_languages_by_page_is_one_query(event_page, speaker_index_page, translator, django_assert_num_queries):
    mark_ready(event_page, "ru", translator)
    with django_assert_num_queries(1):
        ready = ready_languages_by_page([event_page.pk, speaker_index_page.pk])
    assert ready == {event_page.pk: {"en", "ru"}, speaker_index_page.pk: {"en"}}


def test_serve_unready_defaults_to_fallback(settings):
    assert settings.TRANSLATIONS_SERVE_UNREADY == "fallback"


def test_fallback_serving_makes_every_language_available(event_page):
    assert available_languages(event_page) == ["en", "ru", "tg", "ar"]
    assert is_available(event_page, "tg") is True


def test_unavailable_setting_limits_available_languages_to_ready(event_page, translator, settings):
    settings.TRANSLATIONS_SERVE_UNREADY = "unavailable"
    mark_ready(event_page, "ru", translator)
    assert available_languages(event_page) == ["en", "ru"]
    assert is_available(event_page, "tg") is False


def test_unknown_serve_unready_setting_is_refused(event_page, settings):
    settings.TRANSLATIONS_SERVE_UNREADY = "hide"
    with pytest.raises(ValueError, match="'fallback' or 'unavailable'"):
        available_languages(event_page)
