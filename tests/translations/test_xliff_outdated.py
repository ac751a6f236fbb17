"""export_xliff --outdated: every unit missing or outdated in the language, in a bounded number of queries."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import Organisation
from news.models import MediaContact, PressReleasePage
from sessions.models import EventPage
from tests.factories.sessions import EventPageFactory
from tests.translations.xliff_helpers import export, translate, units_of
from translations.xliff import import_xliff, select_outdated, select_page
from translations.xliff.scopes import all_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated_event(home_page):
    """An event whose title and subtitle are translated into Russian; its city is not."""
    event = EventPageFactory(
        parent=home_page,
        title_en="Dushanbe Conference 2018",
        title_ru="Душанбинская конференция 2018",
        subtitle_en="Countering Terrorism",
        subtitle_ru="Противодействие терроризму",
        city_en="Dushanbe",
        body_en=[{"type": "paragraph", "value": "<p>Welcome.</p>", "id": "para-1"}],
        body_ru=[{"type": "paragraph", "value": "<p>Добро пожаловать.</p>", "id": "para-1"}],
    )
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def unit(page, suffix):
    return f"programme.eventpage:{page.pk}:{suffix}"


def outdated_units(**kwargs):
    return units_of(export(select_outdated(), **kwargs))


def test_current_translations_are_left_out_and_missing_ones_exported(translated_event):
    units = outdated_units()

    assert unit(translated_event, "city") in units
    assert unit(translated_event, "title") not in units
    assert unit(translated_event, "subtitle") not in units
    assert unit(translated_event, "body#para-1") not in units


def test_published_english_change_makes_the_unit_outdated_with_its_old_translation(translated_event):
    translated_event.subtitle_en = "Countering Terrorism and Violent Extremism"
    translated_event.save_revision().publish()

    units = outdated_units()

    assert units[unit(translated_event, "subtitle")] == (
        "Countering Terrorism and Violent Extremism",
        "Противодействие терроризму",
    )
    assert unit(translated_event, "title") not in units


def test_english_changed_in_a_draft_is_outdated_against_the_draft(translated_event):
    draft = translated_event.get_latest_revision_as_object()
    draft.body_en = [{"type": "paragraph", "value": "<p>Welcome to Dushanbe.</p>", "id": "para-1"}]
    draft.save_revision()

    units = outdated_units()

    assert units[unit(translated_event, "body#para-1")] == ("<p>Welcome to Dushanbe.</p>", "<p>Добро пожаловать.</p>")


def test_a_translation_imported_into_a_draft_is_no_longer_outdated(translated_event):
    translated_event.subtitle_en = "Countering Terrorism and Violent Extremism"
    translated_event.save_revision().publish()
    subtitle = unit(translated_event, "subtitle")
    import_xliff(translate(export(select_outdated()), {subtitle: "Противодействие терроризму и экстремизму"}))

    assert subtitle not in outdated_units()
    # ...and once the draft is published, its source is recorded: still not outdated.
    EventPage.objects.get(pk=translated_event.pk).get_latest_revision().publish()
    assert subtitle not in outdated_units()


def test_outdated_snippet_and_inline_row_keep_their_old_translation(conference):
    c = conference
    organisation = Organisation.objects.get(pk=c.organisation.pk)
    organisation.name_ru = "ОБСЕ"
    organisation.save()
    organisation.name_en = "OSCE"
    organisation.save()
    publish_contact(c.release, role_ru="Пресс-секретарь")
    publish_contact(c.release, role_en="Spokesperson")
    assert MediaContact.objects.get(pk=c.contact.pk).role_en == "Spokesperson"

    units = outdated_units()

    assert units[f"home.organisation:{organisation.pk}:name"] == ("OSCE", "ОБСЕ")
    assert units[f"news.pressreleasepage:{c.release.pk}:media_contacts:{c.contact.pk}:role"] == (
        "Spokesperson",
        "Пресс-секретарь",
    )


def publish_contact(release, **texts):
    """Edit the release's media contact as an editor would, and publish."""
    release = PressReleasePage.objects.get(pk=release.pk)
    contacts = list(release.media_contacts.all())
    for column, text in texts.items():
        setattr(contacts[0], column, text)
    release.media_contacts = contacts
    release.save_revision().publish()


def _source_queries(captured):
    return [query["sql"] for query in captured.captured_queries if "translations_translationsource" in query["sql"]]


def test_sources_are_read_once_per_content_type_however_many_pages(home_page):
    def export_counting():
        with CaptureQueriesContext(connection) as captured:
            export(select_outdated())
        return _source_queries(captured)

    EventPageFactory(parent=home_page, city_en="Dushanbe", city_ru="Душанбе")
    one_event = export_counting()
    for year in (2019, 2020, 2021, 2022):
        EventPageFactory(parent=home_page, city_en="Dushanbe", city_ru="Душанбе", title_en=f"Conference {year}")
    five_events = export_counting()

    # One per page type (Wagtail's welcome page, the home page, events); no snippets here.
    assert len(one_event) == len(five_events) == len({page.content_type_id for page in all_pages()}) == 3


def test_outdated_command_exports_missing_and_outdated_units(translated_event, tmp_path):
    output = tmp_path / "outdated.xlf"
    out = io.StringIO()

    call_command("export_xliff", "--language", "ru", "--outdated", "--output", str(output), stdout=out)

    units = units_of(output.read_bytes())
    assert unit(translated_event, "city") in units
    assert unit(translated_event, "title") not in units
    assert out.getvalue().splitlines()[-1] == f"Exported {len(units)} units for 'ru' to {output}"


def test_page_scope_exports_current_translations_too(translated_event):
    units = units_of(export(select_page(translated_event.pk)))

    assert units[unit(translated_event, "title")] == ("Dushanbe Conference 2018", "Душанбинская конференция 2018")
