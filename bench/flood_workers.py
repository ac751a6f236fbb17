"""Which gunicorn workers a `make flood` run killed: from gunicorn's own log, and from its processes.

gunicorn's arbiter logs a worker that outlived its timeout (`WORKER TIMEOUT (pid:N)`,
then SIGABRT and, when that is not enough, SIGKILL: `Worker (pid:N) was sent SIGKILL!`)
and one that ended badly (`Worker (pid:N) exited with code 1.`). Every worker it starts
logs `Booting worker with pid: N`; a worker replaced after GUNICORN_MAX_REQUESTS says
`Autorestarting worker after current request.` first, under its own pid. Comparing the
workers booted with those running at the end finds a worker gone without either line.

Only the arbiter's and workers' error-log lines are read (`[time] [pid] [LEVEL] message`):
the access log on the same output carries request lines, which an attacker writes.
"""

import re
from dataclasses import dataclass
from pathlib import Path

ERROR_LINE = re.compile(r"^\[[^\]]+\] \[(?P<pid>\d+)\] \[(?P<level>[A-Z]+)\] (?P<message>.*)$")
BOOTED = re.compile(r"Booting worker with pid: (\d+)$")
RECYCLED = "Autorestarting worker after current request."
TIMED_OUT = re.compile(r"WORKER TIMEOUT \(pid:(\d+)\)$")
SIGNALLED = re.compile(r"Worker \(pid:(\d+)\) was sent (.+?)!")
EXITED = re.compile(r"Worker \(pid:(\d+)\) exited with code (\d+)\.$")
WORKER_CLASS = re.compile(r"Using worker: (\S+)$")
# What gunicorn itself sends its workers when asked to stop: no kill.
STOPPING_SIGNALS = frozenset({"SIGTERM", "SIGQUIT"})


@dataclass(frozen=True)
class Workers:
    worker_class: str | None
    booted: tuple  # pids in the order they booted
    recycled: frozenset  # pids replaced after max_requests
    killed: dict  # pid -> why, in the order first seen


def read_workers(lines, alive=None):
    """What the log `lines` say of the workers; with `alive`, the pids still running at the end,
    a booted worker that is neither running, nor recycled, nor logged as killed is killed too."""
    worker_class, booted, recycled, killed = None, [], set(), {}
    for line in lines:
        matched = ERROR_LINE.match(line.rstrip("\n"))
        if matched is None:
            continue
        message = matched["message"]
        if found := BOOTED.search(message):
            booted.append(int(found[1]))
        elif message == RECYCLED:
            recycled.add(int(matched["pid"]))
        elif found := TIMED_OUT.search(message):
            killed.setdefault(int(found[1]), "WORKER TIMEOUT")
        elif (found := SIGNALLED.search(message)) and found[2] not in STOPPING_SIGNALS:
            killed.setdefault(int(found[1]), f"sent {found[2]}")
        elif (found := EXITED.search(message)) and found[2] != "0":
            killed.setdefault(int(found[1]), f"exited with code {found[2]}")
        elif found := WORKER_CLASS.search(message):
            worker_class = found[1]
    if alive is not None:
        for pid in booted:
            if pid not in alive and pid not in recycled:
                killed.setdefault(pid, "gone without a line in the log")
    return Workers(worker_class, tuple(booted), frozenset(recycled), killed)


def children(pid, proc=Path("/proc")):
    """The pids whose parent is `pid` (Linux: read from /proc)."""
    found = set()
    for stat in proc.glob("[0-9]*/stat"):
        try:
            # "pid (command) state ppid ...": the command may hold spaces and parentheses.
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:  # the process ended meanwhile
            continue
        if len(fields) > 1 and int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found
