"""Running the webhook queue inside a test."""

from unittest import mock

from django_tasks_db.management.commands.db_worker import Worker


def run_worker():
    """Run every webhook task that is due, in this process, then return (db_worker --batch).

    The Worker class directly rather than the command: the command installs its own
    SIGINT/SIGTERM handlers, which must not replace pytest's. Its close_old_connections()
    is switched off: inside the test's transaction it would close the connection on
    PostgreSQL (autocommit is off there) and lose the test's data.
    """
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="webhooks",
        startup_delay=False,
        max_tasks=None,
        worker_id="pytest",
        excluded_queue_names=[],
    )
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        worker.run()
