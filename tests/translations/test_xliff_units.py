"""XLIFF units beyond page fields: StreamField struct texts, inline rows, snippets, images, documents."""

import pytest
from wagtail.models import Page

from home.models import Organisation
from media.models import CustomDocument, CustomImage
from news.models import MediaContact, PressReleasePage
from sessions.models import EventPage, Room, SessionPage, Venue
from tests.factories.sessions import SessionPageFactory
from tests.translations.conftest import PARAGRAPH_EN
from tests.translations.xliff_helpers import export, translate, units_of
from translations.models import TranslationSource
from translations.status import COMPLETE, field_status, text_hash
from translations.xliff import XliffImportError, import_xliff, select_event, select_page, select_snippets

pytestmark = pytest.mark.django_db

PARAGRAPH_RU = (
    '<p>Прочтите <a linktype="page" id="{target}">декларацию</a> и <b>зарегистрируйтесь</b>.</p>'
    "<ul><li>Душанбе</li><li>Нью-Йорк</li></ul>"
)


def event_unit(conference, suffix):
    return f"programme.eventpage:{conference.event.pk}:{suffix}"


def test_event_export_has_struct_texts_rows_and_the_objects_the_pages_use(conference):
    c = conference
    units = units_of(export(select_event(c.event.slug)))

    assert units[event_unit(c, "body#para-1")] == (PARAGRAPH_EN.format(target=c.event.get_parent().pk), "")
    assert units[event_unit(c, "body#quote-1/quote")] == ("Terrorism has no religion.", "")
    assert units[event_unit(c, "body#quote-1/attribution")] == ("Emomali Rahmon", "")
    assert units[event_unit(c, "body#image-1/alt_text")] == ("Delegates arriving", "")
    assert units[f"programme.sessionpage:{c.session.pk}:title"] == ("Opening session", "")
    # Used by the pages: the hero image, the body image, the venue (through the event and
    # through the session's room) with its room, the organiser, the outcome document.
    assert units[f"media.customimage:{c.image.pk}:alt_text"] == ("The plenary hall", "")
    assert units[f"media.customimage:{c.image.pk}:caption"] == ("Opening day", "")
    assert units[f"media.customimage:{c.image.pk}:credit"] == ("UN Photo", "")
    assert units[f"media.customimage:{c.body_image.pk}:alt_text"] == ("Delegates", "")
    assert units[f"media.customdocument:{c.document.pk}:title"] == ("Dushanbe Declaration", "")
    assert units[f"home.organisation:{c.organisation.pk}:name"] == (
        "Organization for Security and Co-operation in Europe",
        "",
    )
    assert units[f"programme.venue:{c.venue.pk}:name"] == ("Kokhi Somon", "")
    assert units[f"programme.venue:{c.venue.pk}:rooms:{c.room.pk}:name"] == ("Plenary hall", "")
    # The press release is not under the event.
    assert not [unit_id for unit_id in units if unit_id.startswith("news.")]


def test_page_export_has_inline_rows_named_through_the_page(conference):
    c = conference
    units = units_of(export(select_page(c.release.pk)))

    assert units[f"news.pressreleasepage:{c.release.pk}:media_contacts:{c.contact.pk}:name"] == (
        "Sahobiddin Sadriddinzod",
        "",
    )
    assert units[f"news.pressreleasepage:{c.release.pk}:media_contacts:{c.contact.pk}:role"] == ("Press secretary", "")


def test_snippets_export_has_every_snippet_image_and_document(conference):
    c = conference
    units = units_of(export(select_snippets()))

    assert {unit_id.split(":")[0] for unit_id in units} == {
        "home.organisation",
        "media.customdocument",
        "media.customimage",
        "programme.venue",
    }
    assert f"programme.venue:{c.venue.pk}:rooms:{c.room.pk}:name" in units


def test_round_trip_of_every_unit_kind(conference):
    c = conference
    link_target = c.event.get_parent().pk
    row = f"news.pressreleasepage:{c.release.pk}:media_contacts:{c.contact.pk}"
    targets = {
        event_unit(c, "title"): "Душанбинская конференция 2022",
        event_unit(c, "body#para-1"): PARAGRAPH_RU.format(target=link_target),
        event_unit(c, "body#quote-1/quote"): "У терроризма нет религии.",
        event_unit(c, "body#image-1/alt_text"): "Прибытие делегатов",
        f"{row}:name": "Сахобиддин Садриддинзода",
        f"media.customimage:{c.image.pk}:alt_text": "Пленарный зал",
        f"media.customdocument:{c.document.pk}:title": "Душанбинская декларация",
        f"home.organisation:{c.organisation.pk}:acronym": "ОБСЕ",
        f"programme.venue:{c.venue.pk}:rooms:{c.room.pk}:name": "Пленарный зал",
    }
    exported = export(select_event(c.event.slug))
    release_export = export(select_page(c.release.pk))
    revisions = {page.pk: page.revisions.count() for page in (c.event, c.release, c.session)}

    report = import_xliff(translate(exported, targets))
    release_report = import_xliff(translate(release_export, targets))

    assert sorted(report.changed_units + release_report.changed_units) == sorted(targets)
    assert dict(report.saved) == {
        "programme.eventpage": 1,
        "media.customimage": 1,
        "media.customdocument": 1,
        "home.organisation": 1,
        "programme.venue": 1,
    }
    assert dict(release_report.saved) == {"news.pressreleasepage": 1}
    assert report.drafts == [f"Dushanbe Conference 2022 (programme.eventpage {c.event.pk})"]

    # Pages: one new draft revision each, nothing published, the live rows untouched.
    event = EventPage.objects.get(pk=c.event.pk)
    assert event.revisions.count() == revisions[c.event.pk] + 1
    assert c.session.revisions.count() == revisions[c.session.pk]
    assert event.has_unpublished_changes is True
    assert event.title_ru in ("", None)
    assert len(event.body_ru) == 0
    draft = event.get_latest_revision_as_object()
    assert draft.title_ru == "Душанбинская конференция 2022"
    assert [block.id for block in draft.body_ru] == ["para-1", "quote-1", "image-1"]
    assert draft.body_ru[0].value.source == PARAGRAPH_RU.format(target=link_target)
    assert dict(draft.body_ru[1].value) == {"quote": "У терроризма нет религии.", "attribution": "Emomali Rahmon"}
    assert draft.body_ru[2].value.pk == c.body_image.pk
    assert draft.body_ru[2].value.contextual_alt_text == "Прибытие делегатов"
    assert draft.body_en[0].value.source == PARAGRAPH_EN.format(target=link_target)
    release = PressReleasePage.objects.get(pk=c.release.pk)
    assert release.has_unpublished_changes is True
    assert MediaContact.objects.get(pk=c.contact.pk).name_ru in ("", None)
    assert release.get_latest_revision_as_object().media_contacts.get(id=c.contact.pk).name_ru == (
        "Сахобиддин Садриддинзода"
    )

    # Snippets, images, documents, a venue's room: saved directly.
    assert CustomImage.objects.get(pk=c.image.pk).alt_text_ru == "Пленарный зал"
    assert CustomDocument.objects.get(pk=c.document.pk).title_ru == "Душанбинская декларация"
    assert Organisation.objects.get(pk=c.organisation.pk).acronym_ru == "ОБСЕ"
    assert Room.objects.get(pk=c.room.pk).name_ru == "Пленарный зал"
    assert Venue.objects.get(pk=c.venue.pk).name_ru in ("", None)

    # Re-exporting shows the new targets, the page ones from the draft.
    units = units_of(export(select_event(c.event.slug)))
    for unit_id, text in targets.items():
        if not unit_id.startswith("news."):
            assert units[unit_id] == (units[unit_id][0], text)


def test_directly_saved_translations_are_recorded_as_made_from_the_current_english(conference):
    """The post_save signal records the sources of what an import saves directly: no explicit call needed."""
    c = conference
    import_xliff(
        translate(
            export(select_snippets()),
            {
                f"home.organisation:{c.organisation.pk}:name": "Организация по безопасности и сотрудничеству",
                f"media.customimage:{c.image.pk}:caption": "Первый день",
                f"programme.venue:{c.venue.pk}:rooms:{c.room.pk}:name": "Пленарный зал",
            },
        )
    )

    for translated, field in [
        (Organisation.objects.get(pk=c.organisation.pk), "name"),
        (CustomImage.objects.get(pk=c.image.pk), "caption"),
        (Room.objects.get(pk=c.room.pk), "name"),
    ]:
        assert field_status(translated, field, "ru") == COMPLETE
        source = TranslationSource.objects.get(
            content_type__model=type(translated)._meta.model_name, object_id=translated.pk, field=field, language="ru"
        )
        assert source.source_hash == text_hash(translated, field)


def test_a_row_deleted_from_the_draft_is_an_unknown_unit(conference):
    c = conference
    unit = f"news.pressreleasepage:{c.release.pk}:media_contacts:{c.contact.pk}:name"
    data = translate(export(select_page(c.release.pk)), {unit: "Сахобиддин"})
    draft = c.release.get_latest_revision_as_object()
    draft.media_contacts = []
    draft.save_revision()

    with pytest.raises(XliffImportError) as raised:
        import_xliff(data)

    gone = "unknown unit, the media_contacts row is no longer on the page's latest draft (deleted?)"
    assert raised.value.errors == [f"{unit}: {gone}", f"{unit[: -len('name')]}role: {gone}"]
    assert Page.objects.get(pk=c.release.pk).revisions.count() == 2


def key_issues(*texts, prefix):
    return [{"type": "key_issue", "value": f"<p>{text}</p>", "id": f"{prefix}-{n}"} for n, text in enumerate(texts)]


def test_blocks_typed_separately_per_language_are_paired_by_position(event_page):
    """In the admin each language's StreamField is its own form field: the blocks get different ids."""
    session = SessionPageFactory(
        parent=event_page,
        key_issues_en=key_issues("Border security", "Foreign fighters", prefix="en"),
        key_issues_ru=key_issues("Безопасность границ", "Иностранные боевики", prefix="ru"),
    )
    session.save_revision().publish()
    first, second = (f"programme.sessionpage:{session.pk}:key_issues#en-{n}" for n in (0, 1))
    data = export(select_page(session.pk))

    assert units_of(data)[second] == ("<p>Foreign fighters</p>", "<p>Иностранные боевики</p>")

    import_xliff(translate(data, {first: "<p>Безопасность <b>границ</b></p>"}))

    draft = SessionPage.objects.get(pk=session.pk).get_latest_revision_as_object()
    assert [(block.id, block.value.source) for block in draft.key_issues_ru] == [
        ("en-0", "<p>Безопасность <b>границ</b></p>"),
        ("en-1", "<p>Иностранные боевики</p>"),
    ]


def test_a_translation_that_cannot_be_paired_with_english_blocks_is_never_replaced(event_page):
    session = SessionPageFactory(
        parent=event_page,
        key_issues_en=key_issues("Border security", "Foreign fighters", prefix="en"),
        key_issues_ru=key_issues("Безопасность границ", prefix="ru"),
    )
    session.save_revision().publish()
    first = f"programme.sessionpage:{session.pk}:key_issues#en-0"
    data = export(select_page(session.pk))
    assert units_of(data)[first] == ("<p>Border security</p>", "")

    with pytest.raises(XliffImportError) as raised:
        import_xliff(translate(data, {first: "<p>Безопасность границ</p>"}))

    assert raised.value.errors == [
        f"{first}: its blocks in this language cannot be paired with the English blocks: "
        "translate key_issues in the admin, or empty it there first"
    ]
    assert session.revisions.count() == 1
