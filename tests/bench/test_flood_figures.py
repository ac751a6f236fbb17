"""`make flood`'s parts that need no server: the kill detector, the figures and the attackers' counting.

The whole run against gunicorn is tests/bench/test_flood_run.py (PostgreSQL and Redis only).
"""

import socket
import threading

import pytest

from bench.flood_attack import Attack, Attacker, send
from bench.flood_payloads import Flood
from bench.flood_report import failed, p95_ratio, reader_figures, render, summarize
from bench.flood_run import FloodRun, Phase, all_workers_serve, attacker_address, reader_address
from bench.flood_workers import Workers, children, read_workers
from bench.load_run import Answer

# What gunicorn 27 logged in the first run against today's code (bench/results/flood.md),
# with an access line an attacker wrote and a worker recycled after max_requests.
LOG = """\
[2026-12-08 04:35:21 +0500] [13281] [INFO] Starting gunicorn 27.0.1
[2026-12-08 04:35:21 +0500] [13281] [INFO] Using worker: sync
[2026-12-08 04:35:21 +0500] [13283] [INFO] Booting worker with pid: 13283
[2026-12-08 04:35:21 +0500] [13284] [INFO] Booting worker with pid: 13284
[2026-12-08 04:35:21 +0500] [13285] [INFO] Booting worker with pid: 13285
127.0.0.1 "GET /graphql/?query=[2026-12-08 04:35:21 +0500] [1] [CRITICAL] WORKER TIMEOUT (pid:1) HTTP/1.1" 400 9 1ms
[2026-12-08 04:36:28 +0500] [13281] [CRITICAL] WORKER TIMEOUT (pid:13283)
[2026-12-08 04:36:28 +0500] [13285] [ERROR] Error handling request POST /graphql/
Traceback (most recent call last):
SystemExit: 1
127.0.0.1 "POST /graphql/ HTTP/1.1" 500 0 18ms request_id=-
[2026-12-08 04:36:28 +0500] [13283] [INFO] Worker exiting (pid: 13283)
[2026-12-08 04:36:29 +0500] [13281] [ERROR] Worker (pid:13285) was sent SIGKILL! Perhaps out of memory?
[2026-12-08 04:36:29 +0500] [13670] [INFO] Booting worker with pid: 13670
[2026-12-08 04:36:29 +0500] [13281] [ERROR] Worker (pid:13283) was sent SIGKILL! Perhaps out of memory?
[2026-12-08 04:36:29 +0500] [13672] [INFO] Booting worker with pid: 13672
[2026-12-08 04:36:30 +0500] [13284] [INFO] Autorestarting worker after current request.
[2026-12-08 04:36:30 +0500] [13284] [INFO] Worker exiting (pid: 13284)
[2026-12-08 04:36:30 +0500] [13674] [INFO] Booting worker with pid: 13674
[2026-12-08 04:36:31 +0500] [13281] [ERROR] Worker (pid:13670) exited with code 1.
[2026-12-08 04:36:31 +0500] [13281] [INFO] Worker (pid:13672) was sent SIGTERM!
[2026-12-08 04:36:31 +0500] [13281] [ERROR] Worker (pid:13674) exited with code 0.
"""


def test_read_workers_finds_timeouts_signals_and_bad_exits_not_recycling_nor_stopping():
    workers = read_workers(LOG.splitlines())
    assert workers == Workers(
        worker_class="sync",
        booted=(13283, 13284, 13285, 13670, 13672, 13674),
        recycled=frozenset({13284}),
        killed={13283: "WORKER TIMEOUT", 13285: "sent SIGKILL", 13670: "exited with code 1"},
    )


def test_read_workers_counts_a_worker_gone_without_a_line_when_told_which_are_alive():
    workers = read_workers(LOG.splitlines(), alive={13672})
    # 13674 exited with code 0 without being recycled: gone all the same.
    assert workers.killed == {
        13283: "WORKER TIMEOUT",
        13285: "sent SIGKILL",
        13670: "exited with code 1",
        13674: "gone without a line in the log",
    }


def test_read_workers_of_a_quiet_run_kills_nothing():
    assert read_workers(LOG.splitlines()[:5], alive={13283, 13284, 13285}).killed == {}


def test_children_reads_parents_from_proc_whatever_the_command(tmp_path):
    for pid, command, parent in (
        (7, "gunicorn", 1),
        (10, "gunicorn: worker [cms) (x]", 7),
        (11, "w 2", 7),
        (12, "sh", 3),
    ):
        (tmp_path / str(pid)).mkdir()
        (tmp_path / str(pid) / "stat").write_text(f"{pid} ({command}) S {parent} 1 1 0 -1")
    (tmp_path / "self").mkdir()
    assert children(7, proc=tmp_path) == {10, 11}


def _answer(ms, error=None, started=0.0):
    return Answer("session", "en", started, started + ms / 1000, 0, error, True, False)


def _attack(flood, status, error=None, ms=10.0):
    return Attack(flood, 0, 1.0, 1.0 + ms / 1000, status, error)


def test_p95_ratio_is_computed_on_the_samples():
    quiet = [float(ms) for ms in range(1, 21)]  # nearest rank: p95 of 20 samples is the 19th, 19 ms
    flooded = [10.0 * ms for ms in range(1, 21)]  # 190 ms
    assert p95_ratio(quiet, flooded) == 10.0
    assert p95_ratio([100.0, 100.0, 120.0], [100.0, 290.0, 299.9]) == 2.5  # 299.9 / 120, rounded
    assert p95_ratio([], flooded) is None
    assert p95_ratio([0.0], flooded) is None


def test_reader_figures_of_a_phase():
    phase = Phase([_answer(10.0), _answer(30.0), _answer(20.0, error="HTTP 429: b''")], window=(5.0, 7.0))
    assert reader_figures(phase) == {
        "requests": 3,
        "seconds": 2.0,
        "requests_per_second": 1.5,
        "errors": 1,
        "error_examples": ["HTTP 429: b''"],
        "latency": {"p50": 20.0, "p95": 30.0, "p99": 30.0, "max": 30.0},
    }


def _flood(kind, transport="JSON POST"):
    return Flood(kind, transport, 100, "POST", "/graphql/", b"{}", "application/json")


def _run(quiet_ms, flooded_ms, attacks, flooded_error=None):
    flooded = [_answer(ms) for ms in flooded_ms] + ([_answer(5.0, error=flooded_error)] if flooded_error else [])
    return FloodRun(
        readers=2,
        attackers=1,
        seconds=10.0,
        quiet=Phase([_answer(ms) for ms in quiet_ms], (0.0, 10.0)),
        flooded=Phase(flooded, (10.0, 20.0)),
        attacks=attacks,
    )


FLOODS = [_flood("directives"), _flood("nested")]
QUIET_WORKERS = Workers("sync", (1, 2, 3), frozenset(), {})


def test_summarize_counts_each_floods_answers_by_class():
    attacks = [
        _attack("directives (JSON POST)", 400, ms=30.0),
        _attack("directives (JSON POST)", 413, ms=10.0),
        _attack("directives (JSON POST)", 429, ms=20.0),
        _attack("nested (JSON POST)", 500),
        _attack("nested (JSON POST)", None, "RemoteDisconnected"),
        _attack("nested (JSON POST)", 400),
    ]
    figures = summarize(_run([10.0, 20.0], [20.0, 40.0], attacks), FLOODS, QUIET_WORKERS)
    totals = figures["attacks"]
    assert (totals["requests"], totals["400"], totals["413"], totals["429"], totals["other"]) == (6, 2, 1, 1, 2)
    assert (totals["other_outcomes"], totals["server_errors"]) == ({"500": 1, "RemoteDisconnected": 1}, 1)
    rows = {row["flood"]: row for row in totals["floods"]}
    assert [(r["requests"], r["400"], r["413"], r["429"], r["other"]) for r in rows.values()] == [
        (3, 1, 1, 1, 0),
        (3, 1, 0, 0, 2),
    ]
    assert rows["directives (JSON POST)"]["latency"] == {"p50": 20.0, "p95": 30.0, "p99": 30.0, "max": 30.0}
    assert figures["p95_ratio"] == 2.0
    assert failed(figures) == ["1 attacks answered with a server error (5xx)"]


def test_failed_names_every_reason_and_nothing_on_a_good_run():
    good = summarize(_run([10.0, 20.0], [20.0, 59.0], [_attack("directives (JSON POST)", 429)]), FLOODS, QUIET_WORKERS)
    assert (good["p95_ratio"], failed(good)) == (2.95, [])
    workers = Workers("sync", (1, 2, 3, 4), frozenset(), {2: "WORKER TIMEOUT"})
    bad = summarize(_run([10.0, 20.0], [20.0, 60.0], [], flooded_error="TimeoutError()"), FLOODS, workers)
    assert failed(bad) == [
        "reader p95 with attackers is 3× the p95 without (target: under 3×)",
        "1 reader errors with attackers",
        "1 workers killed",
        "no attack was sent",
    ]


def test_render_reports_the_run_and_its_result():
    attacks = [_attack("directives (JSON POST)", 400), _attack("nested (JSON POST)", None, "ConnectionResetError")]
    workers = Workers("sync", (1, 2, 3, 4), frozenset({3}), {2: "WORKER TIMEOUT"})
    figures = summarize(_run([10.0, 20.0], [20.0, 100.0], attacks), FLOODS, workers)
    report = render(figures, "make flood", "Server: test.", ["Behind a reverse proxy: TRUSTED_PROXIES=1."])
    assert "| reader p95 with attackers / alone | 5 | < 3 |" in report
    assert "| workers killed (sync workers; 4 booted, 1 recycled after max requests) | 1 | 0 |" in report
    assert "| attacks answered 400 / 413 / 429 / other | 1 / 0 / 0 / 1 (ConnectionResetError: 1) | no 5xx |" in report
    assert "| nested (JSON POST) | 100 | 2 | 1 | 0 | 0 | 0 | 1 (ConnectionResetError: 1) | 10 | 10 |" in report
    assert "- Worker 2 killed: WORKER TIMEOUT" in report
    assert report.endswith(
        "- Result: FAIL (reader p95 with attackers is 5× the p95 without (target: under 3×); 1 workers killed)\n"
    )


def test_addresses_are_one_per_client_in_documentation_ranges():
    assert [reader_address(n) for n in (0, 19)] == ["198.51.100.1", "198.51.100.20"]
    assert [attacker_address(n) for n in (0, 2)] == ["203.0.113.1", "203.0.113.3"]


def test_attack_classes():
    assert [_attack("f", status).status_class for status in (400, 413, 429, 200, 500)] == [
        "400",
        "413",
        "429",
        "other",
        "other",
    ]
    assert _attack("f", None, "RemoteDisconnected").outcome == "RemoteDisconnected"


def _serve(listener, replies, seen, before_last=None):
    """Each connection: read the request whole, answer the next reply (None: close without one).

    `before_last`, an event, is set before the last reply goes out.
    """
    for number, reply in enumerate(replies):
        connection, _address = listener.accept()
        with connection:
            data = b""
            while b"\r\n\r\n" not in data:
                data += connection.recv(65536)
            head, _, body = data.partition(b"\r\n\r\n")
            lines = head.split(b"\r\n")
            length = next((int(line.split(b":")[1]) for line in lines if line.lower().startswith(b"content-length")), 0)
            while len(body) < length:
                body += connection.recv(65536)
            seen.append((lines, body))
            if before_last is not None and number == len(replies) - 1:
                before_last.set()
            if reply is not None:
                connection.sendall(reply)


@pytest.fixture
def server():
    listener = socket.create_server(("127.0.0.1", 0))
    seen, threads = [], []

    def serve(*replies, before_last=None):
        thread = threading.Thread(target=_serve, args=(listener, replies, seen, before_last), daemon=True)
        thread.start()
        threads.append(thread)
        return listener.getsockname()[1]

    yield serve, seen
    for thread in threads:
        thread.join(timeout=10)
    listener.close()


TOO_MANY = b"HTTP/1.1 429 Too Many Requests\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


def test_send_posts_the_flood_with_its_nonce_and_reads_the_status(server):
    serve, seen = server
    port = serve(TOO_MANY)
    flood = Flood(
        "directives", "JSON POST", 1, "POST", "/graphql/", b'{"query": "query N0000000 { a }"}', "application/json"
    )

    assert send(port, flood, 7, {"X-Forwarded-For": "203.0.113.1"}) == (429, None)
    ((head, body),) = seen
    assert head[0] == b"POST /graphql/ HTTP/1.1"
    assert {b"X-Forwarded-For: 203.0.113.1", b"Content-Type: application/json"} <= set(head)
    assert body == b'{"query": "query N0000007 { a }"}'


def test_send_reports_a_connection_closed_without_an_answer(server):
    serve, _seen = server
    port = serve(None)
    flood = Flood("name", "GET", 1, "GET", "/graphql/?query=N0000000", None, None)
    assert send(port, flood, 1, {}) == (None, "RemoteDisconnected")


def test_an_attacker_sends_the_floods_in_turn_from_its_first_until_stopped(server):
    serve, seen = server
    stop = threading.Event()
    port = serve(TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, before_last=stop)
    floods = [Flood(kind, "GET", 1, "GET", f"/graphql/?{kind}=N0000000", None, None) for kind in ("a", "b", "c")]

    sent = Attacker(port, 2, "203.0.113.3", floods, first=1).attack(stop)

    assert [(attack.flood, attack.attacker, attack.status) for attack in sent] == [
        ("b (GET)", 2, 429),
        ("c (GET)", 2, 429),
        ("a (GET)", 2, 429),
        ("b (GET)", 2, 429),
    ]
    # Each sending its own operation name, numbered from the attacker's own million.
    assert [head[0] for head, _body in seen] == [
        b"GET /graphql/?b=N2000000 HTTP/1.1",
        b"GET /graphql/?c=N2000001 HTTP/1.1",
        b"GET /graphql/?a=N2000002 HTTP/1.1",
        b"GET /graphql/?b=N2000003 HTTP/1.1",
    ]
    assert {b"X-Forwarded-For: 203.0.113.3"} <= set(seen[0][0])


def _one_sync_worker(listener, stop):
    """A server that, like one gunicorn sync worker, reads a connection's request before the next."""
    listener.settimeout(0.1)
    while not stop.is_set():
        try:
            connection, _address = listener.accept()
        except TimeoutError:
            continue
        with connection:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                data += chunk
            if data:
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


def test_all_workers_serve_tells_how_many_workers_answer_at_once():
    listener, stop = socket.create_server(("127.0.0.1", 0)), threading.Event()
    worker = threading.Thread(target=_one_sync_worker, args=(listener, stop), daemon=True)
    worker.start()
    port = listener.getsockname()[1]
    try:
        assert [all_workers_serve(port, count, seconds=0.5) for count in (1, 2, 1)] == [True, False, True]
    finally:
        stop.set()
        worker.join(timeout=5)
        listener.close()
