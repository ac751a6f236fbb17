"""A bounded `make load`: readers load gunicorn while an editor publishes through the admin.

5 readers for 8 seconds against the benchmark's server (bench/server.py, bench settings)
on the test database with the benchmark's content at a tiny scale, while the editor
publishes a new title of a session every second: no reader sees an error or a title
older than the last publish that had returned, and all see the last one at the end.
Runs only on PostgreSQL with a Redis at 127.0.0.1:6379 (tests/processes.py).
"""

import uuid

import pytest
from django.test import override_settings

from bench.content import EVENT_SLUG, build_content
from bench.load_report import summarize
from bench.load_run import run_load
from bench.load_workload import edited_session
from bench.server import forget_keys, gunicorn
from tests.factories.translations import UserFactory
from tests.processes import NEEDS_POSTGRESQL_AND_REDIS, database_url, free_port

pytestmark = NEEDS_POSTGRESQL_AND_REDIS

REDIS_URL = "redis://127.0.0.1:6379/13"  # the test processes' own Redis database (test_two_processes.py)
# A publish every second for 8 s; a busy machine's admin may take longer per publish, then
# the readers go on until the editor has published 6 times (run_load's min_publishes), for at
# most 45 s. On a quiet 2-core machine 8 s are enough; with other test runs beside it, not.
READERS, SECONDS, PUBLISHES = 5, 8, 6


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_load_while_publishing_no_reader_sees_an_error_or_an_older_title(monkeypatch, tmp_path):
    build_content(0.05, "test")
    editor = UserFactory(username="load-editor", is_superuser=True, is_staff=True)
    # Hashed with a hasher the server knows (the test settings' fast MD5 is not among them).
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.PBKDF2PasswordHasher"]):
        editor.set_password("publish-every-second")
    editor.save()
    session = edited_session(EVENT_SLUG)
    # The server reads the test database and keeps its answers under a prefix of its own.
    label = f"test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("BENCH_DATABASE_URL", database_url())
    monkeypatch.setenv("BENCH_REDIS_URL", REDIS_URL)
    port, credentials = free_port(), ("load-editor", "publish-every-second")
    try:
        with (tmp_path / "gunicorn.log").open("w") as log, gunicorn(port, label, "/healthz", log=log):
            run = run_load(port, session, credentials, READERS, SECONDS, min_publishes=PUBLISHES, max_seconds=45)
    finally:
        forget_keys(REDIS_URL, f"bench:{label}")

    figures = summarize(run)
    assert (figures["errors"], figures["error_examples"]) == (0, [])
    assert (figures["publish_errors"], figures["publish_error_examples"]) == (0, [])
    assert (figures["stale"], figures["max_staleness_ms"]) == (0, 0.0)
    assert figures["publishes"] >= PUBLISHES
    assert figures["last_revision"] == figures["publishes"]
    # Every reader asked every one of the 12 queries after the last publish returned, and saw it.
    assert (figures["final_round"], figures["final_round_current"]) == (READERS * 12, READERS * 12)
    assert figures["requests"] > READERS * SECONDS
