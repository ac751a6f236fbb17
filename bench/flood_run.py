"""One `make flood` run: the readers alone, then the same readers while attackers flood.

Readers and attackers are threads of this one process, as in bench/load_run.py, whose
readers these are: each a client of its own behind the reverse proxy production has,
with the X-Forwarded-For nginx would append (readers 198.51.100.N, attackers
203.0.113.N: documentation addresses), so that a limit counted per client address
(cms/client_address.py, TRUSTED_PROXIES=1 on the server) sees every client apart.

Phase 1, quiet: the readers for `seconds`. Phase 2, flooded: the same for `seconds`, with
the attackers sending from its first moment to its last; then the run waits for the
requests still out, attackers' and readers', to end, however they end: a request stuck in
a worker ends when gunicorn kills the worker, and that kill is what the run looks for.
"""

import contextlib
import http.client
import socket
import threading
import time
from dataclasses import dataclass, field

from .flood_attack import Attacker
from .flood_payloads import TRANSPORTS
from .flood_workers import children, read_workers
from .load_run import HEADERS, Reader, warm_up
from .load_workload import reader_choices, workload
from .server import HOST, PRODUCTION_ENVIRON, PRODUCTION_OPTIONS, gunicorn

# The longest a reader may wait (load_run's Reader: 60 s), and an attacker, twice over.
JOIN_SECONDS = 300
# Production's nginx in front: the app believes the address it appends to X-Forwarded-For.
BEHIND_PROXY = {"TRUSTED_PROXIES": "1"}
# After the last request ended: time for gunicorn's arbiter (a loop of about a second) to
# log the workers it reaped.
SETTLE_SECONDS = 2.0


def reader_address(number):
    return f"198.51.100.{number + 1}"


def attacker_address(number):
    return f"203.0.113.{number + 1}"


@dataclass
class Phase:
    answers: list = field(default_factory=list)  # load_run.Answer
    window: tuple = (0.0, 0.0)  # monotonic start, and when the last reader was done


@dataclass
class FloodRun:
    readers: int
    attackers: int
    seconds: float
    quiet: Phase
    flooded: Phase
    attacks: list  # flood_attack.Attack


def read_for(port, session, queries, readers, seconds, shown, seed=0):
    """`readers` clients asking `queries` for `seconds`; returns when the last one is done."""
    phase, lock = Phase(), threading.Lock()
    start = time.monotonic()
    deadline = start + seconds

    def read(number):
        headers = {**HEADERS, "X-Forwarded-For": reader_address(number)}
        reader, choices, answers = Reader(port, session, shown, headers), reader_choices(queries, seed + number), []
        try:
            while time.monotonic() < deadline:
                answers.append(reader.ask(next(choices)))
        finally:
            reader.close()
            with lock:
                phase.answers += answers

    threads = [threading.Thread(target=read, args=(number,), daemon=True) for number in range(readers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=JOIN_SECONDS)
    phase.window = (start, time.monotonic())
    return phase


def run_flood(port, session, floods, readers=20, attackers=3, seconds=20.0, seed=0):
    """Phase 1 (readers) then phase 2 (readers and attackers), `seconds` each, on a warm server."""
    queries = workload(session)
    warm_up(port, session, queries)
    shown = {}
    quiet = read_for(port, session, queries, readers, seconds, shown, seed)
    stop, attacks, lock = threading.Event(), [], threading.Lock()

    def attack(number):
        # The review's three floods at once first (the JSON POSTs of its first three kinds),
        # then each attacker goes on through the list.
        first = len(TRANSPORTS) * number
        sent = Attacker(port, number, attacker_address(number), floods, first).attack(stop)
        with lock:
            attacks.extend(sent)

    threads = [threading.Thread(target=attack, args=(number,), daemon=True) for number in range(attackers)]
    timer = threading.Timer(seconds, stop.set)
    for thread in threads:
        thread.start()
    timer.start()
    try:
        flooded = read_for(port, session, queries, readers, seconds, shown, seed)  # the same mix
    finally:
        stop.set()
        timer.cancel()
        for thread in threads:
            thread.join(timeout=JOIN_SECONDS)
    return FloodRun(readers, attackers, seconds, quiet, flooded, attacks)


def all_workers_serve(port, workers, probe_path="/healthz", seconds=1.0):
    """Whether `workers` sync workers serve at once: `workers` - 1 connections that send nothing
    each hold a worker (a sync worker reads its connection's request before anything else),
    and a request on one more connection is answered only by a worker left over."""
    with contextlib.ExitStack() as held:
        for _ in range(workers - 1):
            held.enter_context(socket.create_connection((HOST, port), timeout=seconds))
        connection = http.client.HTTPConnection(HOST, port, timeout=seconds)
        held.callback(connection.close)
        try:
            connection.request("GET", probe_path)
            return connection.getresponse().status == 200
        except OSError:
            return False


def wait_for_workers(port, workers, seconds=120):
    """Until every worker has booted: gunicorn answers as soon as one has, and a quiet phase
    measured on fewer workers would make the flooded one look better than it is."""
    deadline = time.monotonic() + seconds
    while not all_workers_serve(port, workers):
        if time.monotonic() > deadline:
            raise RuntimeError(f"{workers} gunicorn workers did not all serve within {seconds} s")
        time.sleep(0.5)


def run_on_gunicorn(port, label, session, floods, log_path, readers=20, attackers=3, seconds=20.0):
    """`run_flood` against production's worker model behind the emulated proxy: (run, workers).

    The workers (flood_workers.Workers) are read before gunicorn stops: stopping it ends
    every worker, and only what happened during the run counts.
    """
    environ = {**PRODUCTION_ENVIRON, **BEHIND_PROXY}
    with (
        log_path.open("w") as log,
        gunicorn(port, label, "/healthz", log=log, options=PRODUCTION_OPTIONS, environ=environ) as process,
    ):
        wait_for_workers(port, int(environ["WEB_CONCURRENCY"]))
        run = run_flood(port, session, floods, readers, attackers, seconds)
        time.sleep(SETTLE_SECONDS)
        alive = children(process.pid)
        workers = read_workers(log_path.read_text(errors="replace").splitlines(), alive)
    return run, workers
