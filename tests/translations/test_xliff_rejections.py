"""A refused XLIFF import names every bad unit and writes nothing, whatever the unit kind."""

import pytest

from home.models import Organisation
from sessions.models import Venue
from tests.translations.xliff_helpers import database_state, export, translate
from translations.xliff import XliffImportError, import_xliff, select_event, select_snippets

pytestmark = pytest.mark.django_db

XLIFF_HEAD = b"""<?xml version="1.0"?>
%s
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="cms"
 source-language="en" target-language="ru" datatype="plaintext"><body>
<trans-unit id="home.organisation:1:name"><source>%s</source><target>x</target></trans-unit>
</body></file></xliff>"""


def ids(c):
    return {
        "image": f"media.customimage:{c.image.pk}:alt_text",
        "document": f"media.customdocument:{c.document.pk}:title",
        "organisation": f"home.organisation:{c.organisation.pk}:name",
        "room": f"programme.venue:{c.venue.pk}:rooms:{c.room.pk}:name",
        "quote": f"programme.eventpage:{c.event.pk}:body#quote-1/quote",
        "paragraph": f"programme.eventpage:{c.event.pk}:body#para-1",
        "title": f"programme.eventpage:{c.event.pk}:title",
    }


def refused(data):
    """Import `data`, expecting a refusal that changes nothing; return the errors."""
    before = database_state()
    with pytest.raises(XliffImportError) as raised:
        import_xliff(data)
    assert database_state() == before
    return raised.value.errors


def test_one_bad_unit_of_each_kind_refuses_the_whole_file_and_names_each(conference):
    c = conference
    unit = ids(c)
    data = translate(
        export(select_event(c.event.slug)),
        {
            unit["title"]: "Душанбинская конференция",  # valid, but not written either
            unit["image"]: "Зал" * 100,
            unit["paragraph"]: "<p>Прочтите <b>декларацию</p>",
            unit["quote"]: "У терроризма нет религии.",
            unit["room"]: "Пленарный зал",
        },
    )
    Organisation.objects.filter(pk=c.organisation.pk).update(name_en="OSCE")  # conflict
    c.document.delete()  # deleted object
    venue = Venue.objects.get(pk=c.venue.pk)
    venue.rooms = []
    venue.save()  # deleted inline row

    errors = refused(data)

    assert errors == [
        f"{unit['paragraph']}: <b> is not closed",
        f"{unit['organisation']}: conflict, the English text changed since the export",
        f"{unit['document']}: unknown unit, the object does not exist (deleted?)",
        f"{unit['image']}: the translation is longer than 255 characters",
        f"{unit['room']}: unknown unit, the rooms row is no longer on it (deleted?)",
    ]


def test_english_changed_inside_a_struct_block_is_a_conflict(conference):
    c = conference
    unit = ids(c)
    data = translate(export(select_event(c.event.slug)), {unit["quote"]: "У терроризма нет религии."})
    draft = c.event.get_latest_revision_as_object()
    body = draft.body_en.get_prep_value()
    body[1]["value"]["quote"] = "Terrorism has no religion and no nationality."
    draft.body_en = body
    draft.save_revision()

    assert refused(data) == [f"{unit['quote']}: conflict, the English text changed since the export"]


@pytest.mark.parametrize(
    ("target", "problems"),
    [
        ("<p>Привет<script>alert(1)</script></p>", ["<script> is not allowed"]),
        ('<p><a href="javascript:alert(1)">декларация</a></p>', ["link target 'javascript:alert(1)' is not allowed"]),
        (
            '<p><a href="https://example.org" onclick="x()">декларация</a></p>',
            ["attribute 'onclick' is not allowed on <a>"],
        ),
        ("<p>Прочтите <i>декларацию</p>", ["<i> is not closed"]),
        ("<p>Прочтите декларацию</i></p>", ["</i> closes no open element"]),
        ("<p>1 < 2</p>", ["a tag is not finished, or a literal '<' is not written as &lt;"]),
        ("<p>Привет<!--<script>--></p>", ["comments are not allowed"]),
        ('<p>Прочтите <a linktype="page" id="x">декларацию</a></p>', ["a page link needs a numeric id"]),
        ("<p>Прочтите <b", ["a tag is not finished, or a literal '<' is not written as &lt;", "<p> is not closed"]),
    ],
)
def test_unsafe_rich_text_is_refused(conference, target, problems):
    unit = ids(conference)["paragraph"]
    data = translate(export(select_event(conference.event.slug)), {unit: target})

    assert refused(data) == [f"{unit}: {problem}" for problem in problems]


def test_wrong_target_language_is_refused(conference):
    data = export(select_snippets()).replace(b'target-language="ru"', b'target-language="de"')

    assert refused(data) == ["target-language de is not one of ar, ru, tg"]


@pytest.mark.parametrize(
    "data",
    [
        b"<xliff version='1.2'><file>",
        b"not xml at all",
        XLIFF_HEAD % (b"", b"<b>unclosed"),
    ],
)
def test_malformed_xml_is_refused(conference, data):
    errors = refused(data)

    assert len(errors) == 1
    assert errors[0].startswith("the file is not well-formed XML")


def test_billion_laughs_is_refused_before_expansion(conference):
    names = [b"lol%d" % level for level in range(10)]
    declarations = [b'<!ENTITY lol0 "lol">'] + [
        b'<!ENTITY %s "%s">' % (name, (b"&%s;" % previous) * 10)
        for previous, name in zip(names, names[1:], strict=False)
    ]
    entities = b"<!DOCTYPE xliff [" + b"".join(declarations) + b"]>"
    errors = refused(XLIFF_HEAD % (entities, b"&lol9;"))

    assert len(errors) == 1
    assert errors[0].startswith("the file declares a DTD, entities or external references")


def test_external_entity_is_refused(conference):
    doctype = b'<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'

    errors = refused(XLIFF_HEAD % (doctype, b"&xxe;"))

    assert len(errors) == 1
    assert errors[0].startswith("the file declares a DTD, entities or external references")


def test_oversize_file_is_refused_before_parsing(conference, settings):
    settings.XLIFF_MAX_BYTES = 100
    data = export(select_snippets())

    assert refused(data) == [f"the file is {len(data)} bytes, more than the limit of 100"]
