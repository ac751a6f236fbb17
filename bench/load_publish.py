"""`make load`: readers load gunicorn while an editor publishes every second; errors and staleness.

    python -m bench.load_publish [--clients 50] [--seconds 60] [--interval 1] [--port 8766]

LOAD_CLIENTS and LOAD_SECONDS set the defaults of --clients and --seconds.

The data is the benchmark's realistic size (bench/content.py at scale 1: 60 sessions
with speakers, 500 news, four languages), copied afresh for each run into its own
database, cms_bench_load, from cms_bench_1x (made by bench/generate.py when missing):
every run starts from the same content, and the edits never reach what `make bench`
measures. The server is the benchmark's (bench/server.py: gunicorn, bench settings,
PostgreSQL, Redis) with its own Redis key prefix, emptied first. Report in
bench/results/load-publish.md; the exit status is 1 when any reader saw an error or an
older text than the last publish that had returned.
"""

import argparse
import os
import platform
import secrets
import shlex
import sys
from pathlib import Path

LABEL = "load"  # bench/settings.py: database cms_bench_load, Redis key prefix bench:load
SOURCE_SCALE, SOURCE_LABEL = 1, "1x"
EDITOR = "load-editor"
RESULTS = Path(__file__).resolve().parent / "results"


def prepare_database():
    """cms_bench_load as a fresh copy of the 1x benchmark database (generated first when missing)."""
    from .generate import recreate_database
    from .run import run_module

    run_module("bench.generate", "--scale", str(SOURCE_SCALE), "--label", SOURCE_LABEL)
    recreate_database(template=f"cms_bench_{SOURCE_LABEL}")


def create_editor():
    """(username, password) of a superuser of the copied database, with a password of this run."""
    from django.contrib.auth import get_user_model

    password = secrets.token_urlsafe(16)
    get_user_model().objects.create_superuser(EDITOR, f"{EDITOR}@example.org", password)
    return EDITOR, password


def machine_facts(server, clients="the readers"):
    """Cores, load, versions: what a reader of the report needs to compare runs.

    `server` says how gunicorn runs ("gthread, 2 workers × 4 threads"); `clients`, who else
    shares the CPUs.
    """
    import django
    import gunicorn
    import redis
    import wagtail
    from django.conf import settings
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    redis_version = redis.Redis.from_url(settings.CACHES["default"]["LOCATION"]).info("server")["redis_version"]
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    # Anything else running shows in the load average: say so, the figures are then pessimistic.
    shared = (
        " Other processes were using the CPUs when the run started: the figures are "
        "pessimistic, run it again on a quiet machine."
        if os.getloadavg()[0] > 0.5
        else ""
    )
    return (
        f"Server: gunicorn {gunicorn.__version__} {server}, bench settings "
        f"(DEBUG off, Redis response cache), loopback. Python {platform.python_version()}, Django "
        f"{django.get_version()}, Wagtail {wagtail.__version__}, PostgreSQL {postgres}, Redis {redis_version}. "
        f"{os.cpu_count()} CPUs shared by the server, PostgreSQL, Redis and {clients}; load average "
        f"before the run {load}.{shared}"
    )


def main(argv=None):
    """Command line; exits 1 when the run fails its targets (errors or stale answers)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=int(os.environ.get("LOAD_CLIENTS", "50")))
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("LOAD_SECONDS", "60")))
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between publishes")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--out", default=str(RESULTS / "load-publish.md"))
    options = parser.parse_args(argv)
    os.environ["BENCH_LABEL"] = LABEL
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from django.conf import settings

    from .content import EVENT_SLUG
    from .load_report import failed, render, summarize
    from .load_run import run_load
    from .load_workload import edited_session
    from .server import THREADS, WORKERS, forget_keys, gunicorn

    prepare_database()
    cache = settings.CACHES["default"]
    forget_keys(cache["LOCATION"], cache["KEY_PREFIX"])  # answers of an earlier run, of another database
    credentials = create_editor()
    session = edited_session(EVENT_SLUG)
    facts = machine_facts(f"gthread, {WORKERS} workers × {THREADS} threads")
    print(f"[load] {options.clients} readers × {options.seconds:g} s, a publish every {options.interval:g} s")
    server_log = settings.BENCH_DIR / "load-gunicorn.log"
    server_log.parent.mkdir(parents=True, exist_ok=True)
    print(f"[load] server log: {server_log}")
    with server_log.open("w") as log, gunicorn(options.port, LABEL, "/healthz", log=log):
        run = run_load(options.port, session, credentials, options.clients, options.seconds, options.interval)
    figures = summarize(run)
    if os.environ.get("MAKELEVEL"):
        command = f"make load LOAD_CLIENTS={options.clients} LOAD_SECONDS={options.seconds:g}"
    else:
        command = shlex.join(["python", "-m", "bench.load_publish", *sys.argv[1:]])
    report = render(figures, command, facts)
    Path(options.out).write_text(report)
    print(report)
    sys.exit(1 if failed(figures) else 0)


if __name__ == "__main__":
    main()
