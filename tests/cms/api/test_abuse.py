"""Abusive requests to /graphql/ get a clear error within a bounded time and write nothing.

Depth, alias and complexity limits themselves are proven in test_limits.py, page-size
errors in test_limits.py too; here each abuse is sent at hostile scale. The time bound
is a denial-of-service property: a request that took minutes would be an attack even
if its answer were correct. It is generous (2 s) so a busy CI machine does not flake.
"""

import json
import time

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db

TIME_BOUND_SECONDS = 2


def send_timed(client, query):
    """POST `query`; returns (status, decoded body, seconds taken)."""
    started = time.monotonic()
    response = client.post(
        "/graphql/", data=json.dumps({"query": query}), content_type="application/json", HTTP_HOST="localhost"
    )
    return response.status_code, response.json(), time.monotonic() - started


def test_abuse_oversized_body_is_refused_naming_the_limit(client):
    pages_before = Page.objects.count()
    status, body, seconds = send_timed(client, "{ languages { code } }" + " " * 5_000_000)
    assert status == 400
    assert body == {
        "errors": [
            {
                "message": "The request body (bytes) is 5000035, over the limit of 1048576 (MAX_BODY_BYTES).",
                "extensions": {"code": "QUERY_LIMIT", "limit": "MAX_BODY_BYTES"},
            }
        ]
    }
    assert seconds < TIME_BOUND_SECONDS
    assert Page.objects.count() == pages_before


def test_abuse_deep_nesting_is_refused_by_the_parser(client):
    query = "{ event " + "{ organisers " * 200 + "{ id }" + "}" * 201
    status, body, seconds = send_timed(client, query)
    assert status == 400
    assert body["errors"][0]["message"] == "Syntax Error: Document is nested too deeply. Parsing aborted."
    assert seconds < TIME_BOUND_SECONDS


@pytest.mark.parametrize("query", ["{" * 10_000 + "}" * 10_000, "{" * 100_000])
def test_abuse_walls_of_braces_are_a_syntax_error_not_a_recursion_error(client, query):
    status, body, seconds = send_timed(client, query)
    assert status == 400
    assert body["errors"][0]["message"] == "Syntax Error: Expected Name, found '{'."
    assert seconds < TIME_BOUND_SECONDS


def test_abuse_alias_bomb_is_refused_by_the_limits_rule(client):
    # 800 aliases are 4,802 tokens: under MAX_TOKENS (5,000), so the aliases are what is refused.
    query = "{" + " ".join(f"a{i}: languages {{ code }}" for i in range(800)) + "}"
    status, body, seconds = send_timed(client, query)
    assert status == 400
    assert body["errors"][0]["message"] == "Query number of aliases is 800, over the limit of 15 (MAX_ALIASES)."
    assert seconds < TIME_BOUND_SECONDS


def test_abuse_fragment_bomb_is_refused_in_bounded_time(client):
    # Each fragment spreads the next twice: 2**30 fields once expanded.
    fragments = " ".join(f"fragment F{i} on LanguageInfo {{ ...F{i + 1} ...F{i + 1} }}" for i in range(30))
    query = f"query {{ languages {{ ...F0 }} }} {fragments} fragment F30 on LanguageInfo {{ code }}"
    status, body, seconds = send_timed(client, query)
    assert status == 400
    assert body["errors"][0]["extensions"] == {"code": "QUERY_LIMIT", "limit": "MAX_COMPLEXITY"}
    assert seconds < TIME_BOUND_SECONDS


def test_abuse_fragment_cycle_is_refused(client):
    query = "query { languages { ...A } } fragment A on LanguageInfo { code ...B } fragment B on LanguageInfo { ...A }"
    status, body, seconds = send_timed(client, query)
    assert status == 400
    assert body["errors"][0]["message"] == "Cannot spread fragment 'A' within itself via 'B'."
    assert seconds < TIME_BOUND_SECONDS


@pytest.mark.parametrize(
    ("arguments", "code"),
    [("limit: 1000000000", "PAGE_SIZE_LIMIT"), ("limit: -5", "BAD_PAGINATION"), ("offset: -1", "BAD_PAGINATION")],
)
def test_abuse_huge_or_negative_page_sizes_are_refused(client, arguments, code):
    status, body, seconds = send_timed(client, f"{{ news({arguments}) {{ totalCount }} }}")
    assert status == 200
    assert body["errors"][0]["extensions"] == {"code": code}
    assert seconds < TIME_BOUND_SECONDS


def test_abuse_limit_beyond_32_bits_is_a_type_error(client):
    status, body, seconds = send_timed(client, "{ news(limit: 1000000000000) { totalCount } }")
    assert status == 400
    assert body["errors"][0]["message"] == "Int cannot represent non 32-bit signed integer value: 1000000000000"
    assert seconds < TIME_BOUND_SECONDS


def test_abuse_huge_offset_answers_an_empty_page(client):
    status, body, seconds = send_timed(client, "{ news(offset: 2000000000) { totalCount items { title } } }")
    assert (status, body) == (200, {"data": {"news": {"totalCount": 0, "items": []}}})
    assert seconds < TIME_BOUND_SECONDS


def test_abuse_aliased_introspection_is_refused_by_the_alias_limit(client):
    query = "{" + " ".join(f"s{i}: __schema {{ queryType {{ name }} }}" for i in range(100)) + "}"
    status, body, seconds = send_timed(client, query)
    assert status == 400
    assert body["errors"][0]["message"] == "Query number of aliases is 100, over the limit of 15 (MAX_ALIASES)."
    assert seconds < TIME_BOUND_SECONDS
