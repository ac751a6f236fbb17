"""A worker killed mid-delivery loses nothing: a new worker delivers every pending notification.

Real processes: `manage.py db_worker --backend webhooks` is started, killed with SIGKILL
while it waits on a receiver that never answers, then `deliver_webhooks` and a new worker
run with the receiver answering. They share this test's database: on PostgreSQL the test
database itself (committed writes: transactional_db); on SQLite, whose test database lives
in this process's memory, a file copy of it that is copied back for the assertions.

The guarantee checked: every event is acknowledged (2xx) exactly once. A receiver can see a
request again when a worker dies after sending it and before recording the answer; the
repeat carries the same X-Webhook-Id, so receivers drop it (docs/webhooks.md).
"""

import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter

import pytest
from django.conf import settings
from django.db import connection

from cms.changes import ContentChange
from webhooks.dispatch import queue_deliveries
from webhooks.models import WebhookDelivery

# Every wait in this test is bounded; a subprocess that takes longer has failed.
PROCESS_TIMEOUT = 90


def _change(title):
    return ContentChange(
        action="published", kind="snippet", model="home.organisation", object_id=title, title=title, languages=("en",)
    )


class SharedDatabase:
    """The test database, reachable from a subprocess through DATABASE_URL."""

    def __init__(self, tmp_path):
        self.is_sqlite = connection.vendor == "sqlite"
        self.file = tmp_path / "shared.sqlite3"

    @property
    def url(self):
        if self.is_sqlite:
            return f"sqlite:///{self.file}"
        params = connection.settings_dict
        password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
        return f"postgres://{params['USER']}{password}@{params['HOST']}:{params['PORT'] or 5432}/{params['NAME']}"

    def share(self):
        """Make what this process wrote visible to subprocesses."""
        if self.is_sqlite:
            connection.ensure_connection()
            with sqlite3.connect(self.file) as target:
                connection.connection.backup(target)

    def take_back(self):
        """Make what subprocesses wrote visible to this process."""
        if self.is_sqlite:
            with sqlite3.connect(self.file) as source:
                source.backup(connection.connection)


def manage(database, tmp_path, *args):
    """Start `manage.py <args>` on the shared database, with short retries."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": database.url,
        # A hung receiver must outlast the moment this test kills the worker.
        "WEBHOOK_TIMEOUT": "60",
        "WEBHOOK_RETRY_DELAYS": "1",
        # The receiver is on loopback, as `loopback_allowed` lists for the tests in this process.
        "WEBHOOK_ALLOWED_NETWORKS": "127.0.0.0/8",
        # cms.settings.test makes a media folder per process: keep them in tmp_path.
        "TMPDIR": str(tmp_path),
    }
    return subprocess.Popen(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, str(settings.BASE_DIR / "manage.py"), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish(process):
    output, _ = process.communicate(timeout=PROCESS_TIMEOUT)
    assert process.returncode == 0, output
    return output


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_killed_mid_delivery_then_restarted_delivers_every_event_once(endpoint, receiver, tmp_path):
    receiver.answer = "hang"
    for title in ("UNOCT", "OSCE", "European Union"):
        queue_deliveries(_change(title))
    database = SharedDatabase(tmp_path)
    database.share()

    worker_args = ["db_worker", "--backend", "webhooks", "--no-reload", "--no-startup-delay"]
    first_worker = manage(database, tmp_path, *worker_args, "--interval", "0.2")
    try:
        assert receiver.request_arrived.wait(PROCESS_TIMEOUT), "the first worker never sent anything"
    finally:
        # Mid-attempt: the worker is waiting for the receiver's answer.
        first_worker.send_signal(signal.SIGKILL)
        first_worker.communicate(timeout=PROCESS_TIMEOUT)
    receiver.answer = 204
    receiver.release.set()
    interrupted_event = receiver.received[0]["headers"]["X-Webhook-Id"]

    # The two deliveries still queued keep their tasks; only the interrupted one is queued again.
    recovery = finish(manage(database, tmp_path, "deliver_webhooks", "--stale-after", "0"))
    assert recovery == "Queued again 1 lost deliveries.\n"
    finish(manage(database, tmp_path, *worker_args, "--batch"))
    database.take_back()

    deliveries = list(WebhookDelivery.objects.order_by("pk"))
    assert [delivery.status for delivery in deliveries] == ["delivered"] * 3
    attempts = {
        str(delivery.event_id): list(delivery.attempts.values_list("outcome", flat=True)) for delivery in deliveries
    }
    assert attempts == {
        str(delivery.event_id): (
            ["interrupted", "delivered"] if str(delivery.event_id) == interrupted_event else ["delivered"]
        )
        for delivery in deliveries
    }
    # Every event reached the receiver verified; each was answered 2xx exactly once.
    assert all(request["verified"] for request in receiver.received)
    answered = Counter(request["headers"]["X-Webhook-Id"] for request in receiver.received if request["answer"] == 204)
    assert answered == {str(delivery.event_id): 1 for delivery in deliveries}
