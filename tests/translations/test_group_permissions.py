"""What each group may do, through the real admin views: Editors, Moderators, Translators, no group.

docs/security.md ("Roles") is the table of these tests.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from tests.factories.people import SpeakerIndexPageFactory
from tests.factories.translations import TranslatorFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def speakers(report_tree):
    """A live page under the "Translation review" workflow, its edit form complete without JavaScript."""
    page = SpeakerIndexPageFactory(parent=report_tree.home, title_en="Speakers")
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def signed_in(client, user):
    client.force_login(user)
    return client


def edit(client, page, action, **changes):
    """POST the page's own edit form with `changes` and the button `action` pressed."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for name, value in changes.items():
        data[name] = value
    data[action] = action
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


# --- publishing -----------------------------------------------------------------


def test_translator_publish_post_leaves_the_live_page_unchanged(client, speakers):
    live_revision_id = speakers.live_revision_id
    signed_in(client, TranslatorFactory(languages=["ru"]))

    response = edit(client, speakers, "action-publish", title_ru="Выступающие")

    assert response.status_code == 302
    live = Page.objects.get(pk=speakers.pk)
    assert (live.live_revision_id, live.title_ru, live.title_en) == (live_revision_id, None, "Speakers")


def test_translator_edit_page_has_no_publish_button(client, speakers):
    signed_in(client, TranslatorFactory(languages=["ru"]))

    html = client.get(f"/admin/pages/{speakers.pk}/edit/").content.decode()

    assert 'name="action-publish"' not in html
    assert "Submit to Translation review" in html


def test_translator_saves_a_draft(client, speakers):
    signed_in(client, TranslatorFactory(languages=["ru"]))

    response = edit(client, speakers, "action-save", title_ru="Выступающие")

    assert response.status_code == 302
    page = Page.objects.get(pk=speakers.pk)
    assert (page.has_unpublished_changes, page.title_ru) == (True, None)
    assert page.get_latest_revision().as_object().title_ru == "Выступающие"


def test_editor_publishes(client, speakers):
    signed_in(client, UserFactory(groups=["Editors"]))

    response = edit(client, speakers, "action-publish", title_en="Speakers of the conference")

    assert response.status_code == 302
    assert Page.objects.get(pk=speakers.pk).title_en == "Speakers of the conference"


# --- the "Translation review" workflow ------------------------------------------


@pytest.fixture
def submitted(client, speakers):
    """A Russian title a translator submitted to "Translation review"; the client is signed out after."""
    signed_in(client, TranslatorFactory(languages=["ru"]))
    assert edit(client, speakers, "action-submit", title_ru="Выступающие").status_code == 302
    client.logout()
    return WorkflowState.objects.for_instance(speakers).get()


def approve(client, state):
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=(state.content_object.pk, "approve", state.current_task_state.pk)
    )
    return client.post(url, {"comment": ""})


def test_moderator_approves_and_the_translation_goes_live(client, speakers, submitted):
    signed_in(client, UserFactory(groups=["Moderators"]))

    response = approve(client, submitted)

    assert response.status_code == 302
    submitted.refresh_from_db()
    assert (submitted.status, Page.objects.get(pk=speakers.pk).title_ru) == ("approved", "Выступающие")


def test_editor_who_also_translates_approves(client, speakers, submitted):
    signed_in(client, UserFactory(groups=["Editors", "Translators"]))

    response = approve(client, submitted)

    assert response.status_code == 302
    submitted.refresh_from_db()
    assert (submitted.status, Page.objects.get(pk=speakers.pk).title_ru) == ("approved", "Выступающие")


def test_translator_cannot_approve(client, speakers, submitted):
    signed_in(client, TranslatorFactory(languages=["ru"]))

    response = approve(client, submitted)

    assert response.status_code == 302
    submitted.refresh_from_db()
    assert (submitted.status, Page.objects.get(pk=speakers.pk).title_ru) == ("in_progress", None)


# --- translators' screens -------------------------------------------------------

REPORT_URL = "/admin/translators/report/"
EXPORT_URL = "/admin/translations/xliff/export/"
# What the admin answers: the screen, Wagtail's "no permission" redirect to the dashboard
# (an admin user without the right), or the sign-in page (a user who may not use the admin).
SHOWN = "shown"
REFUSED = "refused"
NOT_ADMIN = "sign in"


def user_of(role):
    if role == "superuser":
        return UserFactory(is_superuser=True, is_staff=True)
    if role == "translator":
        return TranslatorFactory(languages=["ru"])
    if role == "no group":
        return UserFactory()
    if role == "Editors + Translators":
        return UserFactory(groups=["Editors", "Translators"])
    return UserFactory(groups=[role])


def outcome(client, url):
    """SHOWN, REFUSED or NOT_ADMIN, checked exactly against the response."""
    response = client.get(url)
    answers = {
        (200, None): SHOWN,
        (302, "/admin/"): REFUSED,
        (302, f"/admin/login/?next={url}"): NOT_ADMIN,
    }
    return answers.get(
        (response.status_code, response.get("Location")), (response.status_code, response.get("Location"))
    )


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("superuser", SHOWN),
        ("translator", SHOWN),
        ("Editors + Translators", SHOWN),
        ("Editors", REFUSED),
        ("Moderators", REFUSED),
        ("no group", NOT_ADMIN),
    ],
)
def test_translations_report_only_for_translators_and_superusers(client, report_tree, role, expected):
    signed_in(client, user_of(role))

    assert outcome(client, REPORT_URL) == expected


def test_anonymous_is_sent_to_sign_in_from_the_report(client, report_tree):
    assert outcome(client, REPORT_URL) == NOT_ADMIN


@pytest.mark.parametrize(
    ("role", "listed"),
    [
        ("superuser", True),
        ("translator", True),
        ("Editors + Translators", True),
        ("Editors", False),
        ("Moderators", False),
    ],
)
def test_reports_menu_lists_translations_only_for_report_holders(client, report_tree, role, listed):
    signed_in(client, user_of(role))

    html = client.get("/admin/").content.decode()

    assert (REPORT_URL in html) == listed


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("superuser", SHOWN),
        ("translator", SHOWN),
        ("Editors + Translators", SHOWN),
        ("Editors", SHOWN),
        ("Moderators", SHOWN),
        ("no group", NOT_ADMIN),
    ],
)
def test_readiness_and_xliff_for_whoever_can_edit_the_page(client, report_tree, role, expected):
    signed_in(client, user_of(role))

    readiness = outcome(client, f"/admin/translators/readiness/{report_tree.event.pk}/")

    assert (readiness, outcome(client, EXPORT_URL)) == (expected, expected)


# --- webhooks -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("superuser", SHOWN),
        ("translator", REFUSED),
        ("Editors + Translators", REFUSED),
        ("Editors", REFUSED),
        ("Moderators", REFUSED),
        ("no group", NOT_ADMIN),
    ],
)
def test_webhooks_admin_only_for_superusers(client, report_tree, role, expected):
    signed_in(client, user_of(role))

    endpoints = outcome(client, "/admin/webhook_endpoints/")

    assert (endpoints, outcome(client, "/admin/webhook_deliveries/")) == (expected, expected)
