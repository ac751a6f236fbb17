"""The load test's editor: publishes a new title of one session every second, through the admin.

As a member of the communications team does it in a browser: signed in with the login
form, opens the page's edit form, changes the title in every language and presses
"Publish" (the form's `action-publish`), with the CSRF token of the form. The moment
the POST's answer is read is when the publish "returned": from then on no reader may
see an older title (bench/load_report.py).
"""

import time
from dataclasses import dataclass

from .browser import Browser
from .edit_form import edit_form_fields, with_values
from .load_workload import published_titles


@dataclass(frozen=True)
class Publish:
    revision: int
    form_ms: float  # GET of the edit form
    post_started: float  # time.monotonic()
    returned: float  # time.monotonic() once the POST's answer was read
    error: str | None

    @property
    def post_ms(self):
        return (self.returned - self.post_started) * 1000


class Editor:
    def __init__(self, port, username, password, session):
        self.browser = Browser(port, timeout=60)
        self.username, self.password = username, password
        self.session = session
        self.edit_path = f"/admin/pages/{session.page_id}/edit/"

    def sign_in(self):
        self.browser.log_in(self.username, self.password)

    def publish(self, revision):
        """Open the edit form, set revision `revision`'s titles, publish; a Publish either way."""
        opened = time.monotonic()
        try:
            response, html = self.browser.request("GET", self.edit_path)
            if response.status != 200:
                raise RuntimeError(f"edit form answered {response.status}")
            fields = with_values(edit_form_fields(html), published_titles(revision))
        except Exception as error:  # noqa: BLE001 - any failure is this publish's error, reported
            now = time.monotonic()
            return Publish(revision, (now - opened) * 1000, now, now, f"{type(error).__name__}: {error}")
        post_started = time.monotonic()
        form_ms = (post_started - opened) * 1000
        try:
            response, content = self.browser.post_form(self.edit_path, [*fields, ("action-publish", "action-publish")])
        except OSError as error:
            return Publish(revision, form_ms, post_started, time.monotonic(), f"{type(error).__name__}: {error}")
        returned = time.monotonic()
        # Published: Wagtail redirects away from the form. A form with errors comes back as 200.
        location = response.getheader("Location") or ""
        if response.status != 302 or location.startswith(self.edit_path):
            error = f"publish answered {response.status}: {content[:200]!r}"
            return Publish(revision, form_ms, post_started, returned, error)
        return Publish(revision, form_ms, post_started, returned, None)

    def publish_every(self, interval, until, at_least=0, latest=None):
        """Publish revisions 1, 2, ... one every `interval` seconds until `until` (time.monotonic()).

        A publish that is late (the one before took longer than `interval`) starts at once;
        none starts once `until` has passed, so a slow server gets fewer publishes, not a
        longer run; unless fewer than `at_least` succeeded, then they go on until `latest`.
        """
        publishes, start = [], time.monotonic()
        revision = 1
        while True:
            due = start + (revision - 1) * interval
            moment = max(due, time.monotonic())
            succeeded = sum(1 for publish in publishes if publish.error is None)
            if moment >= until and (succeeded >= at_least or latest is None or moment >= latest):
                return publishes
            time.sleep(max(0.0, due - time.monotonic()))
            publishes.append(self.publish(revision))
            revision += 1
