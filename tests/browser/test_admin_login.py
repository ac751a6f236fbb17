"""An editor signs into the Wagtail admin and finds every language of a page's fields."""

from playwright.sync_api import expect

from tests.browser.helpers import log_in_to_admin, save_screenshot


def test_editor_login_reaches_the_page_fields_of_every_language(browser_page, home_page, django_user_model):
    django_user_model.objects.create_superuser("aziza", "aziza@example.org", "conference-2022")
    page = browser_page

    log_in_to_admin(page, "aziza", "conference-2022")
    expect(page.locator("h1")).to_have_text("Dushanbe Process")
    save_screenshot(page, "admin-dashboard")

    # The sidebar's "Pages" opens the explorer menu, drawn by the admin's JavaScript.
    page.get_by_role("button", name="Pages").click()
    explorer = page.locator(".c-page-explorer")
    expect(explorer.get_by_role("link", name="Dushanbe Process", exact=True)).to_be_visible()
    save_screenshot(page, "admin-page-explorer")

    explorer.get_by_role("link", name="Edit 'Dushanbe Process'").click()
    expect(page).to_have_title("Editing Home page: Dushanbe Process - Wagtail")
    expect(page.locator("h1")).to_have_text("Editing Home page: Dushanbe Process")

    # wagtail-modeltranslation's picker: one toggle per language, English shown first.
    picker = page.locator(".locale-picker")
    expect(picker.locator("h2")).to_have_text("View / edit fields for")
    expect(picker.locator("button.locale-toggle")).to_have_text(["en", "ru", "tg", "ar"])
    expect(picker.locator("button.showing-locale")).to_have_text(["en"])
    expect(page.locator("#id_title_en-label")).to_have_text("Title [en]*")
    expect(page.locator("#id_title_en")).to_have_value("Dushanbe Process")
    for language in ("ru", "tg", "ar"):
        expect(page.locator(f"#id_title_{language}-label")).to_be_hidden()

    for language in ("ru", "tg", "ar"):
        picker.get_by_role("button", name=language, exact=True).click()
        expect(page.locator(f"#id_title_{language}-label")).to_have_text(f"Title [{language}]")
        expect(page.locator(f"#id_title_{language}-label")).to_be_visible()
        # Not translated yet: the translator starts from an empty field.
        expect(page.locator(f"#id_title_{language}")).to_have_value("")
    expect(picker.locator("button.showing-locale")).to_have_text(["en", "ru", "tg", "ar"])
    save_screenshot(page, "admin-edit-page-languages", full_page=True)
