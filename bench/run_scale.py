"""Measure every target at one scale, in one run: `python -m bench.run_scale --label 1x --out f.json`.

Runs in its own process because the scale decides the settings (database, cache prefix).
The content must exist (bench/generate.py).
"""

import argparse
import dataclasses
import http.client
import json
import os
import sys


def _session_count(event_slug):
    from sessions.models import EventPage, SessionPage

    return SessionPage.objects.child_of(EventPage.objects.get(slug_en=event_slug)).live().count()


def measure(label, port, options, out=sys.stdout):
    """{target key: figures} for every target, plus the scale's facts."""
    from django.conf import settings
    from django.core.cache import caches

    from . import measure as m
    from .content import EVENT_SLUG
    from .server import HOST, gunicorn
    from .targets import STATIC_PATH, build_targets

    caches["default"].clear()  # the bench's own Redis database: every run starts with a cold cache
    targets = build_targets(EVENT_SLUG)
    client = m.in_process_client(f"{HOST}:{port}")
    results = {}
    skipped = {target.key for target in targets if len(target.paths) > options.max_requests_per_fetch}
    for target in targets:
        if target.key in skipped:
            out.write(f"[{label}] {target.title} skipped: {len(target.paths)} requests per fetch\n")
            results[target.key] = {"title": target.title, "requests": len(target.paths), "skipped": True}
            continue
        if target.key == "static":
            continue
        out.write(f"[{label}] SQL queries of {target.title} ({len(target.paths)} requests per fetch)\n")
        queries, size = m.sql_queries(client, target.paths)
        results[target.key] = {"title": target.title, "requests": len(target.paths), "sql": queries, "bytes": size}
    # (c) the physical limit: the cached schedule's exact bytes as a file, served by whitenoise.
    cached_paths = next(target.paths for target in targets if target.cached)
    schedule_bytes = m.fetch_in_process(client, cached_paths)[0]
    static_file = settings.WHITENOISE_ROOT / STATIC_PATH.lstrip("/")
    static_file.parent.mkdir(parents=True, exist_ok=True)
    static_file.write_bytes(schedule_bytes)
    results["static"] = {"title": "static file (whitenoise)", "requests": 1, "sql": 0, "bytes": len(schedule_bytes)}

    with gunicorn(port, label, STATIC_PATH):
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        connection.request("GET", cached_paths[0], headers=m.HEADERS)
        over_http = connection.getresponse().read()
        connection.close()
        same_bytes = over_http == schedule_bytes
    for target in targets:
        if target.key in skipped:
            continue
        # A fresh server (same command, same data) per target: requests a slow target's load
        # left queued must not delay the next target's measurements.
        with gunicorn(port, label, STATIC_PATH):
            out.write(f"[{label}] latency and load of {target.title}\n")
            latency = m.latency(HOST, port, target.paths, options.requests, options.latency_seconds)
            seconds = m.load_seconds(options.seconds, latency.p50_ms, options.connections, os.cpu_count() or 1)
            load = m.load(HOST, port, target.paths, seconds, options.connections)
            results[target.key].update(dataclasses.asdict(latency), **dataclasses.asdict(load))
    return {
        "label": label,
        "sessions": _session_count(EVENT_SLUG),
        "targets": results,
        "static_same_bytes": same_bytes,
        "schedule_bytes": len(schedule_bytes),
    }


def main(argv=None):
    """Command line: --label, --port, --out and the measuring bounds."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--label", required=True)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--out", required=True)
    parser.add_argument("--requests", type=int, default=200, help="sequential fetches per target, at most")
    parser.add_argument("--latency-seconds", type=float, default=6, help="sequential fetching per target, at most")
    parser.add_argument("--seconds", type=int, default=5, help="concurrent load per target")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument(
        "--max-requests-per-fetch", type=int, default=1000, help="skip targets that need more (API v3 at 10x)"
    )
    options = parser.parse_args(argv)
    os.environ["BENCH_LABEL"] = options.label
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    figures = measure(options.label, options.port, options)
    with open(options.out, "w") as handle:
        json.dump(figures, handle, indent=2)


if __name__ == "__main__":
    main()
