"""The server under test: gunicorn with the bench settings on loopback, started and stopped per scale."""

import contextlib
import http.client
import os
import subprocess
import sys
import time
from pathlib import Path

HOST = "127.0.0.1"
# Workers: one per core of the 2-core machine the benchmark was written for; gthread keeps
# connections alive, as a production server behind a proxy would.
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
THREADS = int(os.environ.get("BENCH_THREADS", "4"))
GTHREAD_OPTIONS = [
    "--workers", str(WORKERS), "--worker-class", "gthread", "--threads", str(THREADS),
    "--keep-alive", "30", "--log-level", "warning", "--timeout", "300", "--graceful-timeout", "2",
]  # fmt: skip
# Production's worker model: the project's gunicorn.conf.py as deployed (sync workers, one
# request at a time each, killed after GUNICORN_TIMEOUT), its defaults pinned here so that the
# caller's environment cannot change them, and its info lines (worker boots) kept. Only the
# graceful timeout is shorter: it bounds how long stopping the server takes once a run is
# over (idle sync workers take seconds to exit), nothing a run measures.
PROJECT_GUNICORN_CONF = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"
PRODUCTION_OPTIONS = ["--config", str(PROJECT_GUNICORN_CONF)]
PRODUCTION_ENVIRON = {
    "WEB_CONCURRENCY": "3",
    "GUNICORN_TIMEOUT": "30",
    "LOG_LEVEL": "info",
    "GUNICORN_GRACEFUL_TIMEOUT": "2",
    # The API's CPU budget and rate limit as production has them (bench/settings.py).
    "BENCH_API_LIMITS": "production",
    # No recycling after GUNICORN_MAX_REQUESTS: 20 readers of cached answers reach 1,000
    # requests per worker within the first phase, all three workers then restart together,
    # and each takes seconds to boot on a busy machine — a pause that has nothing to do with
    # what is measured (docs/benchmark.md says what it means for production).
    "GUNICORN_MAX_REQUESTS": "0",
}


def forget_keys(redis_url, prefix):
    """Delete the keys under `prefix` from Redis: a run's answers must not outlive its database."""
    import redis

    client = redis.Redis.from_url(redis_url, socket_timeout=5)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*"))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def _ready(port, probe_path):
    connection = http.client.HTTPConnection(HOST, port, timeout=2)
    try:
        connection.request("GET", probe_path)
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


@contextlib.contextmanager
def gunicorn(port, label, probe_path, startup_seconds=60, log=None, options=GTHREAD_OPTIONS, environ=None):
    """Run gunicorn for the `label` scale until the block ends; waits until `probe_path` answers 200.

    Its output goes to the open file `log` when given (a load test logs every request), else to ours.
    `options` are gunicorn's command-line options after the bind address (the benchmark's gthread
    workers unless told otherwise); `environ` adds to the server's environment.
    """
    gunicorn_bin = str(Path(sys.executable).with_name("gunicorn"))
    env = {**os.environ, **(environ or {}), "DJANGO_SETTINGS_MODULE": "bench.settings", "BENCH_LABEL": label}
    command = [gunicorn_bin, "cms.wsgi:application", "--bind", f"{HOST}:{port}", *options]
    process = subprocess.Popen(command, env=env, stdout=log, stderr=log)  # noqa: S603 - gunicorn of this venv, our arguments
    try:
        deadline = time.monotonic() + startup_seconds
        while not _ready(port, probe_path):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not start on port {port} within {startup_seconds} s")
            time.sleep(0.2)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
