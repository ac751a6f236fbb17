"""`make bench`: generate (or keep) both scales, measure every target at each, write the report.

    python -m bench.run [--scales 1,10] [--regenerate] [--seconds 5] ...

Each scale runs in its own processes (generation, then measuring with its own gunicorn),
one after the other, so the targets of a scale share the same data and the same server.
The report is printed and written to bench/results/latest.md (and the raw figures next to it).
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

from .report import render

RESULTS = Path(__file__).resolve().parent / "results"


def _label(scale):
    return f"{scale:g}x"


def run_module(module, *arguments):
    """`python -m module arguments` in its own process, with this checkout on the path."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    subprocess.run([sys.executable, "-m", module, *arguments], check=True, env=env)  # noqa: S603 - our own modules


def main(argv=None):
    """Command line: which scales, whether to regenerate, and the measuring bounds."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", default="1,10")
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--latency-seconds", type=float, default=6)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--max-requests-per-fetch", type=int, default=1000)
    options = parser.parse_args(argv)
    started = time.monotonic()
    RESULTS.mkdir(exist_ok=True)
    scales = []
    for scale in (float(value) for value in options.scales.split(",")):
        label = _label(scale)
        generate = ["--scale", f"{scale:g}", "--label", label] + (["--regenerate"] if options.regenerate else [])
        run_module("bench.generate", *generate)
        raw = RESULTS / f"latest-{label}.json"
        run_module(
            "bench.run_scale", "--label", label, "--out", str(raw), "--port", str(options.port),
            "--requests", str(options.requests), "--latency-seconds", str(options.latency_seconds),
            "--seconds", str(options.seconds), "--connections", str(options.connections),
            "--max-requests-per-fetch", str(options.max_requests_per_fetch),
        )  # fmt: skip
        scales.append(json.loads(raw.read_text()))
    bounds = (
        f"Per target: latency from up to {options.requests} sequential fetches or {options.latency_seconds:g} s "
        f"(at least one) over one keep-alive connection after a warm-up; throughput from wrk, "
        f"{options.connections} connections for {options.seconds} s or longer for slow targets (load s, at most 30). "
        f"Targets needing over {options.max_requests_per_fetch} requests per fetch are skipped. "
        f"Server: gunicorn gthread "
        f"({os.environ.get('BENCH_WORKERS', '2')} workers × {os.environ.get('BENCH_THREADS', '4')} threads), "
        f"PostgreSQL, Redis, on loopback; {os.cpu_count()} CPUs. Answers in Russian. Total run time "
        f"{time.monotonic() - started:.0f} s."
    )
    command = (
        "make bench"
        if not argv and os.environ.get("MAKELEVEL")
        else shlex.join(["python", "-m", "bench.run", *sys.argv[1:]])
    )
    report = render(scales, command, bounds)
    (RESULTS / "latest.md").write_text(report)
    print(report)


if __name__ == "__main__":
    main()
