"""A translator's day in the real admin: from the dashboard to a Russian field submitted for review.

The screenshots it takes (`DOCS_SCREENSHOTS=docs/img`) illustrate docs/translating.md.
"""

import datetime
import re

from playwright.sync_api import expect
from wagtail.models import WorkflowState

from sessions.models import EventPage
from tests.browser.helpers import log_in_to_admin, save_screenshot
from tests.factories.sessions import EventPageFactory
from tests.factories.translations import TranslatorFactory, UserFactory
from translations.readiness import is_ready
from translations.report import page_report
from translations.roles import REVIEW_WORKFLOW, attach_translation_review
from translations.status import COMPLETE, MISSING

SUMMARY_EN = "The third high-level conference of the Dushanbe Process, on border security."
SUMMARY_RU = "Третья конференция высокого уровня Душанбинского процесса, посвящённая безопасности границ."


def russian_row(event):
    """The event's row of the report in Russian, read as the report reads it."""
    [row] = page_report(EventPage.objects.filter(pk=event.pk), ["ru"])
    return row


def cell_texts(row):
    """The row's cells as a reader sees them, whitespace collapsed."""
    return [" ".join(text.split()) for text in row.locator("td").all_text_contents()]


def test_translator_fills_missing_russian_field_submits_it_for_review_and_marks_it_ready(browser_page, home_page):
    # The home page is translated, so the event is the only Russian work waiting.
    home_page.title_ru = "Душанбинский процесс"
    home_page.save()
    attach_translation_review(home_page)
    event = EventPageFactory(
        parent=home_page,
        title_en="Dushanbe Conference 2022",
        title_ru="Душанбинская конференция 2022",
        start_date=datetime.date(2022, 10, 18),
        end_date=datetime.date(2022, 10, 19),
        summary_en=SUMMARY_EN,
    )
    translator = TranslatorFactory(username="nigora", first_name="Nigora", last_name="Rahimova", languages=["ru"])
    translator.set_password("translate-2022")
    translator.save()
    page = browser_page

    # 1. Signing in: the dashboard counts the Russian pages left to do.
    log_in_to_admin(page, "nigora", "translate-2022")
    panel = page.get_by_role("region", name="Your translations")
    expect(panel.get_by_role("heading", name="Your translations")).to_be_visible()
    expect(panel.locator("thead th")).to_have_text(
        ["Language", "Pages with missing fields", "Pages with outdated fields", "Pages ready"]
    )
    # A translator of Russian only: one row, Russian.
    expect(panel.locator("tbody tr")).to_have_count(1)
    expect(panel.locator("tr[data-language=ru] td")).to_have_text(["Russian", "1", "0", "0"])
    save_screenshot(page, "translator-01-dashboard")

    # 2. The panel's "missing" count opens the report filtered to Russian, missing.
    panel.locator("tr[data-language=ru] td").nth(1).get_by_role("link", name="1").click()
    expect(page).to_have_url(re.compile(r"/admin/translators/report/\?language=ru&status=missing$"))
    expect(page.locator("h1")).to_have_text("Translations")
    rows = page.locator("table.listing tbody tr")
    expect(rows).to_have_count(1)
    assert cell_texts(rows.first) == (
        [
            "Dushanbe Conference 2022",
            "Event",
            "Dushanbe Conference 2022",
            "Russian",
            "1/2 fields, 50% 50%",  # the progress bar's fallback text repeats the share
            "Missing",
            "No · Change",
            "Missing: summary",
        ]
    )
    save_screenshot(page, "translator-02-report-missing")

    # 3. The page's title leads to the editor; the picker shows the Russian fields.
    rows.first.get_by_role("link", name="Dushanbe Conference 2022").click()
    expect(page.locator("h1")).to_have_text("Editing Event: Dushanbe Conference 2022")
    picker = page.locator(".locale-picker")
    picker.get_by_role("button", name="ru", exact=True).click()
    expect(picker.locator("button.showing-locale")).to_have_text(["en", "ru"])
    expect(page.locator("#id_summary_en")).to_have_value(SUMMARY_EN)
    summary_ru = page.locator("#id_summary_ru")
    expect(summary_ru).to_have_value("")
    summary_ru.fill(SUMMARY_RU)
    summary_ru.scroll_into_view_if_needed()
    page.locator("#id_summary_en").scroll_into_view_if_needed()
    save_screenshot(page, "translator-03-editor-russian")

    # 4. No "Publish" for a translator: the footer's menu offers the review workflow.
    footer = page.locator("footer")
    footer.get_by_role("button", name="More actions").click()
    expect(footer.get_by_role("button", name="Publish")).to_have_count(0)
    submit = footer.get_by_role("button", name="Submit to Translation review")
    expect(submit).to_be_visible()
    # The menu fades in (a CSS transition on its container): let the picture show it, not the fade.
    page.wait_for_timeout(600)
    save_screenshot(page, "translator-04-submit-for-review")
    submit.click()
    expect(page.locator(".messages li.success")).to_contain_text(
        "Page 'Dushanbe Conference 2022' has been submitted for moderation."
    )
    save_screenshot(page, "translator-05-submitted")

    # 5. Back in the editor, the header's menu leads to the page's translation readiness.
    page.goto(f"/admin/pages/{event.pk}/edit/")
    page.locator("header").get_by_role("button", name="Actions").click()
    page.get_by_role("link", name="Translation readiness").click()
    expect(page).to_have_title("Translation readiness: Dushanbe Conference 2022 - Wagtail")
    russian = page.get_by_label("Russian")
    expect(russian).not_to_be_checked()
    russian.check()
    save_screenshot(page, "translator-06-readiness")
    page.get_by_role("button", name="Save readiness").click()
    expect(page.locator(".messages li.success")).to_have_text(
        "Readiness of 'Dushanbe Conference 2022' saved: ready in Russian."
    )
    save_screenshot(page, "translator-07-readiness-saved")

    # The translation is a draft in review: the revision has it, readers do not yet.
    event.refresh_from_db()
    assert event.get_latest_revision_as_object().summary_ru == SUMMARY_RU
    assert event.summary_ru in ("", None)
    assert event.has_unpublished_changes is True
    workflow_state = WorkflowState.objects.for_instance(event).get()
    assert (workflow_state.workflow.name, workflow_state.status) == (REVIEW_WORKFLOW, WorkflowState.STATUS_IN_PROGRESS)
    assert workflow_state.requested_by == translator
    assert is_ready(event, "ru") is True
    # The report counts published text: until the review is approved, the field is still missing.
    assert russian_row(event).overall == MISSING

    # 6. A reviewer of the communications team approves; the translation goes live.
    reviewer = UserFactory(username="farrukh", groups=["Moderators"])
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, reviewer, "approve")
    event.refresh_from_db()
    assert event.summary_ru == SUMMARY_RU
    assert russian_row(event).overall == COMPLETE

    page.goto("/admin/translators/report/?language=ru")
    rows = page.locator("table.listing tbody tr")
    event_row = rows.filter(has_text="Dushanbe Conference 2022")
    assert cell_texts(event_row) == (
        [
            "Dushanbe Conference 2022",
            "Event",
            "Dushanbe Conference 2022",
            "Russian",
            "2/2 fields, 100% 100%",
            "Complete",
            "Yes · Change",
            "",
        ]
    )
    save_screenshot(page, "translator-08-report-complete")
