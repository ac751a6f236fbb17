"""Measuring one target: SQL queries in-process, latency sequentially, throughput under load.

- SQL queries: the target's requests run through Django's test Client in this process,
  on the same database and settings as the server, counted with CaptureQueriesContext
  after one warm-up fetch (which also fills the response cache for the cached target).
- Latency: whole fetches sent one after another over one keep-alive connection
  (http.client), until `count` fetches or `seconds` have passed; p50 and p95.
- Throughput: wrk with `connections` concurrent connections for `seconds`, cycling
  through the target's requests; fetches/s = requests/s ÷ requests per fetch. A slow
  target is loaded longer (load_seconds), up to 30 s.
"""

import http.client
import re
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from .queries import LANGUAGE

HEADERS = {"Accept": "application/json", "Accept-Language": LANGUAGE}


@dataclass(frozen=True)
class Latency:
    samples: int
    p50_ms: float
    p95_ms: float


@dataclass(frozen=True)
class Load:
    requests_per_second: float
    fetches_per_second: float
    errors: int
    load_seconds: int


def in_process_client(host):
    """A test Client that sends what the load generators send."""
    return Client(HTTP_HOST=host, HTTP_ACCEPT=HEADERS["Accept"], HTTP_ACCEPT_LANGUAGE=HEADERS["Accept-Language"])


def fetch_in_process(client, paths):
    """The bodies of one fetch (every request of the target) through `client`; fails on a non-200."""
    bodies = []
    for path in paths:
        response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path[:120]} answered {response.status_code}: {response.content[:300]!r}")
        bodies.append(response.content)
    return bodies


def warmup_paths(paths):
    """One request of each kind in `paths` (ids aside): enough to fill the per-process caches
    (content types, sites) and the response cache, without repeating a 3000-request fetch."""
    return list({re.sub(r"\d+", "#", path): path for path in paths}.values())


def sql_queries(client, paths):
    """(SQL queries of one fetch, bytes of one fetch), measured after a warm-up of each kind of request."""
    fetch_in_process(client, warmup_paths(paths))
    with CaptureQueriesContext(connection) as captured:
        bodies = fetch_in_process(client, paths)
    return len(captured), sum(len(body) for body in bodies)


def percentile(sorted_values, share):
    """The value at `share` (0.95) of `sorted_values`, nearest rank."""
    index = min(len(sorted_values) - 1, max(0, round(share * (len(sorted_values) - 1))))
    return sorted_values[index]


def latency(host, port, paths, count, seconds):
    """p50/p95 of whole fetches, sequential over one keep-alive connection, bounded in count and time."""
    connection_ = http.client.HTTPConnection(host, port, timeout=120)
    durations = []
    try:
        _fetch_http(connection_, warmup_paths(paths))
        deadline = time.monotonic() + seconds
        while len(durations) < count and (not durations or time.monotonic() < deadline):
            started = time.perf_counter()
            _fetch_http(connection_, paths)
            durations.append((time.perf_counter() - started) * 1000)
    finally:
        connection_.close()
    durations.sort()
    return Latency(len(durations), statistics.median(durations), percentile(durations, 0.95))


def _fetch_http(connection_, paths):
    for path in paths:
        connection_.request("GET", path, headers=HEADERS)
        response = connection_.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path[:120]} answered {response.status}")


WRK_SCRIPT = """
local paths = {%(paths)s}
local i = 0
wrk.headers["Accept"] = "%(accept)s"
wrk.headers["Accept-Language"] = "%(language)s"
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""


def _lua_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def load_seconds(seconds, p50_ms, connections, cores, most=30):
    """How long to load a target: `seconds`, longer for a slow one so that each connection can
    finish a request or two while `connections` share `cores` (at most `most` seconds)."""
    return int(min(most, max(seconds, 1.5 * p50_ms / 1000 * connections / cores)))


def load(host, port, paths, seconds, connections, threads=2):
    """Requests/s and fetches/s under `connections` concurrent keep-alive connections for `seconds`."""
    script = WRK_SCRIPT % {
        "paths": ", ".join(_lua_string(path) for path in paths),
        "accept": HEADERS["Accept"],
        "language": HEADERS["Accept-Language"],
    }
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
        lua.write(script)
        lua.flush()
        command = [
            "wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "60s",
            "-s", lua.name, f"http://{host}:{port}/",
        ]  # fmt: skip
        output = subprocess.run(  # noqa: S603 - wrk with our own arguments
            command, capture_output=True, text=True, timeout=seconds + 60, check=True
        ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = sum(int(found) for found in re.findall(r"Non-2xx or 3xx responses:\s+(\d+)", output))
    errors += sum(int(found) for found in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    return Load(rate, rate / len(paths), errors, seconds)
