"""A bounded `make flood`: 2 readers, then the same with 1 attacker, against production's worker model.

The floods are the real ones at a thousandth of their size (a full one would hold a worker
for half a minute), on the test database with the benchmark's content at a tiny scale: the
harness runs end to end, every attack is counted, the readers are served and no worker is
killed. Runs only on PostgreSQL with a Redis at 127.0.0.1:6379 (tests/processes.py).
"""

import uuid

import pytest

from bench.content import EVENT_SLUG, build_content
from bench.flood_payloads import floods
from bench.flood_report import failed, render, summarize
from bench.flood_run import run_on_gunicorn
from bench.load_workload import edited_session
from bench.server import forget_keys
from tests.processes import NEEDS_POSTGRESQL_AND_REDIS, database_url, free_port

pytestmark = NEEDS_POSTGRESQL_AND_REDIS

REDIS_URL = "redis://127.0.0.1:6379/13"  # the test processes' own Redis database (test_two_processes.py)
READERS, ATTACKERS, SECONDS = 2, 1, 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_flood_harness_runs_counts_every_attack_and_reports(monkeypatch, tmp_path):
    build_content(0.05, "test")
    session = edited_session(EVENT_SLUG)
    small = floods(EVENT_SLUG, scale=0.001)
    label = f"test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("BENCH_DATABASE_URL", database_url())
    monkeypatch.setenv("BENCH_REDIS_URL", REDIS_URL)
    try:
        run, workers = run_on_gunicorn(
            free_port(), label, session, small, tmp_path / "gunicorn.log", READERS, ATTACKERS, SECONDS
        )
    finally:
        forget_keys(REDIS_URL, f"bench:{label}")

    figures = summarize(run, small, workers)
    # Production's worker model, and nothing killed by floods this small.
    assert (figures["worker_class"], figures["workers_booted"], figures["workers_killed"]) == ("sync", 3, {})
    for phase in ("quiet", "flooded"):
        assert (figures[phase]["errors"], figures[phase]["error_examples"]) == (0, [])
        assert figures[phase]["requests"] > READERS * SECONDS
    attacks = figures["attacks"]
    assert attacks["requests"] == sum(attacks[name] for name in ("400", "413", "429", "other")) >= 1
    assert attacks["requests"] == sum(row["requests"] for row in attacks["floods"])
    # The attacker starts with the review's first flood and goes on in order.
    assert [row["requests"] >= 1 for row in attacks["floods"][: attacks["requests"]]] == [True] * min(
        attacks["requests"], len(small)
    )
    assert attacks["server_errors"] == 0
    report = render(figures, "pytest", "facts", [])
    assert f"| clients | {READERS} readers | {READERS} readers + {ATTACKERS} attackers | |" in report
    assert report.rstrip().splitlines()[-1] == (
        f"- Result: FAIL ({'; '.join(failed(figures))})"
        if failed(figures)
        else "- Result: PASS (p95 under 3× alone, 0 reader errors, 0 workers killed, no 5xx)"
    )
