"""The figures of a load-while-publishing run (bench/load_run.py) and their Markdown report.

Staleness: an answer is stale when its request started after publish N had returned
and it shows a revision older than N. How stale: from the moment the first publish it
misses returned to the moment its request started. A request that started before a
publish returned may show either revision: that is propagation, not staleness.
"""

import bisect
import statistics
from dataclasses import dataclass

from .measure import percentile


@dataclass(frozen=True)
class Staleness:
    stale: int
    max_ms: float
    example: str | None


def staleness(answers, publishes):
    """Stale answers among `answers`, given the successful `publishes` of the run."""
    done = sorted((publish.returned, publish.revision) for publish in publishes if publish.error is None)
    returned = [moment for moment, _revision in done]
    stale, worst, example = 0, 0.0, None
    for answer in answers:
        if answer.revision is None:
            continue
        due = bisect.bisect_left(returned, answer.started)  # publishes returned before the request started
        if due == 0 or answer.revision >= done[due - 1][1]:
            continue
        stale += 1
        # The first publish this answer misses: the oldest newer revision that had returned.
        missed_at = next(moment for moment, revision in done if revision > answer.revision)
        late_ms = (answer.started - missed_at) * 1000
        if late_ms >= worst:
            worst = late_ms
            example = (
                f"{answer.kind} ({answer.language}) started {late_ms:.0f} ms after revision "
                f"{done[due - 1][1]} was published, showed revision {answer.revision}"
            )
    return Staleness(stale, round(worst, 1), example)


def latency(values_ms):
    """{p50, p95, p99, max} in ms of `values_ms` (zeros when there are none)."""
    ordered = sorted(values_ms)
    if not ordered:
        return {"p50": 0.0, "p95": 0.0, "p99": 0.0, "max": 0.0}
    return {
        "p50": round(statistics.median(ordered), 1),
        "p95": round(percentile(ordered, 0.95), 1),
        "p99": round(percentile(ordered, 0.99), 1),
        "max": round(ordered[-1], 1),
    }


def _share_cached(answers):
    return round(sum(answer.cached for answer in answers) / len(answers), 3) if answers else 0.0


def _kind_figures(answers):
    return {
        "requests": len(answers),
        "cache_hits": _share_cached([answer for answer in answers if not answer.error]),
        **latency([answer.ms for answer in answers]),
    }


def summarize(run):
    """Every figure of the report, as plain data."""
    window_seconds = run.window[1] - run.window[0]
    loaded = [answer for answer in run.answers if not answer.final]
    final = [answer for answer in run.answers if answer.final]
    errors = [answer for answer in run.answers if answer.error]
    done = [publish for publish in run.publishes if publish.error is None]
    last_revision = max((publish.revision for publish in done), default=0)
    kinds = sorted({answer.kind for answer in loaded})
    found = staleness(run.answers, run.publishes)
    return {
        "readers": run.readers,
        "seconds": round(window_seconds, 1),
        "requests": len(loaded),
        "requests_per_second": round(len(loaded) / window_seconds, 1) if window_seconds else 0.0,
        "errors": len(errors),
        "resent": sum(1 for answer in run.answers if answer.resent),
        "error_examples": sorted({answer.error for answer in errors})[:5],
        "latency": latency([answer.ms for answer in loaded]),
        "latency_by_kind": {kind: _kind_figures([a for a in loaded if a.kind == kind]) for kind in kinds},
        "cache_hits": _share_cached([answer for answer in loaded if not answer.error]),
        "publishes": len(done),
        "publish_errors": len(run.publishes) - len(done),
        "publish_error_examples": sorted({p.error for p in run.publishes if p.error})[:3],
        "publish_post_ms": latency([publish.post_ms for publish in done]),
        "publish_form_ms": latency([publish.form_ms for publish in done]),
        "last_revision": last_revision,
        "final_round": len(final),
        "final_round_current": sum(1 for answer in final if answer.revision == last_revision),
        "stale": found.stale,
        "max_staleness_ms": found.max_ms,
        "stale_example": found.example,
    }


def failed(figures):
    """Why the run fails its targets (empty when it passes): errors and stale answers must be 0."""
    reasons = []
    if figures["errors"]:
        reasons.append(f"{figures['errors']} reader errors")
    if figures["publish_errors"]:
        reasons.append(f"{figures['publish_errors']} failed publishes")
    if figures["stale"]:
        reasons.append(f"{figures['stale']} stale answers")
    if figures["final_round_current"] != figures["final_round"]:
        reasons.append("the final round did not all show the last revision")
    return reasons


def render(figures, command, facts):
    """The Markdown report of one run."""
    lat, post, form = figures["latency"], figures["publish_post_ms"], figures["publish_form_ms"]
    lines = [
        "# Load while publishing",
        "",
        f"Command: `{command}`",
        "",
        facts,
        "",
        "| figure | value | target |",
        "|---|---|---|",
        f"| readers × seconds | {figures['readers']} × {figures['seconds']:g} | |",
        f"| requests (loaded period) | {figures['requests']} | |",
        f"| requests/s | {figures['requests_per_second']:g} | |",
        f"| errors (non-2xx, transport, GraphQL, unexpected title) | {figures['errors']} | 0 |",
        f"| GETs sent again on a new connection (server closed the kept-alive one) | {figures['resent']} | |",
        f"| latency p50 / p95 / p99 / max ms | {lat['p50']:g} / {lat['p95']:g} / {lat['p99']:g} / {lat['max']:g} | |",
        f"| answered from the response cache | {figures['cache_hits']:.1%} | |",
        f"| publishes done (failed) | {figures['publishes']} ({figures['publish_errors']}) | 0 failed |",
        f"| publish POST p50 / p95 ms | {post['p50']:g} / {post['p95']:g} | |",
        f"| edit form GET p50 / p95 ms | {form['p50']:g} / {form['p95']:g} | |",
        f"| stale answers | {figures['stale']} | 0 |",
        f"| max staleness ms | {figures['max_staleness_ms']:g} | 0 |",
        f"| final round showing revision {figures['last_revision']} | "
        f"{figures['final_round_current']} / {figures['final_round']} | all |",
        "",
        "| query kind | requests | from cache | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind, row in figures["latency_by_kind"].items():
        lines.append(
            f"| {kind} | {row['requests']} | {row['cache_hits']:.1%} | "
            f"{row['p50']:g} | {row['p95']:g} | {row['p99']:g} | {row['max']:g} |"
        )
    notes = [f"Error: {error}" for error in figures["error_examples"]]
    notes += [f"Failed publish: {error}" for error in figures["publish_error_examples"]]
    if figures["stale_example"]:
        notes.append(f"Stalest answer: {figures['stale_example']}")
    reasons = failed(figures)
    notes.append(f"Result: FAIL ({'; '.join(reasons)})" if reasons else "Result: PASS (0 errors, 0 stale answers)")
    return "\n".join([*lines, "", *(f"- {note}" for note in notes), ""])
