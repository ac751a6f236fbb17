"""Hostile XLIFF files, through both doors: the admin's import screen and `manage.py import_xliff`.

Each is refused with its exact error, within a bounded time, and changes nothing: the
event's revisions (count and content), its translated columns and every other object an
import may write (database_state) are the same before and after. Bounds are loose: they
guard against a hang or a parser chewing through an expansion, not against slowness.
"""

import io
import time

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from sessions.models import EventPage
from tests.translations.xliff_helpers import database_state, export, translate
from translations.xliff import select_event
from translations.xliff.importer import MAX_PROBLEMS_LISTED

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/translations/xliff/import/"
TIME_BOUND_SECONDS = 5
# 50,000 units fill the 5 MB limit: translate-toolkit alone parses them in seconds here.
BIG_FILE_TIME_BOUND_SECONDS = 30
HEAD = (
    b'<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
    b'<file original="cms" source-language="en" target-language="%s" datatype="plaintext"><body>\n'
)
TAIL = b"</body></file></xliff>\n"


def xliff(units, language=b"ru", doctype=b""):
    """A minimal XLIFF 1.2 document around `units` (bytes)."""
    head = HEAD % language
    if doctype:
        head = head.replace(b"?>\n", b"?>\n" + doctype + b"\n", 1)
    return head + units + TAIL


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(username="nigora", password="not-used-here")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def event_state(event):
    """The event's revisions and translated columns, exactly."""
    live = EventPage.objects.get(pk=event.pk)
    return {
        "revisions": list(Revision.page_revisions.filter(object_id=str(event.pk)).values_list("pk", "content")),
        "columns": {
            column: getattr(live, column) for column in ("title_ru", "title_tg", "subtitle_ru", "body_ru", "title_en")
        },
    }


def import_through_admin(client, user, data):
    """Upload `data`; returns (the errors shown, or the form's file errors, seconds)."""
    client.force_login(user)
    started = time.perf_counter()
    response = client.post(IMPORT_URL, {"file": SimpleUploadedFile("dushanbe-ru.xlf", data)})
    seconds = time.perf_counter() - started
    assert response.status_code == 200
    assert "report" not in response.context
    form_errors = response.context["form"].errors.get("file")
    if form_errors:
        return form_errors, seconds
    assert f"Nothing was imported: {response.context['problem_count']} problem" in response.content.decode()
    return response.context["errors"], seconds


def import_through_command(tmp_path, data):
    """Run import_xliff on `data`; returns (its error message, seconds)."""
    path = tmp_path / "dushanbe-ru.xlf"
    path.write_bytes(data)
    started = time.perf_counter()
    with pytest.raises(CommandError) as raised:
        call_command("import_xliff", str(path))
    return str(raised.value), time.perf_counter() - started


@pytest.fixture(params=["admin", "command"])
def refused(request, client, editor, tmp_path, conference):
    """`refused(data)`: import through one door, assert nothing changed; returns (errors, door)."""

    def attempt(data, bound=TIME_BOUND_SECONDS):
        before, event_before = database_state(), event_state(conference.event)
        if request.param == "admin":
            errors, seconds = import_through_admin(client, editor, data)
        else:
            message, seconds = import_through_command(tmp_path, data)
            errors = [message]
        assert seconds < bound
        assert event_state(conference.event) == event_before
        assert database_state() == before
        return errors, request.param

    return attempt


def test_file_one_byte_over_the_limit_is_refused_before_parsing(refused, tmp_path):
    assert settings.XLIFF_MAX_BYTES == 5 * 1024 * 1024
    data = xliff(b"") + b" " * (settings.XLIFF_MAX_BYTES + 1 - len(xliff(b"")))

    errors, door = refused(data)

    if door == "admin":
        assert errors == ["The file is 5242881 bytes, more than the limit of 5242880; nothing was imported."]
    else:
        path = tmp_path / "dushanbe-ru.xlf"
        assert errors == [f"{path} is larger than the limit of 5242880 bytes; nothing was imported."]


def test_ten_megabyte_file_is_refused_before_parsing(refused, tmp_path):
    errors, door = refused(b"<" * (10 * 1024 * 1024))

    if door == "admin":
        assert errors == ["The file is 10485760 bytes, more than the limit of 5242880; nothing was imported."]
    else:
        path = tmp_path / "dushanbe-ru.xlf"
        assert errors == [f"{path} is larger than the limit of 5242880 bytes; nothing was imported."]


@pytest.mark.parametrize("door", ["admin", "command"])
def test_file_of_exactly_the_limit_is_parsed_and_imported(client, editor, tmp_path, conference, door):
    unit = f"programme.eventpage:{conference.event.pk}:title"
    exported = translate(export(select_event(conference.event.slug)), {unit: "Душанбинская конференция 2022"})
    data = exported + b" " * (settings.XLIFF_MAX_BYTES - len(exported))  # whitespace after the root is XML
    assert len(data) == settings.XLIFF_MAX_BYTES
    revisions_before = Revision.page_revisions.filter(object_id=str(conference.event.pk)).count()
    started = time.perf_counter()

    if door == "admin":
        client.force_login(editor)
        response = client.post(IMPORT_URL, {"file": SimpleUploadedFile("dushanbe-ru.xlf", data)})
        assert response.context["report"].changed_units == [unit]
    else:
        path = tmp_path / "dushanbe-ru.xlf"
        path.write_bytes(data)
        call_command("import_xliff", str(path), stdout=io.StringIO())

    assert time.perf_counter() - started < TIME_BOUND_SECONDS
    event = EventPage.objects.get(pk=conference.event.pk)
    assert Revision.page_revisions.filter(object_id=str(event.pk)).count() == revisions_before + 1
    assert event.get_latest_revision_as_object().title_ru == "Душанбинская конференция 2022"
    assert event.title_ru in ("", None)  # a draft: the live page is unchanged


def billion_laughs():
    names = [b"lol%d" % level for level in range(10)]
    declarations = [b'<!ENTITY lol0 "lol">'] + [
        b'<!ENTITY %s "%s">' % (name, (b"&%s;" % previous) * 10)
        for previous, name in zip(names, names[1:], strict=False)
    ]
    return b"<!DOCTYPE xliff [" + b"".join(declarations) + b"]>"


@pytest.mark.parametrize(
    "doctype",
    [billion_laughs(), b'<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'],
    ids=["billion-laughs", "external-entity"],
)
def test_entities_are_refused_before_expansion(refused, conference, doctype):
    unit = f"programme.eventpage:{conference.event.pk}:title"
    entity = b"&lol9;" if b"lol9" in doctype else b"&xxe;"
    data = xliff(
        b'<trans-unit id="%s"><source>x</source><target>%s</target></trans-unit>' % (unit.encode(), entity),
        doctype=doctype,
    )

    errors, door = refused(data, bound=TIME_BOUND_SECONDS)

    expected = "the file declares a DTD, entities or external references (DTDForbidden(name='xliff', "
    assert errors[0].startswith(expected if door == "admin" else "Nothing was imported, 1 problem(s):\n" + expected)


def test_hundred_thousand_nested_elements_are_refused(refused, conference):
    # translate-toolkit's parser (lxml) raised "Excessive depth in document: 256" uncaught: a 500.
    unit = f"programme.eventpage:{conference.event.pk}:title".encode()
    nested = b"<g>" * 100_000 + b"x" + b"</g>" * 100_000
    data = xliff(b'<trans-unit id="%s"><source>x</source><target>%s</target></trans-unit>' % (unit, nested))

    errors, door = refused(data)

    problem = "elements are nested more than 64 levels deep; an XLIFF file needs about 10"
    assert errors == ([problem] if door == "admin" else [f"Nothing was imported, 1 problem(s):\n{problem}"])


def test_fifty_thousand_units_for_unknown_objects_are_counted_and_listed_in_part(refused):
    # Each unit looked its object up with its own query: four minutes for this file, now a query per 500.
    units = b"".join(
        b'<trans-unit id="programme.eventpage:%d:title"><source>x</source><target>y</target></trans-unit>\n'
        % (1_000_000 + number)
        for number in range(50_000)
    )
    data = xliff(units)
    assert len(data) < settings.XLIFF_MAX_BYTES

    errors, door = refused(data, bound=BIG_FILE_TIME_BOUND_SECONDS)

    listed = [
        f"programme.eventpage:{1_000_000 + number}:title: unknown unit, the object does not exist (deleted?)"
        for number in range(MAX_PROBLEMS_LISTED)
    ] + ["... and 49900 more problems, not listed"]
    if door == "admin":
        assert errors == listed
    else:
        assert errors == ["Nothing was imported, 50000 problem(s):\n" + "\n".join(listed)]


@pytest.mark.parametrize(
    ("target", "problem"),
    [
        ("<p>Привет<script>alert(1)</script></p>", "<script> is not allowed"),
        ('<p><a href="javascript:alert(1)">декларация</a></p>', "link target 'javascript:alert(1)' is not allowed"),
        ('<p><a href=" JaVaScRiPt:alert(1)">декларация</a></p>', "link target 'JaVaScRiPt:alert(1)' is not allowed"),
        (
            '<p><a href="data:text/html,&lt;script&gt;">x</a></p>',
            "link target 'data:text/html,<script>' is not allowed",
        ),
    ],
    ids=["script", "javascript-link", "javascript-link-mixed-case", "data-link"],
)
def test_script_and_script_links_in_rich_text_are_refused(refused, conference, target, problem):
    unit = f"programme.eventpage:{conference.event.pk}:body#para-1"
    data = translate(export(select_event(conference.event.slug)), {unit: target})

    errors, door = refused(data)

    expected = f"{unit}: {problem}"
    assert errors == ([expected] if door == "admin" else [f"Nothing was imported, 1 problem(s):\n{expected}"])


def test_file_for_the_source_language_is_refused(refused, conference):
    # Importing "into English" would overwrite what every translation is made from.
    data = export(select_event(conference.event.slug)).replace(b'target-language="ru"', b'target-language="en"')

    errors, door = refused(data)

    problem = "target-language en is not one of ar, ru, tg"
    assert errors == ([problem] if door == "admin" else [f"Nothing was imported, 1 problem(s):\n{problem}"])


def test_file_mixing_two_languages_is_refused(refused, conference):
    exported = export(select_event(conference.event.slug))
    second = (
        exported.split(b"<file", 1)[1]
        .rsplit(b"</file>", 1)[0]
        .replace(b'target-language="ru"', b'target-language="tg"')
    )
    data = exported.replace(b"</xliff>", b"<file" + second + b"</file></xliff>")

    errors, door = refused(data)

    problem = "target-language ru, tg is not one of ar, ru, tg"
    assert errors == ([problem] if door == "admin" else [f"Nothing was imported, 1 problem(s):\n{problem}"])


def test_units_naming_another_page_type_for_this_page_are_refused(refused, conference):
    # The event's id under the press release's label: no press release has it.
    event = conference.event
    unit = f"news.pressreleasepage:{event.pk}:title"
    data = xliff(
        b'<trans-unit id="%s"><source>%s</source><target>x</target></trans-unit>'
        % (unit.encode(), event.title_en.encode())
    )

    errors, door = refused(data)

    problem = f"{unit}: unknown unit, the object does not exist (deleted?)"
    assert errors == ([problem] if door == "admin" else [f"Nothing was imported, 1 problem(s):\n{problem}"])
