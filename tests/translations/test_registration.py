"""Every text a reader sees is translatable, in every configured language.

Three guards: the per-language columns exist in the database, no reader-visible
text field is left out of translation.py by accident, and the admin offers one
input per language.
"""

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection, models
from modeltranslation.fields import TranslationField
from modeltranslation.translator import translator
from wagtail.admin.panels import get_edit_handler
from wagtail.fields import RichTextField, StreamField
from wagtail.images.forms import get_image_form
from wagtail.models import Page

from cms.languages import language_codes, localized_field_names
from home.models import Organisation
from media.models import CustomImage
from sessions.models import EventPage

REGISTERED_MODELS = sorted(translator.get_registered_models(abstract=False), key=lambda model: model._meta.label)


def test_configured_languages_are_english_russian_tajik_arabic():
    assert [code for code, _name in settings.LANGUAGES] == ["en", "ru", "tg", "ar"]


def test_language_codes_follow_settings_languages():
    assert language_codes() == [code for code, _name in settings.LANGUAGES]
    assert list(settings.MODELTRANSLATION_LANGUAGES) == language_codes()


# --- (a) one database column per language ---------------------------------------


def test_page_registration_covers_wagtail_page_fields():
    # wagtail-modeltranslation registers these on wagtailcore.Page for every page type.
    assert set(translator.get_options_for_model(Page).local_fields) == {
        "title",
        "slug",
        "seo_title",
        "search_description",
        "url_path",
    }


@pytest.mark.django_db
@pytest.mark.parametrize("model", REGISTERED_MODELS, ids=lambda model: model._meta.label)
def test_translated_fields_have_a_column_per_language(model):
    # Only the fields registered on this model itself live in its table; a page's
    # title columns are in wagtailcore_page, checked with wagtailcore.Page.
    translated = translator.get_options_for_model(model).local_fields
    expected = {localized for name in translated for localized in localized_field_names(name)}
    with connection.cursor() as cursor:
        columns = {
            column.name for column in connection.introspection.get_table_description(cursor, model._meta.db_table)
        }

    assert translated  # a registration without fields would make this test vacuous
    assert expected - columns == set()


# --- (b) completeness: no reader-visible text left untranslated ------------------

PROJECT_APP_LABELS = ["home", "programme", "people", "news", "media"]
TEXT_FIELD_TYPES = (models.CharField, models.TextField, RichTextField, StreamField)

# Inherited from wagtailcore.Page and never shown to readers.
PAGE_INTERNALS = {
    "path",  # treebeard's position in the tree
    "draft_title",  # the admin's copy of the latest draft title; must never be public
}

# Text fields that are deliberately not translated, per model, with the reason.
# A new CharField/TextField/RichTextField/StreamField must either be registered in
# the app's translation.py or be listed here: that is the decision this test forces.
NOT_READER_TEXT = {
    "home.HomePage": PAGE_INTERNALS,
    "home.StandardPage": PAGE_INTERNALS,
    "home.ContactPage": PAGE_INTERNALS
    | {
        # AbstractEmailForm: the e-mail the staff receive per submission, not page text.
        "to_address",
        "from_address",
        "subject",
    },
    "home.ContactFormField": {
        "clean_name",  # AbstractFormField: machine name derived from the label
        "field_type",  # AbstractFormField: choice of widget
    },
    "home.Organisation": {"website"},  # URL
    "home.SiteContacts": {
        "phone",  # digits in international format
        "email",
        "social_links",  # platform choice + URL per link
    },
    "programme.EventPage": PAGE_INTERNALS | {"time_zone", "registration_url"},  # IANA name; URL
    "programme.EventOrganiser": {"role"},  # choice; its label is translated in the frontend
    "programme.SessionPage": PAGE_INTERNALS
    | {
        "kind",  # choice
        "floor_language",  # language code choice
        "livestream_url",
        "recording_url",
    },
    "programme.SessionSpeaker": {"role"},  # choice
    "programme.Venue": {"map_url"},  # URL
    "people.SpeakerIndexPage": PAGE_INTERNALS,
    "people.SpeakerPage": PAGE_INTERNALS,
    "people.SpeakerLink": {"url"},
    "news.NewsIndexPage": PAGE_INTERNALS,
    "news.NewsPage": PAGE_INTERNALS,
    "news.PressReleasePage": PAGE_INTERNALS,
    "news.MediaContact": {"email", "secondary_email", "phone"},
    "media.CustomImage": {
        "title",  # AbstractImage: the library's label for editors; readers get alt_text/caption
        "description",  # AbstractImage: Wagtail's own alt text, replaced by the translated alt_text
        "file_hash",  # AbstractImage: duplicate detection
    },
    "media.CustomRendition": {
        "filter_spec",  # AbstractRendition: e.g. "fill-300x200"
        "focal_point_key",  # AbstractRendition: cache key
    },
    "media.CustomDocument": {
        "file_hash",  # AbstractDocument: duplicate detection
        "language",  # language code choice: the language the file is written in
    },
}

PROJECT_MODELS = sorted(
    (model for label in PROJECT_APP_LABELS for model in apps.get_app_config(label).get_models()),
    key=lambda model: model._meta.label,
)


def _text_field_names(model):
    # TranslationField instances are the generated per-language columns (title_ru...).
    return {
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, TEXT_FIELD_TYPES) and not isinstance(field, TranslationField)
    }


def _translated_field_names(model):
    if model not in translator.get_registered_models():
        return set()
    return set(translator.get_options_for_model(model).get_field_names())


@pytest.mark.parametrize("model", PROJECT_MODELS, ids=lambda model: model._meta.label)
def test_reader_visible_text_fields_are_translated(model):
    untranslated = _text_field_names(model) - _translated_field_names(model)
    allowed = NOT_READER_TEXT.get(model._meta.label, set())

    assert untranslated - allowed == set(), "register these in translation.py or allow-list them with a reason"


@pytest.mark.parametrize("model", PROJECT_MODELS, ids=lambda model: model._meta.label)
def test_allow_list_names_only_untranslated_text_fields(model):
    # A stale entry (field removed, or translated since) would hide a future mistake.
    allowed = NOT_READER_TEXT.get(model._meta.label, set())
    untranslated = _text_field_names(model) - _translated_field_names(model)

    assert allowed - untranslated == set()


def test_allow_list_names_only_project_models():
    assert set(NOT_READER_TEXT) - {model._meta.label for model in PROJECT_MODELS} == set()


# --- (c) the admin presents each language ----------------------------------------


def test_event_page_edit_form_has_an_input_per_language():
    form_fields = set(EventPage.get_edit_handler().get_form_class().base_fields)

    assert set(localized_field_names("subtitle")) <= form_fields
    assert set(localized_field_names("title")) <= form_fields
    assert {"subtitle_en", "subtitle_ru", "subtitle_tg", "subtitle_ar"} <= form_fields
    assert {"title_en", "title_ru", "title_tg", "title_ar"} <= form_fields
    # The untranslated originals would be a second, language-less input.
    assert {"subtitle", "title"} & form_fields == set()


def test_organisation_snippet_form_has_an_input_per_language():
    form_fields = set(get_edit_handler(Organisation).get_form_class().base_fields)

    assert {"name_en", "name_ru", "name_tg", "name_ar"} <= form_fields
    assert "name" not in form_fields


def test_image_form_has_translated_alt_text_caption_and_credit():
    form_fields = set(get_image_form(CustomImage).base_fields)

    assert {"alt_text_ru", "caption_tg", "credit_ar"} <= form_fields
    assert {
        localized for name in ("alt_text", "caption", "credit") for localized in localized_field_names(name)
    } <= form_fields
    # Wagtail's own description would be a second, untranslated alt-text input.
    assert "description" not in form_fields


@pytest.mark.django_db
def test_event_page_admin_edit_view_renders_language_inputs(client, django_user_model, event_page):
    django_user_model.objects.create_superuser(username="editor", email="editor@example.org", password="pw-editor")
    client.force_login(django_user_model.objects.get(username="editor"))

    response = client.get(f"/admin/pages/{event_page.pk}/edit/")

    assert response.status_code == 200
    html = response.content.decode()
    for name in ("subtitle_en", "subtitle_ru", "subtitle_tg", "subtitle_ar"):
        assert f'name="{name}"' in html
