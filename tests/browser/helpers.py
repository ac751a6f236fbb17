"""Steps that browser tests share: logging into the Wagtail admin, saving screenshots."""

import os
from pathlib import Path

from django.conf import settings
from playwright.sync_api import Page, expect

# Where `save_screenshot` writes, relative to the repository unless absolute, e.g.
# `DOCS_SCREENSHOTS=docs/img make test`. Unset (the default): no file is written.
SCREENSHOTS_VARIABLE = "DOCS_SCREENSHOTS"


def log_in_to_admin(page: Page, username: str, password: str) -> None:
    """Sign in through the Wagtail admin's login form and wait for the dashboard."""
    page.goto("/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").click()
    # The dashboard, not the login form again with "Your username and password didn't match".
    expect(page).to_have_title("Dashboard - Wagtail")


def save_screenshot(page: Page, name: str, *, folder: str | Path | None = None, full_page: bool = False) -> Path | None:
    """Save what the page shows as `<folder>/<name>.png` and return the path.

    `folder` defaults to $DOCS_SCREENSHOTS; when neither is given nothing is written and
    the result is None, so tests can take their screenshots unconditionally.
    """
    folder = folder or os.environ.get(SCREENSHOTS_VARIABLE)
    if not folder:
        return None
    path = Path(settings.BASE_DIR, folder, f"{name}.png")
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=path, full_page=full_page)
    return path
