"""The admin's XLIFF download and upload screens, their menu entries and page buttons."""

import html

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sessions.models import EventPage
from tests.translations.xliff_helpers import database_state, export, translate, units_of
from translations.xliff import select_event

pytestmark = pytest.mark.django_db

EXPORT_URL = "/admin/translations/xliff/export/"
IMPORT_URL = "/admin/translations/xliff/import/"


@pytest.fixture
def editor(django_user_model):
    """A translator as Wagtail sets one up: in the Editors group, who may edit every page."""
    user = django_user_model.objects.create_user(username="nigora", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(username="admin", password="pw", email="a@example.org")


@pytest.fixture
def staff_without_pages(django_user_model):
    """May open the admin, may edit no page."""
    user = django_user_model.objects.create_user(username="guest", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def upload(client, data, name="dushanbe-ru.xlf"):
    return client.post(IMPORT_URL, {"file": SimpleUploadedFile(name, data, content_type="application/x-xliff+xml")})


def test_export_form_preselects_the_page_of_the_button(client, editor, conference):
    client.force_login(editor)

    response = client.get(f"{EXPORT_URL}?page={conference.event.pk}&language=tg")

    assert response.status_code == 200
    assert response.context["form"].initial == {"scope": "page", "page": str(conference.event.pk), "language": "tg"}


def test_export_downloads_the_event_as_an_attachment(client, editor, conference):
    client.force_login(editor)
    event = conference.event

    response = client.post(EXPORT_URL, {"language": "ru", "scope": "event", "event": event.pk})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-xliff+xml"
    assert response["Content-Disposition"] == f'attachment; filename="dushanbe-ru-event-{event.slug}.xlf"'
    assert units_of(response.content) == units_of(export(select_event(event.slug)))


def test_export_of_one_page_and_of_everything_outdated(client, editor, conference):
    client.force_login(editor)

    page = client.post(EXPORT_URL, {"language": "ar", "scope": "page", "page": conference.release.pk})
    outdated = client.post(EXPORT_URL, {"language": "ar", "scope": "outdated"})

    assert page["Content-Disposition"] == f'attachment; filename="dushanbe-ar-page-{conference.release.pk}.xlf"'
    assert f"news.pressreleasepage:{conference.release.pk}:title" in units_of(page.content)
    assert outdated["Content-Disposition"] == 'attachment; filename="dushanbe-ar-outdated.xlf"'


def test_export_form_errors_say_what_is_missing(client, editor, conference):
    client.force_login(editor)

    response = client.post(EXPORT_URL, {"language": "en", "scope": "event"})

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "language": ["Select a valid choice. en is not one of the available choices."],
        "event": ["Choose the event to export."],
    }


def test_import_saves_drafts_and_objects_and_reports_them(client, editor, superuser, conference):
    client.force_login(superuser)
    c = conference
    title = f"programme.eventpage:{c.event.pk}:title"
    image = f"media.customimage:{c.image.pk}:alt_text"
    data = translate(export(select_event(c.event.slug)), {title: "Конференция", image: "Пленарный зал"})

    response = upload(client, data)

    assert response.status_code == 200
    report = response.context["report"]
    assert report.changed_units == [title, image]
    assert report.drafts == [f"Dushanbe Conference 2022 (programme.eventpage {c.event.pk})"]
    content = response.content.decode()
    assert "New drafts (not published: review and publish them)" in content
    assert html.escape(report.saved_directly[0]) in content
    event = EventPage.objects.get(pk=c.event.pk)
    assert event.title_ru in ("", None)
    assert event.get_latest_revision_as_object().title_ru == "Конференция"
    assert event.get_latest_revision().user == superuser


def bad_files(c):
    """(name, file, an error the screen must show) for each class of refused file."""
    exported = export(select_event(c.event.slug))
    title = f"programme.eventpage:{c.event.pk}:title"
    paragraph = f"programme.eventpage:{c.event.pk}:body#para-1"
    return [
        (
            "unknown unit",
            exported.replace(f":{c.event.pk}:subtitle".encode(), b":999999:subtitle"),
            "programme.eventpage:999999:subtitle: unknown unit, the object does not exist (deleted?)",
        ),
        ("deleted object", exported, f"media.customdocument:{c.document.pk}:title: unknown unit"),
        (
            "unsafe rich text",
            translate(exported, {paragraph: '<p><a href="javascript:x()">x</a><script>1</script></p>'}),
            f"{paragraph}: <script> is not allowed",
        ),
        ("unclosed tag", translate(exported, {paragraph: "<p>Привет <b>мир</p>"}), f"{paragraph}: <b> is not closed"),
        (
            "wrong language",
            exported.replace(b'target-language="ru"', b'target-language="fr"'),
            "target-language fr is not one of ar, ru, tg",
        ),
        ("malformed XML", exported[:-40], "the file is not well-formed XML"),
        (
            "external entity",
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
            "the file declares a DTD, entities or external references",
        ),
        ("conflict", translate(exported, {title: "Конференция"}), f"{title}: conflict, the English text changed"),
    ]


@pytest.mark.parametrize(
    "case",
    [
        "unknown unit",
        "deleted object",
        "unsafe rich text",
        "unclosed tag",
        "wrong language",
        "malformed XML",
        "external entity",
        "conflict",
    ],
)
def test_import_of_a_bad_file_shows_every_error_and_writes_nothing(client, superuser, conference, case):
    client.force_login(superuser)
    _name, data, expected = next(entry for entry in bad_files(conference) if entry[0] == case)
    if case == "deleted object":
        conference.document.delete()
    if case == "conflict":
        EventPage.objects.filter(pk=conference.event.pk).update(title_en="Dushanbe Conference 2022 (moved)")
        EventPage.objects.get(pk=conference.event.pk).save_revision()
    before = database_state()

    response = upload(client, data)

    assert response.status_code == 200
    errors = response.context["errors"]
    assert any(error.startswith(expected) for error in errors), errors
    content = response.content.decode()
    assert "Nothing was imported" in content
    for error in errors:
        assert html.escape(error) in content
    assert "report" not in response.context
    assert database_state() == before


def test_import_refuses_an_oversize_file_before_parsing_it(client, superuser, conference, settings, monkeypatch):
    client.force_login(superuser)
    settings.XLIFF_MAX_BYTES = 100

    def never(*args, **kwargs):
        raise AssertionError("an oversize file must not be parsed")

    monkeypatch.setattr("translations.views.xliff.import_xliff", never)

    response = upload(client, b"x" * 101)

    assert response.context["form"].errors == {
        "file": ["The file is 101 bytes, more than the limit of 100; nothing was imported."]
    }


def test_import_refuses_changes_to_objects_the_user_may_not_edit(client, editor, conference):
    client.force_login(editor)
    c = conference
    organisation = f"home.organisation:{c.organisation.pk}:name"
    data = translate(export(select_event(c.event.slug)), {organisation: "ОБСЕ"})
    before = database_state()

    response = upload(client, data)

    assert response.context["errors"] == [
        f"{organisation}: you may not edit home.organisation {c.organisation.pk} ({c.organisation})"
    ]
    assert database_state() == before


@pytest.mark.parametrize("url", [EXPORT_URL, IMPORT_URL])
def test_screens_send_users_without_admin_access_to_the_login(client, django_user_model, url):
    client.force_login(django_user_model.objects.create_user(username="reader", password="pw"))

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


@pytest.mark.parametrize("url", [EXPORT_URL, IMPORT_URL])
def test_screens_deny_admin_users_who_cannot_edit_pages(client, staff_without_pages, url):
    client.force_login(staff_without_pages)

    get = client.get(url)
    post = client.post(url, {"language": "ru", "scope": "outdated"})

    assert get.status_code == post.status_code == 302
    assert get["Location"] == post["Location"] == reverse("wagtailadmin_home")


def test_menu_and_page_buttons_lead_to_the_export(client, editor, conference):
    client.force_login(editor)
    event = conference.event

    home = client.get(reverse("wagtailadmin_home")).content.decode()
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    listing = client.get(reverse("wagtailadmin_explore", args=[event.get_parent().pk])).content.decode()

    assert "Export for translation (XLIFF)" in home
    assert "Import translations (XLIFF)" in home
    assert f"{EXPORT_URL}?page={event.pk}" in edit
    assert f"{EXPORT_URL}?page={event.pk}" in listing


def test_menu_is_hidden_from_admin_users_who_cannot_edit_pages(client, staff_without_pages):
    client.force_login(staff_without_pages)

    home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Export for translation (XLIFF)" not in home
