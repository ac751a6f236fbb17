"""`make flood`: readers keep being served while attackers flood the GraphQL parser.

    python -m bench.flood [--readers 20] [--attackers 3] [--seconds 20] [--port 8767]

FLOOD_READERS, FLOOD_ATTACKERS and FLOOD_SECONDS set the defaults. A load check, not a
timed unit test (issue 13): while the attackers send the floods of bench/flood_payloads.py
in a loop, the readers' p95 stays under 3× their p95 without attackers, no reader sees an
error, no worker is killed (and no flood is answered with a 5xx).

The server is production's worker model: the project's gunicorn.conf.py (3 sync workers,
30 s timeout; bench/server.py's PRODUCTION_OPTIONS) with the bench settings (DEBUG off,
PostgreSQL, Redis cache), on a fresh copy of the 1x benchmark database, cms_bench_flood,
and its own Redis key prefix (bench:flood), emptied first. It runs with TRUSTED_PROXIES=1,
as behind production's nginx, and every client sends the X-Forwarded-For nginx would
append: 23 distinct client addresses by default. Report in bench/results/flood.md; the
exit status is 1 when the run fails its target.
"""

import argparse
import os
import shlex
import sys
from pathlib import Path

LABEL = "flood"  # bench/settings.py: database cms_bench_flood, Redis key prefix bench:flood
RESULTS = Path(__file__).resolve().parent / "results"
# The flood limits the API is getting (issue 13): reported as the server's environment has
# them, never read by the harness, which must measure the same way with or without them.
LIMIT_VARIABLES = (
    "API_MAX_BODY_BYTES", "API_MAX_QUERY_LENGTH", "API_MAX_TOKENS", "API_MAX_DIRECTIVES", "API_MAX_VARIABLES",
    "API_MAX_OPERATIONS", "API_MAX_FRAGMENTS", "API_MAX_VARIABLES_BYTES", "API_MAX_VARIABLES_DEPTH",
    "API_MAX_CPU_SECONDS", "API_RATE_LIMIT_CPU_SECONDS", "API_RATE_LIMIT_WINDOW", "API_RATE_LIMIT_EXEMPT",
)  # fmt: skip


def settings_lines(environ, limits, rate_limit):
    """What the server ran with, for the report: the proxy setting, the query limits, the flood limits."""
    flood_limits = ", ".join(
        f"{name}={environ[name]}" if name in environ else f"{name} unset" for name in LIMIT_VARIABLES
    )
    return [
        f"Behind a reverse proxy: TRUSTED_PROXIES={environ['TRUSTED_PROXIES']}; every reader and attacker "
        "sends its own X-Forwarded-For (readers 198.51.100.N, attackers 203.0.113.N), as nginx appends it.",
        f"Query limits (CMS_API): {', '.join(f'{name} {value}' for name, value in limits.items())}.",
        f"Rate limit (CMS_API_RATE_LIMIT): {', '.join(f'{name} {value}' for name, value in rate_limit.items())}.",
        f"Flood limits in the environment: {flood_limits}.",
    ]


def main(argv=None):
    """Command line; exits 1 when the run fails its target."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--readers", type=int, default=int(os.environ.get("FLOOD_READERS", "20")))
    parser.add_argument("--attackers", type=int, default=int(os.environ.get("FLOOD_ATTACKERS", "3")))
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("FLOOD_SECONDS", "20")))
    parser.add_argument("--port", type=int, default=8767)
    parser.add_argument("--out", default=str(RESULTS / "flood.md"))
    options = parser.parse_args(argv)
    os.environ["BENCH_LABEL"] = LABEL
    # The settings this process reports are the server's: production's CPU budget and rate
    # limit (bench/server.py PRODUCTION_ENVIRON, bench/settings.py).
    os.environ["BENCH_API_LIMITS"] = "production"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from django.conf import settings

    from .content import EVENT_SLUG
    from .flood_payloads import floods
    from .flood_report import failed, render, summarize
    from .flood_run import BEHIND_PROXY, run_on_gunicorn
    from .load_publish import machine_facts, prepare_database
    from .load_workload import edited_session
    from .server import PRODUCTION_ENVIRON, forget_keys

    prepare_database()
    cache = settings.CACHES["default"]
    forget_keys(cache["LOCATION"], cache["KEY_PREFIX"])  # answers and counts of an earlier run
    session = edited_session(EVENT_SLUG)
    attacks = floods(EVENT_SLUG, fields_at_most=settings.CMS_API["MAX_COMPLEXITY"])
    server = (
        f"sync, {PRODUCTION_ENVIRON['WEB_CONCURRENCY']} workers, timeout {PRODUCTION_ENVIRON['GUNICORN_TIMEOUT']} s "
        "(the project's gunicorn.conf.py)"
    )
    facts = machine_facts(server, clients="the readers and attackers")
    print(f"[flood] {options.readers} readers × {options.seconds:g} s alone, then with {options.attackers} attackers")
    server_log = settings.BENCH_DIR / "flood-gunicorn.log"
    server_log.parent.mkdir(parents=True, exist_ok=True)
    print(f"[flood] server log: {server_log}")
    run, workers = run_on_gunicorn(
        options.port, LABEL, session, attacks, server_log, options.readers, options.attackers, options.seconds
    )
    figures = summarize(run, attacks, workers)
    if os.environ.get("MAKELEVEL"):
        command = (
            f"make flood FLOOD_READERS={options.readers} FLOOD_ATTACKERS={options.attackers} "
            f"FLOOD_SECONDS={options.seconds:g}"
        )
    else:
        command = shlex.join(["python", "-m", "bench.flood", *sys.argv[1:]])
    environ = {**os.environ, **PRODUCTION_ENVIRON, **BEHIND_PROXY}  # the server's
    report = render(figures, command, facts, settings_lines(environ, settings.CMS_API, settings.CMS_API_RATE_LIMIT))
    Path(options.out).write_text(report)
    print(report)
    sys.exit(1 if failed(figures) else 0)


if __name__ == "__main__":
    main()
