"""The benchmark's report: one markdown table per scale and the issue's targets checked with their numbers."""

ORDER = ("uncached", "cached", "static", "api_v2", "api_v3", "grapple")


def _number(value, digits=1):
    return f"{value:,.{digits}f}"


def scale_table(figures):
    """The markdown table of one scale's measurements."""
    lines = [
        f"### {figures['label']}: schedule of {figures['sessions']} sessions, {figures['schedule_bytes']:,} bytes",
        "",
        "| target | requests per fetch | SQL queries | bytes | p50 ms | p95 ms | fetches (samples) | req/s (concurrent) | fetches/s | load s | errors |",  # noqa: E501
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for key in ORDER:
        row = figures["targets"][key]
        if row.get("skipped"):
            lines.append(
                f"| {row['title']} | {row['requests']} | not run: too many requests per fetch | | | | | | | | |"
            )
            continue
        lines.append(
            f"| {row['title']} | {row['requests']} | {row['sql']} | {row['bytes']:,} | {_number(row['p50_ms'])} "
            f"| {_number(row['p95_ms'])} | {row['samples']} | {_number(row['requests_per_second'])} "
            f"| {_number(row['fetches_per_second'], 2)} | {row['load_seconds']} | {row['errors']} |"
        )
    lines.append("")
    same = "yes" if figures["static_same_bytes"] else "NO"
    lines.append(f"The static file holds the exact bytes of the cached answer served over HTTP: {same}.")
    return "\n".join(lines)


def _check(passed, text):
    return f"- {'PASS' if passed else 'FAIL'}: {text}"


def _ratio(numerator, denominator):
    return numerator / denominator if denominator else float("inf")


def checks(scales):
    """The issue's targets, each PASS or FAIL with the numbers it was decided on."""
    lines = []
    for figures in scales:
        rows = figures["targets"]
        uncached, cached, static, v2 = rows["uncached"], rows["cached"], rows["static"], rows["api_v2"]
        label = figures["label"]
        lines.append(
            _check(
                uncached["p50_ms"] <= v2["p50_ms"],
                f"{label} uncached schedule at least as fast as API v2: p50 {_number(uncached['p50_ms'])} ms vs "
                f"{_number(v2['p50_ms'])} ms ({_number(_ratio(v2['p50_ms'], uncached['p50_ms']), 2)}× faster); "
                f"fetches/s {_number(uncached['fetches_per_second'], 2)} vs {_number(v2['fetches_per_second'], 2)}",
            )
        )
        speedup = _ratio(uncached["p50_ms"], cached["p50_ms"])
        lines.append(
            _check(
                speedup >= 10,
                f"{label} cached at least 10× faster than uncached: p50 {_number(speedup)}× "
                f"({_number(cached['p50_ms'])} ms vs {_number(uncached['p50_ms'])} ms); fetches/s "
                f"{_number(_ratio(cached['fetches_per_second'], uncached['fetches_per_second']))}×",
            )
        )
        to_static = _ratio(cached["p50_ms"], static["p50_ms"])
        lines.append(
            _check(
                to_static <= 3,
                f"{label} cached within 3× of the static file: p50 {_number(to_static, 2)}× "
                f"({_number(cached['p50_ms'])} ms vs {_number(static['p50_ms'])} ms); static serves "
                f"{_number(_ratio(static['requests_per_second'], cached['requests_per_second']), 2)}× the req/s",
            )
        )
    if len(scales) >= 2:
        first, last = scales[0], scales[-1]
        for key in ("uncached", "cached"):
            small, large = first["targets"][key]["sql"], last["targets"][key]["sql"]
            lines.append(
                _check(
                    small == large,
                    f"same SQL query count at {first['label']} and {last['label']} for "
                    f"{first['targets'][key]['title']}: {small} and {large}",
                )
            )
        for key in ("api_v2", "api_v3", "grapple"):
            small, large = first["targets"][key].get("sql", "not run"), last["targets"][key].get("sql", "not run")
            lines.append(f"- for comparison, {first['targets'][key]['title']}: {small} and {large} SQL queries")
    return "\n".join(lines)


def render(scales, command, settings_text):
    """The whole report in markdown."""
    parts = ["# Benchmark: the schedule over GraphQL, cached and not, against Wagtail's REST APIs", ""]
    parts += [f"Command: `{command}`", "", settings_text, ""]
    for figures in scales:
        parts += [scale_table(figures), ""]
    parts += ["## The issue's targets", "", checks(scales), ""]
    return "\n".join(parts)
