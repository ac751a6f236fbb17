"""An editor's day in the real admin: a session with two speakers, previewed, scheduled, live.

The screenshots it takes (`DOCS_SCREENSHOTS=docs/img`) illustrate docs/publishing.md.
"""

import datetime
import html
import io
import re
from urllib.parse import parse_qs, quote, urlsplit

from django.conf import settings
from django.core.management import call_command
from django.utils import formats, timezone
from playwright.sync_api import expect
from wagtail.models import Revision
from wagtail_headless_preview.models import PagePreview

from sessions.models import SessionPage
from tests.browser.helpers import log_in_to_admin, save_screenshot
from tests.factories.people import SpeakerPageFactory
from tests.factories.sessions import EventPageFactory
from tests.factories.translations import UserFactory

TITLE_EN = "Border security in Central Asia"
TITLE_RU = "Безопасность границ в Центральной Азии"
SUMMARY_EN = "Ministers and experts on the management of borders against the movement of terrorists."

# What a frontend asks for a session: its page by path and the event's schedule.
SCHEDULE_AND_PATH = """query ($path: String!) {
  page(path: $path) { title }
  schedule(event: "2022") {
    timeZone
    days { date sessions { title ... on SessionPage { kind start end speakers { role speaker { title } } } } }
  }
}"""


def show_frontend_placeholder(route):
    """Answer a frontend's preview URL in place of the real app, which does not run in tests."""
    route.fulfill(
        status=200,
        content_type="text/html",
        body=f"<p>The mobile app shows the draft here, from</p><p>{html.escape(route.request.url)}</p>",
    )


def read_graphql(frontend, query, variables=None):
    """POST a query to /graphql/ from `frontend` (a browser context without the editor's cookies)."""
    response = frontend.request.post("/graphql/", data={"query": query, "variables": variables or {}})
    assert response.status == 200, response.text()
    return response.json()


def fill_date_time(page, selector, value, *, outside):
    """Type a date and time into one of Wagtail's date-time fields and close its picker.

    The picker opens a moment (100 ms) after the field gets focus and then stays over
    what is below it: wait for it, then click `outside` (something harmless) to close it.
    Tab would close it too, but opens the next date field's picker.
    """
    page.locator(selector).fill(value)
    picker = page.locator(".xdsoft_datetimepicker:visible")
    expect(picker).to_have_count(1)
    page.locator(outside).click()
    expect(picker).to_have_count(0)


def open_status_panel(page):
    """Open the editor's Status side panel, unless it is open already, and wait until it has slid in."""
    # Wagtail reopens the panel that was open on the previous page (kept in localStorage)
    # just after load, then drops "form-side--initial": only then does the toggle tell the truth.
    expect(page.locator(".form-side--initial")).to_have_count(0)
    toggle = page.locator("[data-side-panel-toggle=status]")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    expect(page.locator(".form-side")).to_have_class(
        re.compile(r"(?=.*\bform-side--open\b)(?=.*\bform-side--status\b)")
    )
    # A screenshot taken during the slide shows half a panel.
    page.wait_for_function("() => document.querySelector('.form-side').getAnimations({subtree: true}).length === 0")


def choose_speaker(page, position, name, role):
    """Add a row to the Speakers panel, pick `name` in the page chooser and set the role."""
    page.locator("#id_speakers-ADD").click()
    page.locator(f"#id_speakers-{position}-speaker-chooser [data-chooser-action-choose]").click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("link", name=name, exact=True).click()
    expect(modal).to_have_count(0)
    expect(page.locator(f"#id_speakers-{position}-speaker-title")).to_have_text(name)
    page.locator(f"#id_speakers-{position}-role").select_option(role)


def test_editor_creates_previews_schedules_a_session_and_sees_it_go_live(
    browser_page, live_server, home_page, speaker_index_page
):
    event = EventPageFactory(
        parent=home_page,
        title="Dushanbe Conference 2022",
        slug="2022",
        start_date=datetime.date(2022, 10, 18),
        end_date=datetime.date(2022, 10, 19),
    )
    guterres = SpeakerPageFactory(parent=speaker_index_page, title="António Guterres", slug="guterres")
    voronkov = SpeakerPageFactory(parent=speaker_index_page, title="Vladimir Voronkov", slug="voronkov")
    editor = UserFactory(username="mavluda", first_name="Mavluda", last_name="Saidova", groups=["Editors"])
    editor.set_password("publish-2022")
    editor.save()
    page = browser_page

    log_in_to_admin(page, "mavluda", "publish-2022")

    # 1. The event's only child type is a session: "Add child page" opens its form.
    page.goto(f"/admin/pages/{event.pk}/add_subpage/")
    expect(page.locator("h1")).to_have_text("New: Session")
    save_screenshot(page, "editor-01-new-session")
    page.locator("#id_title_en").fill(TITLE_EN)
    # The language picker shows the Russian fields next to the English ones.
    page.locator(".locale-picker").get_by_role("button", name="ru", exact=True).click()
    page.locator("#id_title_ru").fill(TITLE_RU)
    page.locator("#id_kind").select_option("ministerial")
    fill_date_time(page, "#id_start", "2022-10-18 15:00", outside="#id_kind-label")
    fill_date_time(page, "#id_end", "2022-10-18 16:30", outside="#id_kind-label")
    page.locator("#id_summary_en").fill(SUMMARY_EN)
    choose_speaker(page, 0, "António Guterres", "keynote")
    choose_speaker(page, 1, "Vladimir Voronkov", "chair")
    save_screenshot(page, "editor-02-speakers", full_page=True)
    page.locator("footer").get_by_role("button", name="Save draft").click()
    # Wagtail 8 autosaves the form every half second: by the time the editor presses
    # "Save draft" the page may already exist, and the message says "updated" instead.
    expect(page.locator(".messages li.success")).to_contain_text(
        re.compile(rf"Page '{TITLE_EN}' (created|has been updated)\.")
    )
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    save_screenshot(page, "editor-03-draft-saved")

    session = SessionPage.objects.get(title_en=TITLE_EN)
    draft = session.get_latest_revision_as_object()
    assert (session.live, session.get_parent().pk, draft.title_ru, draft.kind) == (
        False,
        event.pk,
        TITLE_RU,
        "ministerial",
    )
    assert [(part.speaker_id, part.role) for part in draft.speakers.all()] == [
        (guterres.pk, "keynote"),
        (voronkov.pk, "chair"),
    ]

    # 2. Preview on the mobile app in Russian. No frontend runs here: the browser answers
    # the mobile client's preview URL itself and keeps the URL the admin sent it to.
    mobile_preview = settings.CMS_PREVIEW_CLIENTS["mobile"].rstrip("/") + "/"
    page.route(re.compile("^" + re.escape(mobile_preview)), show_frontend_placeholder)
    page.locator("[data-side-panel-toggle=preview]").click()
    # The panel first shows the default mode (the web site in English). A mode chosen
    # while that first preview is loading is dropped by Wagtail's preview controller,
    # so wait until the panel's iframe holds it (the controller names it once loaded).
    expect(page.locator("#w-preview-iframe")).to_have_attribute("src", re.compile(r"[?&]mode=web%3Aen(&|$)"))
    modes = page.locator("#id_preview_mode")
    expect(modes.locator("option")).to_have_text([label for _mode, label in session.preview_modes])
    with page.expect_request(lambda request: request.url.startswith(mobile_preview)) as preview_request:
        modes.select_option(label="Mobile app – Russian")
    preview_url = urlsplit(preview_request.value.url)
    # The panel shows the admin's preview page, which frames the frontend's (here the placeholder).
    frontend = page.frame_locator("#w-preview-iframe").frame_locator("iframe")
    expect(frontend.get_by_text("The mobile app shows the draft here, from")).to_be_visible()
    modes.scroll_into_view_if_needed()
    save_screenshot(page, "editor-04-preview-mobile-russian")
    query = parse_qs(preview_url.query)
    assert (preview_url.scheme + "://" + preview_url.netloc + preview_url.path, sorted(query)) == (
        mobile_preview,
        ["content_type", "language", "token"],
    )
    assert (query["content_type"], query["language"]) == (["programme.sessionpage"], ["ru"])
    [token] = query["token"]

    # The mobile app reads the draft with that token, in the language the URL names.
    mobile_app = page.context.browser.new_context(base_url=live_server.url)
    draft_read = read_graphql(
        mobile_app,
        """query ($token: String!) {
          preview(token: $token, language: RU) {
            title language url
            ... on SessionPage { kind start end summary speakers { role speaker { title } } }
          }
          page(path: "/ru/2022/") { title }
          schedule(event: "2022") { days { date } }
        }""",
        {"token": token},
    )
    assert draft_read == {
        "data": {
            "preview": {
                "title": TITLE_RU,
                "language": "RU",
                "url": f"/ru/2022/{quote(session.slug_ru)}/",
                "kind": "ministerial",
                "start": "2022-10-18T15:00:00+05:00",
                "end": "2022-10-18T16:30:00+05:00",
                # No Russian summary yet: the English one stands in for it.
                "summary": SUMMARY_EN,
                "speakers": [
                    {"role": "keynote", "speaker": {"title": "António Guterres"}},
                    {"role": "chair", "speaker": {"title": "Vladimir Voronkov"}},
                ],
            },
            "page": {"title": "Dushanbe Conference 2022"},
            "schedule": {"days": []},
        }
    }
    # The token opens this draft and nothing else: it names this page only, and by its
    # path or in the schedule the session is not there.
    assert PagePreview.objects.get(token=token).as_page().pk == session.pk
    assert read_graphql(mobile_app, f'{{ page(path: "/ru/2022/{session.slug_ru}/") {{ title }} }}') == {
        "data": {"page": None}
    }

    # 3. Schedule: go live in a few minutes, then "Schedule to publish".
    # The form takes minutes: the moment is five minutes ahead, to the minute.
    go_live_at = (timezone.localtime() + datetime.timedelta(minutes=5)).replace(second=0, microsecond=0)
    shown_go_live = formats.date_format(go_live_at, "DATETIME_FORMAT")  # as the admin writes it
    open_status_panel(page)
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.locator("#schedule-publishing-dialog")
    fill_date_time(
        page, "#id_go_live_at", go_live_at.strftime("%Y-%m-%d %H:%M"), outside="#title-schedule-publishing-dialog"
    )
    save_screenshot(page, "editor-05-schedule-dialog")
    dialog.get_by_role("button", name="Save schedule").click()
    expect(page.locator(".messages li.success")).to_contain_text(f"Page '{TITLE_EN}' has been updated.")
    footer = page.locator("footer")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Schedule to publish").click()
    expect(page.locator(".messages li.success")).to_contain_text(
        f"Page '{TITLE_EN}' has been scheduled for publishing."
    )
    save_screenshot(page, "editor-06-scheduled")
    page.goto(f"/admin/pages/{session.pk}/edit/")
    open_status_panel(page)
    expect(page.locator(".messages li.lock")).to_contain_text(
        f"Page '{TITLE_EN}' is locked and has been scheduled to go live at {shown_go_live}"
    )
    status_panel = page.locator("[data-side-panel=status]")
    expect(status_panel).to_contain_text(f"Go-live: {shown_go_live}")
    expect(page.locator("#status-sidebar-locked-by-schedule")).to_have_text("Locking: Locked by schedule")
    save_screenshot(page, "editor-07-scheduled-status")
    session.refresh_from_db()
    scheduled = Revision.page_revisions.get(object_id=str(session.pk), approved_go_live_at__isnull=False)
    assert (session.live, scheduled.approved_go_live_at) == (False, go_live_at)
    # Readers see nothing before the moment: not by path, not in the event's schedule.
    assert read_graphql(mobile_app, SCHEDULE_AND_PATH, {"path": f"/en/2022/{session.slug_en}/"}) == {
        "data": {"page": None, "schedule": {"timeZone": "Asia/Dushanbe", "days": []}}
    }

    # 4. The moment passes (moved into the past rather than waited for) and the scheduler runs.
    past = timezone.now() - datetime.timedelta(minutes=1)
    scheduled.approved_go_live_at = past
    scheduled.content["go_live_at"] = past.isoformat()
    scheduled.save()
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    page.reload()
    open_status_panel(page)
    expect(page.locator("#status-sidebar-live")).to_have_text("Status: Live")
    expect(page.locator("#status-sidebar-draft")).to_have_count(0)
    expect(page.locator(".messages li.lock")).to_have_count(0)
    save_screenshot(page, "editor-08-live")
    session.refresh_from_db()
    assert (session.live, session.has_unpublished_changes, session.title_ru) == (True, False, TITLE_RU)

    # The frontends now find it in the event's schedule, with its two speakers.
    assert read_graphql(mobile_app, SCHEDULE_AND_PATH, {"path": f"/en/2022/{session.slug_en}/"}) == {
        "data": {
            "page": {"title": TITLE_EN},
            "schedule": {
                "timeZone": "Asia/Dushanbe",
                "days": [
                    {
                        "date": "2022-10-18",
                        "sessions": [
                            {
                                "title": TITLE_EN,
                                "kind": "ministerial",
                                "start": "2022-10-18T15:00:00+05:00",
                                "end": "2022-10-18T16:30:00+05:00",
                                "speakers": [
                                    {"role": "keynote", "speaker": {"title": "António Guterres"}},
                                    {"role": "chair", "speaker": {"title": "Vladimir Voronkov"}},
                                ],
                            }
                        ],
                    }
                ],
            },
        }
    }
    # In Russian too, by the address the API gives for the Russian version (percent-encoded).
    russian_path = f"/ru/2022/{quote(session.slug_ru)}/"
    russian = read_graphql(
        mobile_app,
        """query ($path: String!) {
          page(path: $path) { title language url }
          schedule(event: "2022", language: RU) { days { sessions { title } } }
        }""",
        {"path": russian_path},
    )
    assert russian == {
        "data": {
            "page": {"title": TITLE_RU, "language": "RU", "url": russian_path},
            "schedule": {"days": [{"sessions": [{"title": TITLE_RU}]}]},
        }
    }
    mobile_app.close()
