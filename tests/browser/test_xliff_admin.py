"""XLIFF in the real admin: download a page's file, translate it, upload it, and a refused upload.

The screenshots it takes (`DOCS_SCREENSHOTS=docs/img`) illustrate docs/translating.md.
"""

import datetime

from playwright.sync_api import expect

from sessions.models import EventPage
from tests.browser.helpers import log_in_to_admin, save_screenshot
from tests.factories.sessions import EventPageFactory
from tests.factories.translations import TranslatorFactory
from tests.translations.xliff_helpers import translate

SUMMARY_EN = "The third high-level conference of the Dushanbe Process."
SUMMARY_TG = "Конференсияи сеюми сатҳи баланди Раванди Душанбе."


def test_translator_downloads_a_page_as_xliff_and_uploads_the_translation(browser_page, home_page, tmp_path):
    event = EventPageFactory(
        parent=home_page,
        title_en="Dushanbe Conference 2022",
        start_date=datetime.date(2022, 10, 18),
        end_date=datetime.date(2022, 10, 19),
        summary_en=SUMMARY_EN,
    )
    translator = TranslatorFactory(username="firuza", first_name="Firuza", languages=["tg"])
    translator.set_password("translate-2022")
    translator.save()
    page = browser_page
    log_in_to_admin(page, "firuza", "translate-2022")

    # Download: the page's "Export for translation (XLIFF)" button preselects the page.
    page.goto(f"/admin/translations/xliff/export/?page={event.pk}&language=tg")
    expect(page.locator("h1")).to_have_text("Export for translation (XLIFF)")
    save_screenshot(page, "translator-09-xliff-export")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download .xlf").click()
    download = download_info.value
    assert download.suggested_filename == f"dushanbe-tg-page-{event.pk}.xlf"
    exported = download.path().read_bytes()
    summary_unit = f"programme.eventpage:{event.pk}:summary"
    title_unit = f"programme.eventpage:{event.pk}:title"

    # Upload the translated file: a draft is saved, nothing is published.
    translated = tmp_path / "translated.xlf"
    translated.write_bytes(translate(exported, {summary_unit: SUMMARY_TG}))
    page.goto("/admin/translations/xliff/import/")
    page.set_input_files("input[type=file]", str(translated))
    page.get_by_role("button", name="Import").click()
    expect(page.locator("ul.xliff-changed code")).to_have_text([summary_unit])
    save_screenshot(page, "translator-10-xliff-imported")
    event = EventPage.objects.get(pk=event.pk)
    assert (event.summary_tg, event.get_latest_revision_as_object().summary_tg) == (None, SUMMARY_TG)

    # A file whose English changed since the export is refused, naming the unit.
    conflicting = tmp_path / "conflicting.xlf"
    conflicting.write_bytes(
        translate(exported, {title_unit: "Конференсияи Душанбе 2022"}).replace(
            b"<source>Dushanbe Conference 2022</source>", b"<source>Dushanbe Conference 2021</source>"
        )
    )
    revisions_before = event.revisions.count()
    page.set_input_files("input[type=file]", str(conflicting))
    page.get_by_role("button", name="Import").click()
    expect(page.locator("ul.xliff-errors code")).to_have_text(
        [f"{title_unit}: conflict, the English text changed since the export"]
    )
    save_screenshot(page, "translator-11-xliff-refused")
    assert event.revisions.count() == revisions_before
