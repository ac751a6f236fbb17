"""Real-browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

Fixtures:
- `browser` (package): one headless Chromium for all the tests in this folder.
- `browser_page` (per test): a tab in a fresh browser context (no cookies, no storage),
  its base URL set to the live server, so `browser_page.goto("/admin/")` works.

Helpers to log in and take screenshots are in `tests/browser/helpers.py`.
"""

import shutil

import pytest
from django.db import connections
from playwright.sync_api import expect, sync_playwright

# Debian's package (`apt-get install chromium`); `.ci/run` installs it. Playwright's own
# browser downloads are not reachable from these machines, so none is ever installed.
CHROMIUM = "/usr/bin/chromium"

# The machine's rule for starting Chromium. Without the background-networking,
# component-update and sync switches it keeps dialling out to Google's services, and
# those connections are refused on a closed network. Playwright adds a fresh
# --user-data-dir of its own to every launch.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Fail within seconds instead of Playwright's default 30 s: the live server is local
# and an element that is not there after this long is not coming.
TIMEOUT_MS = 10_000
expect.set_options(timeout=TIMEOUT_MS)


# One Chromium per test (about a second to start). While Playwright runs, this thread
# has a running event loop (see below); with a longer-lived browser, the next test's
# database set-up ran inside that loop and its serialized rollback (the locales, root
# page, site and groups the migrations made) did not come back: the second browser
# test found empty tables. Starting Playwright after the database is ready avoids it.
@pytest.fixture
def browser(django_db_serialized_rollback, live_server):
    if shutil.which(CHROMIUM) is None:
        pytest.fail(
            f"The browser tests need Chromium at {CHROMIUM}: install Debian's package with "
            "`apt-get install chromium` (.ci/run does this in CI).",
            pytrace=False,
        )
    with pytest.MonkeyPatch.context() as monkeypatch, sync_playwright() as playwright:
        # Playwright's sync API keeps an asyncio event loop running in this thread for as
        # long as it is started, and Django refuses ORM calls from a thread with a running
        # loop (SynchronousOnlyOperation), which every test here makes to build its data.
        # Nothing async shares the thread, so the check is lifted exactly while Playwright runs.
        monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
        # ORM calls made while Playwright runs can open a connection of their own (its
        # sync API switches greenlets, and Django keeps connections per context). Close
        # them here, or PostgreSQL refuses to drop the test database at the end.
        connections.close_all()


@pytest.fixture
def browser_page(browser, live_server, django_db_serialized_rollback):
    """A tab of its own for one test, pointed at the live server.

    `live_server` makes the test transactional: the server thread must see rows the
    test commits, and the tables are emptied after it. `django_db_serialized_rollback`
    puts back what the migrations created (the root page, the default site, the
    locales, the editors' groups) before each test, as a fresh install has them.
    """
    # English and a desktop-sized window, whatever the machine: LocaleMiddleware would
    # follow the browser's Accept-Language, and the docs screenshots want one size.
    context = browser.new_context(
        base_url=live_server.url,
        locale="en-GB",
        viewport={"width": 1280, "height": 800},
    )
    context.set_default_timeout(TIMEOUT_MS)
    # The network beyond the live server is closed here and in CI: refuse such requests
    # at once instead of waiting for a DNS failure, whatever the admin adds next.
    context.route(lambda url: not url.startswith(live_server.url), lambda route: route.abort())
    page = context.new_page()
    yield page
    context.close()
