"""GraphQL fuzzing over real HTTP: valid queries from the committed schema, and garbled ones.

Shared by the bounded run in the test suite (tests/cms/api/test_fuzz.py) and the full
run of `make fuzz` (`python -m tests.fuzzing URL COUNT`). A response passes when its
status is below 500, it is JSON with `data` or `errors`, it leaks no traceback or SQL,
and every error raised while executing carries an `extensions.code`: an error without
one is a Python exception that escaped a resolver (`'<' not supported between instances
of 'NoneType' and 'int'` for `offset: null`), answered with status 200.
"""

import collections
import json
import random
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import queries

SCHEMA = (Path(__file__).resolve().parent.parent / "schema.graphql").read_text()
LEAK_MARKERS = (
    "Traceback",
    'File "',
    "django.db",
    "SELECT ",
    "psycopg",
    "sqlite3",
    "OperationalError",
    "ProgrammingError",
)
TIMEOUT_SECONDS = 10


def _garbled(query):
    """A valid query broken the ways clients break them: cut, shuffled, huge ints, unknown fields."""
    return st.sampled_from(
        [
            query[: len(query) // 2],
            query.replace("{", "{ unknownField ", 1),
            query.replace("(", "(limit: 99999999999999999999, ", 1),
            query.replace("(", '(offset: "text", ', 1),
            query.replace("}", "", 1),
            "".join(random.Random(len(query)).sample(query, len(query))),  # noqa: S311 - a shuffle, not a secret
        ]
    )


def query_strategy():
    """Valid queries from the schema, garbled ones, and random text, in about equal parts.

    `allow_null` (hypothesis-graphql's default, stated so that it stays) sends an explicit
    `null` for nullable arguments and input fields, nested ones included, as well as values.
    """
    valid = queries(SCHEMA, allow_null=True)
    return st.one_of(valid, valid.flatmap(_garbled), st.text(max_size=200))


def generated_queries(count):
    """The `count` queries a run sends, in order; derandomized, so every run sends the same ones."""
    generated = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(query=query_strategy())
    def generate(query):
        generated.append(query)

    generate()
    return generated


def send(base_url, query, method):
    """Send one query with POST (JSON) or GET (query string); returns (status, body text)."""
    url = base_url.rstrip("/") + "/graphql/"
    if method == "GET":
        request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}))  # noqa: S310 - our own server
    else:
        payload = json.dumps({"query": query}).encode()
        request = urllib.request.Request(url, data=payload, headers={"Content-Type": "application/json"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - our own server
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _uncoded_execution_errors(decoded):
    # Only an error raised while executing has a `path`; syntax and validation errors
    # (status 400) are graphql-core's own words and carry no code.
    errors = decoded.get("errors") or []
    return [error for error in errors if "path" in error and not (error.get("extensions") or {}).get("code")]


def problem(status, body):
    """What is wrong with one response, or None when it is a clean GraphQL answer."""
    if status >= 500:
        return f"status {status}"
    leaks = [marker for marker in LEAK_MARKERS if marker in body]
    if leaks:
        return f"leaks {leaks}"
    try:
        decoded = json.loads(body)
    except ValueError:
        return "not JSON"
    if not isinstance(decoded, dict) or not ({"data", "errors"} & decoded.keys()):
        return "neither data nor errors"
    uncoded = _uncoded_execution_errors(decoded)
    if uncoded:
        return f"error without extensions.code at {uncoded[0]['path']}: {uncoded[0]['message']}"
    return None


def run(base_url, count):
    """Send `count` generated queries (alternating POST and GET); returns (statuses Counter, failures)."""
    statuses = collections.Counter()
    failures = []
    for index, query in enumerate(generated_queries(count)):
        method = "GET" if index % 2 else "POST"
        status, body = send(base_url, query, method)
        statuses[status] += 1
        found = problem(status, body)
        if found:
            failures.append({"method": method, "query": query, "status": status, "problem": found, "body": body[:500]})
    return statuses, failures


def main(argv):
    """`python -m tests.fuzzing URL COUNT`: prints counts per status and every offending response."""
    base_url, count = argv[1], int(argv[2])
    statuses, failures = run(base_url, count)
    print(f"queries sent: {sum(statuses.values())}")
    for status, number in sorted(statuses.items()):
        print(f"  status {status}: {number}")
    for failure in failures:
        print(json.dumps(failure, ensure_ascii=False))
    print(f"failures: {len(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
