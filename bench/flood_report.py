"""The figures of a `make flood` run (bench/flood_run.py) and its Markdown report.

The target (issue 13): while the attackers flood, the readers' p95 stays under 3× their p95
without attackers, no reader sees an error and no worker is killed. An attack answered with
a 5xx fails the run too: bad input gets a clear error, never a server error.
"""

from collections import Counter

from .flood_attack import CLASSES
from .load_report import latency
from .measure import percentile

RATIO_TARGET = 3.0


def p95_ratio(quiet_ms, flooded_ms):
    """p95 of `flooded_ms` over p95 of `quiet_ms`, from the samples (not the rounded figures);
    None when either has no sample, or the quiet p95 is 0."""
    if not quiet_ms or not flooded_ms:
        return None
    quiet = percentile(sorted(quiet_ms), 0.95)
    return round(percentile(sorted(flooded_ms), 0.95) / quiet, 2) if quiet else None


def reader_figures(phase):
    """Requests, errors and latency of the readers in one phase."""
    errors = [answer for answer in phase.answers if answer.error]
    seconds = phase.window[1] - phase.window[0]
    return {
        "requests": len(phase.answers),
        "seconds": round(seconds, 1),
        "requests_per_second": round(len(phase.answers) / seconds, 1) if seconds else 0.0,
        "errors": len(errors),
        "error_examples": sorted({answer.error for answer in errors})[:5],
        "latency": latency([answer.ms for answer in phase.answers]),
    }


def _classes(attacks):
    counted = Counter(attack.status_class for attack in attacks)
    return {name: counted[name] for name in CLASSES}


def _other_outcomes(attacks):
    return dict(sorted(Counter(a.outcome for a in attacks if a.status_class == "other").items()))


def attack_figures(attacks, floods):
    """Totals of the attacks, and one row per flood in the order of `floods`."""
    rows = []
    for flood in floods:
        sent = [attack for attack in attacks if attack.flood == flood.name]
        rows.append(
            {
                "flood": flood.name,
                "count": flood.count,
                "bytes": flood.size,
                "requests": len(sent),
                **_classes(sent),
                "other_outcomes": _other_outcomes(sent),
                "latency": latency([attack.ms for attack in sent]),
            }
        )
    return {
        "requests": len(attacks),
        **_classes(attacks),
        "other_outcomes": _other_outcomes(attacks),
        "server_errors": sum(1 for attack in attacks if attack.status is not None and attack.status >= 500),
        "latency": latency([attack.ms for attack in attacks]),
        "floods": rows,
    }


def summarize(run, floods, workers):
    """Every figure of the report, as plain data: `workers` is flood_workers.Workers of the run."""
    return {
        "readers": run.readers,
        "attackers": run.attackers,
        "seconds": run.seconds,
        "quiet": reader_figures(run.quiet),
        "flooded": reader_figures(run.flooded),
        "p95_ratio": p95_ratio([a.ms for a in run.quiet.answers], [a.ms for a in run.flooded.answers]),
        "attacks": attack_figures(run.attacks, floods),
        "worker_class": workers.worker_class,
        "workers_booted": len(workers.booted),
        "workers_recycled": len(workers.recycled),
        "workers_killed": dict(workers.killed),
    }


def failed(figures):
    """Why the run fails its target (empty when it passes)."""
    reasons = []
    ratio = figures["p95_ratio"]
    if ratio is None:
        reasons.append("no reader latency to compare")
    elif ratio >= RATIO_TARGET:
        reasons.append(f"reader p95 with attackers is {ratio:g}× the p95 without (target: under {RATIO_TARGET:g}×)")
    for phase, label in (("quiet", "alone"), ("flooded", "with attackers")):
        if figures[phase]["errors"]:
            reasons.append(f"{figures[phase]['errors']} reader errors {label}")
    if figures["workers_killed"]:
        reasons.append(f"{len(figures['workers_killed'])} workers killed")
    if figures["attacks"]["server_errors"]:
        reasons.append(f"{figures['attacks']['server_errors']} attacks answered with a server error (5xx)")
    if figures["attackers"] and not figures["attacks"]["requests"]:
        reasons.append("no attack was sent")
    return reasons


def _ms(lat):
    return f"{lat['p50']:g} / {lat['p95']:g} / {lat['p99']:g} / {lat['max']:g}"


def _other(count, outcomes):
    return f"{count} ({', '.join(f'{name}: {n}' for name, n in outcomes.items())})" if count else "0"


def render(figures, command, facts, settings_lines):
    """The Markdown report of one run."""
    quiet, flooded, attacks = figures["quiet"], figures["flooded"], figures["attacks"]
    ratio = figures["p95_ratio"]
    killed = figures["workers_killed"]
    lines = [
        "# Query floods: readers while attackers flood the parser",
        "",
        f"Command: `{command}`",
        "",
        facts,
        "",
        *(f"- {line}" for line in settings_lines),
        "",
        "| readers | alone | with attackers | target |",
        "|---|---|---|---|",
        f"| clients | {figures['readers']} readers | "
        f"{figures['readers']} readers + {figures['attackers']} attackers | |",
        f"| seconds (until the last reader was done) | {quiet['seconds']:g} | {flooded['seconds']:g} | |",
        f"| requests | {quiet['requests']} | {flooded['requests']} | |",
        f"| requests/s | {quiet['requests_per_second']:g} | {flooded['requests_per_second']:g} | |",
        f"| errors (non-2xx, transport, GraphQL, unexpected title) | {quiet['errors']} | {flooded['errors']} | 0 |",
        f"| latency p50 / p95 / p99 / max ms | {_ms(quiet['latency'])} | {_ms(flooded['latency'])} | |",
        "",
        "| figure | value | target |",
        "|---|---|---|",
        f"| reader p95 with attackers / alone | {'n/a' if ratio is None else f'{ratio:g}'} | < {RATIO_TARGET:g} |",
        f"| workers killed ({figures['worker_class'] or 'unknown'} workers; {figures['workers_booted']} booted, "
        f"{figures['workers_recycled']} recycled after max requests) | {len(killed)} | 0 |",
        f"| attacks sent | {attacks['requests']} | |",
        f"| attacks answered 400 / 413 / 429 / other | {attacks['400']} / {attacks['413']} / {attacks['429']} / "
        f"{_other(attacks['other'], attacks['other_outcomes'])} | no 5xx |",
        f"| attack latency p50 / p95 / p99 / max ms | {_ms(attacks['latency'])} | |",
        "",
        "| flood | count | bytes | sent | 400 | 413 | 429 | other | p50 ms | max ms |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in attacks["floods"]:
        lines.append(
            f"| {row['flood']} | {row['count']:,} | {row['bytes']:,} | {row['requests']} | {row['400']} | "
            f"{row['413']} | {row['429']} | {_other(row['other'], row['other_outcomes'])} | "
            f"{row['latency']['p50']:g} | {row['latency']['max']:g} |"
        )
    notes = [f"Reader error alone: {error}" for error in quiet["error_examples"]]
    notes += [f"Reader error with attackers: {error}" for error in flooded["error_examples"]]
    notes += [f"Worker {pid} killed: {why}" for pid, why in killed.items()]
    reasons = failed(figures)
    notes.append(
        f"Result: FAIL ({'; '.join(reasons)})"
        if reasons
        else "Result: PASS (p95 under 3× alone, 0 reader errors, 0 workers killed, no 5xx)"
    )
    return "\n".join([*lines, "", *(f"- {note}" for note in notes), ""])
