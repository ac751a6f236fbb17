"""What is missing and what is outdated, per field and language."""

import pytest

from home.models import Organisation
from sessions.models import EventPage
from tests.factories.home import OrganisationFactory
from tests.factories.media import ImageFactory
from tests.factories.sessions import EventPageFactory
from translations.models import TranslationSource
from translations.registry import translated_fields
from translations.status import confirm_translation, field_status, missing_fields, object_status

pytestmark = pytest.mark.django_db

THEME_EN = "Countering Terrorism and Preventing Violent Extremism"
THEME_RU = "Противодействие терроризму и предупреждение насильственного экстремизма"
SUMMARY_EN = "The second high-level conference of the Dushanbe Process."
SUMMARY_RU = "Вторая конференция высокого уровня Душанбинского процесса."


@pytest.fixture
def event_2019(home_page):
    event = EventPageFactory(
        parent=home_page,
        title_en="Dushanbe Conference 2019",
        title_ru="Душанбинская конференция 2019",
        subtitle_en=THEME_EN,
        subtitle_ru=THEME_RU,
        summary_en=SUMMARY_EN,
        summary_ru=SUMMARY_RU,
        city_en="Dushanbe",
        city_ru="Душанбе",
        country_en="Tajikistan",
        country_ru="Таджикистан",
    )
    return EventPage.objects.get(pk=event.pk)


def edit(event, **columns):
    """Save new column values the way the admin does: on a fresh copy from the database."""
    event = EventPage.objects.get(pk=event.pk)
    for column, value in columns.items():
        setattr(event, column, value)
    event.save()
    return EventPage.objects.get(pk=event.pk)


def test_translated_fields_of_event_exclude_slug_and_url_path():
    assert translated_fields(EventPage) == [
        "body",
        "city",
        "country",
        "search_description",
        "seo_title",
        "subtitle",
        "summary",
        "title",
    ]


def test_translated_fields_of_snippet():
    assert translated_fields(Organisation) == ["acronym", "name"]


def test_event_fully_translated_in_russian_is_complete(event_2019):
    status = object_status(event_2019, "ru")
    assert status.missing == []
    assert status.outdated == []
    assert status.done == 1.0


def test_event_untranslated_in_tajik_misses_every_field_with_english_text(event_2019):
    assert missing_fields(event_2019, "tg") == ["city", "country", "subtitle", "summary", "title"]
    assert object_status(event_2019, "tg").done == 0.0


def test_field_without_english_text_is_not_missing(event_2019):
    assert field_status(event_2019, "seo_title", "tg") == "complete"


def test_default_language_is_complete(event_2019):
    assert object_status(event_2019, "en").fields["subtitle"] == "complete"


def test_image_alt_text_missing_in_arabic():
    image = ImageFactory(alt_text_en="Delegates in the plenary hall", alt_text_ru="Делегаты в пленарном зале")
    assert missing_fields(image, "ar") == ["alt_text"]
    assert missing_fields(image, "ru") == []


def test_organisation_snippet_missing_in_russian():
    organisation = OrganisationFactory(name_en="United Nations Office of Counter-Terrorism", acronym_en="UNOCT")
    assert missing_fields(organisation, "ru") == ["acronym", "name"]


def test_share_done_counts_fields_with_english_text(event_2019):
    event = edit(event_2019, summary_ru="", city_ru="")
    # title, subtitle, country done; summary and city missing; 3 of 5.
    assert object_status(event, "ru").done == 3 / 5


def test_editing_english_marks_russian_of_that_field_outdated(event_2019):
    event = edit(event_2019, subtitle_en="Countering terrorism: the new theme")
    assert field_status(event, "subtitle", "ru") == "outdated"
    assert object_status(event, "ru").outdated == ["subtitle"]


def test_editing_english_leaves_other_fields_complete(event_2019):
    event = edit(event_2019, subtitle_en="Countering terrorism: the new theme")
    assert object_status(event, "ru").fields == {
        "body": "complete",
        "city": "complete",
        "country": "complete",
        "search_description": "complete",
        "seo_title": "complete",
        "subtitle": "outdated",
        "summary": "complete",
        "title": "complete",
    }


def test_editing_another_english_field_raises_no_false_alarm(event_2019):
    event = edit(event_2019, summary_en="The second conference, held in Dushanbe in May 2019.")
    assert field_status(event, "subtitle", "ru") == "complete"
    assert field_status(event, "summary", "ru") == "outdated"


def test_editing_english_leaves_missing_translation_missing(event_2019):
    event = edit(event_2019, subtitle_en="Countering terrorism: the new theme")
    assert field_status(event, "subtitle", "tg") == "missing"


def test_updating_russian_clears_outdated(event_2019):
    event = edit(event_2019, subtitle_en="Countering terrorism: the new theme")
    event = edit(event, subtitle_ru="Противодействие терроризму: новая тема")
    assert field_status(event, "subtitle", "ru") == "complete"


def test_confirming_russian_clears_outdated(event_2019):
    event = edit(event_2019, subtitle_en="Countering Terrorism and Preventing Violent Extremism.")
    confirm_translation(event, "subtitle", "ru")
    assert field_status(event, "subtitle", "ru") == "complete"


def test_confirming_one_language_leaves_another_outdated(event_2019):
    event = edit(event_2019, subtitle_tg="Муқовимат бо терроризм")
    event = edit(event, subtitle_en="Countering terrorism: the new theme")
    confirm_translation(event, "subtitle", "ru")
    assert field_status(event, "subtitle", "ru") == "complete"
    assert field_status(event, "subtitle", "tg") == "outdated"


def test_english_save_with_update_fields_marks_russian_outdated(event_2019):
    event_2019.subtitle_en = "Countering terrorism: the new theme"
    event_2019.save(update_fields=["subtitle_en"])
    assert field_status(event_2019, "subtitle", "ru") == "outdated"


def test_publishing_english_revision_marks_russian_outdated(event_2019):
    event = edit(event_2019)
    event.subtitle_en = "Countering terrorism: the new theme"
    event.save_revision().publish()
    assert field_status(EventPage.objects.get(pk=event.pk), "subtitle", "ru") == "outdated"


def test_publishing_russian_revision_clears_outdated(event_2019):
    event = edit(event_2019, subtitle_en="Countering terrorism: the new theme")
    event.subtitle_ru = "Противодействие терроризму: новая тема"
    event.save_revision().publish()
    assert field_status(EventPage.objects.get(pk=event.pk), "subtitle", "ru") == "complete"


def test_saving_a_draft_records_nothing(event_2019):
    event = edit(event_2019, subtitle_en="Countering terrorism: the new theme")
    event.subtitle_ru = "Противодействие терроризму: новая тема"
    event.save_revision()
    assert field_status(EventPage.objects.get(pk=event.pk), "subtitle", "ru") == "outdated"


def test_translation_without_recorded_source_counts_complete(event_2019):
    TranslationSource.objects.all().delete()
    assert field_status(event_2019, "subtitle", "ru") == "complete"


def test_translation_without_recorded_source_is_recorded_on_next_save(event_2019):
    TranslationSource.objects.all().delete()
    event = edit(event_2019, summary_en="The second conference, held in Dushanbe in May 2019.")
    event = edit(event, subtitle_en="Countering terrorism: the new theme")
    assert field_status(event, "subtitle", "ru") == "outdated"


def test_emptied_translation_is_missing_and_forgets_its_source(event_2019):
    event = edit(event_2019, subtitle_ru="")
    assert field_status(event, "subtitle", "ru") == "missing"
    assert list(TranslationSource.objects.filter(field="subtitle", language="ru")) == []


def test_sources_are_recorded_per_translated_language(event_2019):
    recorded = TranslationSource.objects.filter(object_id=event_2019.pk).values_list("field", "language")
    assert sorted(recorded) == [
        ("city", "ru"),
        ("country", "ru"),
        ("subtitle", "ru"),
        ("summary", "ru"),
        ("title", "ru"),
    ]


def test_image_alt_text_outdated_after_english_edit():
    image = ImageFactory(alt_text_en="Delegates in the plenary hall", alt_text_ru="Делегаты в пленарном зале")
    image.alt_text_en = "Delegates in the plenary hall of the Kokhi Somon"
    image.save()
    assert field_status(image, "alt_text", "ru") == "outdated"


def test_deleting_a_snippet_forgets_its_sources():
    organisation = OrganisationFactory(name_en="Organization for Security and Co-operation in Europe", name_ru="ОБСЕ")
    organisation.delete()
    assert list(TranslationSource.objects.all()) == []
