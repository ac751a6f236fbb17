"""XLIFF 1.2 export and import: units, round trip, and everything an import refuses."""

import io
import re

import pytest
from django.core.management import CommandError, call_command
from translate.storage.xliff import xlifffile

from sessions.models import EventPage
from tests.factories.sessions import EventPageFactory, SessionPageFactory
from tests.translations.xliff_helpers import translate
from translations.xliff import (
    Selection,
    XliffImportError,
    export_xliff,
    import_xliff,
    pages_for_event,
    pages_for_page,
)

pytestmark = pytest.mark.django_db

BODY_EN = '<p>Read the <a linktype="page" id="{target}">declaration</a> and <b>register</b>.</p>'
BODY_RU = '<p>Прочтите <a linktype="page" id="{target}">декларацию</a> и <b>зарегистрируйтесь</b>.</p>'


@pytest.fixture
def event(home_page):
    page = EventPageFactory(
        parent=home_page,
        title_en="Dushanbe Conference 2019",
        subtitle_en="Countering Terrorism",
        city_en="Dushanbe",
        body_en=[{"type": "paragraph", "value": BODY_EN.format(target=home_page.pk), "id": "para-1"}],
    )
    page.save_revision().publish()
    return EventPage.objects.get(pk=page.pk)


def ids(event, *fields):
    return [f"programme.eventpage:{event.pk}:{field}" for field in fields]


def export(pages, language="ru", **kwargs):
    data, _units = export_xliff(pages, language, **kwargs)
    return data


def test_export_of_one_event_is_xliff_12_with_its_units(event):
    data = export(pages_for_page(event.pk))

    assert b'version="1.2"' in data
    assert b"urn:oasis:names:tc:xliff:document:1.2" in data
    store = xlifffile.parsestring(data)
    assert store.getsourcelanguage() == "en"
    assert store.gettargetlanguage() == "ru"
    units = {unit.xmlelement.get("id"): (unit.source, unit.target) for unit in store.units}
    assert units == {
        ids(event, "title")[0]: ("Dushanbe Conference 2019", ""),
        ids(event, "subtitle")[0]: ("Countering Terrorism", ""),
        ids(event, "city")[0]: ("Dushanbe", ""),
        ids(event, "body#para-1")[0]: (BODY_EN.format(target=event.get_parent().pk), ""),
    }


def test_round_trip_saves_a_draft_and_leaves_the_live_page(event):
    link_target = event.get_parent().pk
    title, body = ids(event, "title", "body#para-1")
    data = translate(
        export(pages_for_page(event.pk)),
        {title: "Душанбинская конференция 2019", body: BODY_RU.format(target=link_target)},
    )

    report = import_xliff(data)

    assert report.language == "ru"
    assert report.changed_units == [title, body]
    assert dict(report.saved) == {"programme.eventpage": 1}
    live = EventPage.objects.get(pk=event.pk)
    assert live.title_ru in ("", None)
    assert live.has_unpublished_changes is True
    draft = live.get_latest_revision_as_object()
    assert draft.title_ru == "Душанбинская конференция 2019"
    assert draft.body_ru[0].id == "para-1"
    # The internal link and the formatting survive the round trip unchanged.
    assert draft.body_ru[0].value.source == BODY_RU.format(target=link_target)
    assert draft.body_en[0].value.source == BODY_EN.format(target=link_target)


def test_export_after_import_shows_the_translation_as_target(event):
    title = ids(event, "title")[0]
    import_xliff(translate(export(pages_for_page(event.pk)), {title: "Конференция"}))

    store = xlifffile.parsestring(export(pages_for_page(event.pk)))

    assert {u.xmlelement.get("id"): u.target for u in store.units}[title] == "Конференция"
    selection = Selection(name="page", pages=pages_for_page(event.pk), outdated_only=True)
    missing = xlifffile.parsestring(export(selection))
    assert title not in [u.xmlelement.get("id") for u in missing.units]


def test_english_changed_since_export_is_a_conflict_and_nothing_is_written(event):
    title, subtitle = ids(event, "title", "subtitle")
    data = translate(export(pages_for_page(event.pk)), {title: "Конференция", subtitle: "Противодействие"})
    draft = event.get_latest_revision_as_object()
    draft.subtitle_en = "Countering Terrorism and Violent Extremism"
    draft.save_revision()
    revisions = event.revisions.count()

    with pytest.raises(XliffImportError) as raised:
        import_xliff(data)

    assert raised.value.errors == [f"{subtitle}: conflict, the English text changed since the export"]
    assert event.revisions.count() == revisions
    assert event.get_latest_revision_as_object().title_ru in ("", None)


def test_unknown_unit_is_rejected(event):
    data = translate(export(pages_for_page(event.pk)), {ids(event, "title")[0]: "Конференция"})
    data = data.replace(f":{event.pk}:city".encode(), b":999999:city")

    with pytest.raises(XliffImportError) as raised:
        import_xliff(data)

    assert raised.value.errors == [
        "programme.eventpage:999999:city: unknown unit, the object does not exist (deleted?)"
    ]


def test_inline_rows_named_without_their_page_are_rejected(event):
    data = export(pages_for_page(event.pk)).replace(
        f"programme.eventpage:{event.pk}:city".encode(), b"news.mediacontact:1:name"
    )

    with pytest.raises(XliffImportError) as raised:
        import_xliff(data)

    assert raised.value.errors == ["news.mediacontact:1:name: unknown unit, this model has no translation units"]


def test_wrong_target_language_is_rejected(event):
    data = export(pages_for_page(event.pk)).replace(b'target-language="ru"', b'target-language="fr"')

    with pytest.raises(XliffImportError) as raised:
        import_xliff(data)

    assert raised.value.errors == ["target-language fr is not one of ar, ru, tg"]


def test_entity_expansion_is_rejected_before_parsing():
    data = b"""<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="cms"
 source-language="en" target-language="ru" datatype="plaintext"><body>
<trans-unit id="x"><source>&lol2;</source></trans-unit></body></file></xliff>"""

    with pytest.raises(XliffImportError) as raised:
        import_xliff(data)

    assert len(raised.value.errors) == 1
    assert raised.value.errors[0].startswith("the file declares a DTD, entities or external references")


def test_script_in_rich_text_target_is_rejected(event):
    body, title = ids(event, "body#para-1", "title")
    data = translate(
        export(pages_for_page(event.pk)),
        {title: "Конференция", body: '<p>Привет<script>alert(1)</script><a href="javascript:x()">x</a></p>'},
    )

    with pytest.raises(XliffImportError) as raised:
        import_xliff(data)

    assert raised.value.errors == [
        f"{body}: <script> is not allowed",
        f"{body}: link target 'javascript:x()' is not allowed",
    ]
    assert event.revisions.count() == 1


def test_event_export_includes_its_sessions(event):
    session = SessionPageFactory(parent=event, title_en="Opening")

    store = xlifffile.parsestring(export(pages_for_event(event.slug)))

    assert f"programme.sessionpage:{session.pk}:title" in [u.xmlelement.get("id") for u in store.units]


def final_lines(out):
    """The command's output without intermediate progress lines.

    A run slower than cms.progress's interval (a loaded CI machine) logs one more
    count line; what must always be there is the final count and the report.
    """
    return [line for line in out.getvalue().splitlines() if not re.fullmatch(r"\w+: (\d+)/(?!\1\b)\d+ \(\d+%\)", line)]


def test_commands_export_and_import_with_progress(event, tmp_path):
    output = tmp_path / "event.xlf"
    out = io.StringIO()

    call_command("export_xliff", "--language", "ru", "--page", str(event.pk), "--output", str(output), stdout=out)

    assert final_lines(out) == ["pages: 1/1 (100%)", f"Exported 4 units for 'ru' to {output}"]
    title = ids(event, "title")[0]
    output.write_bytes(translate(output.read_bytes(), {title: "Конференция"}))
    out = io.StringIO()
    call_command("import_xliff", str(output), stdout=out)
    assert final_lines(out) == [
        "units: 4/4 (100%)",
        f"  changed {title}",
        f"  new draft of Dushanbe Conference 2019 (programme.eventpage {event.pk})",
        "1 of 4 units changed in 'ru'; saved programme.eventpage: 1",
    ]


def test_import_command_reports_every_problem(event, tmp_path):
    path = tmp_path / "bad.xlf"
    path.write_bytes(export(pages_for_page(event.pk)).replace(b'target-language="ru"', b'target-language="en"'))

    with pytest.raises(CommandError) as raised:
        call_command("import_xliff", str(path), stdout=io.StringIO())

    assert str(raised.value) == "Nothing was imported, 1 problem(s):\ntarget-language en is not one of ar, ru, tg"


@pytest.mark.usefixtures("demo_site")
def test_demo_event_exports_and_reimports_unchanged():
    event = max(EventPage.objects.all(), key=lambda page: page.get_children().count())

    data, units = export_xliff(pages_for_event(event.slug), "ru")

    assert {unit.unit_id.split(":")[0] for unit in units} == {"programme.eventpage", "programme.sessionpage"}
    assert any("#" in unit.unit_id for unit in units if unit.unit_id.startswith("programme.sessionpage"))
    report = import_xliff(data)
    assert report.changed_units == []
    assert report.units_in_file == len(units)
