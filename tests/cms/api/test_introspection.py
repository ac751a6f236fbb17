"""Introspection: the standard query answers, a flood of it costs no SQL, and it can be switched off.

The query is the one graphql-core writes with every option on (descriptions, repeatable
directives, deprecated input values...), as GraphiQL and graphql-codegen send it. The
response cache is on, as in production: the first answer is made, the rest are served.
"""

import json
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from graphql import build_client_schema, get_introspection_query, print_schema

from tests.cms.api.test_schema_contract import CONTRACT

pytestmark = pytest.mark.django_db

TIME_BOUND_SECONDS = 10  # for the whole flood of 100 requests: a hang is what is guarded against
FULL_INTROSPECTION = get_introspection_query(
    descriptions=True,
    specified_by_url=True,
    directive_is_repeatable=True,
    schema_description=True,
    input_value_deprecation=True,
)
DISABLED = (
    "Introspection is disabled on this server: '__schema' cannot be queried. "
    "The schema is the committed schema.graphql."
)


def post(client, query):
    return client.post("/graphql/", json.dumps({"query": query}), content_type="application/json")


def get(client, query):
    return client.get("/graphql/", {"query": query}, HTTP_ACCEPT="application/json")


def test_standard_introspection_query_describes_the_committed_schema(client):
    # Its `ofType` chain nests seven levels deep: before limits.py let it through, it was
    # refused with "Query depth is 15, over the limit of 10 (MAX_DEPTH)." and GraphiQL had no docs.
    response = post(client, FULL_INTROSPECTION)

    assert response.status_code == 200
    body = response.json()
    assert "errors" not in body
    described = print_schema(build_client_schema(body["data"]))
    assert described.strip() == CONTRACT.read_text(encoding="utf-8").strip()


def test_introspection_flood_is_answered_identically_without_sql(client, settings):
    assert settings.CMS_API_CACHE["ENABLED"] is True
    answers, queries_per_request = [], []
    started = time.perf_counter()

    for send in [get] * 50 + [post] * 50:
        with CaptureQueriesContext(connection) as queries:
            response = send(client, FULL_INTROSPECTION)
        answers.append((response.status_code, response.content))
        queries_per_request.append(len(queries))

    seconds = time.perf_counter() - started
    assert len(set(answers)) == 1
    assert answers[0][0] == 200
    assert queries_per_request == [0] * 100  # not even the first: introspection reads no table
    assert seconds < TIME_BOUND_SECONDS


def test_introspection_that_fans_out_is_still_limited_by_depth(client):
    # Each `fields { type {` level multiplies the answer by the schema's size: depth still counts there.
    query = "{ __schema { types { " + "fields { type { " * 5 + "name" + " } }" * 5 + " } } }"

    response = post(client, query)

    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "Query depth is 13, over the limit of 10 (MAX_DEPTH)."


def test_endless_oftype_chains_are_limited_by_complexity(client):
    # `ofType` adds no depth (it unwraps one type at a time), so fields selected bound it.
    chain = "fragment Chain on __Type { " + "ofType { " * 100 + "name" + " }" * 100 + " }"
    roots = " ".join(f"{root} {{ ...Chain }}" for root in ("queryType", "mutationType", "subscriptionType", "types"))
    query = f"{{ __schema {{ {roots} }} }} {chain}"

    response = post(client, query)

    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == (
        "Query complexity (fields selected) is 409, over the limit of 400 (MAX_COMPLEXITY)."
    )


def test_introspection_switched_off_is_refused_but_typename_still_answers(client, settings):
    settings.CMS_API = {**settings.CMS_API, "INTROSPECTION": False}

    refused = post(client, FULL_INTROSPECTION)
    typename = post(client, "{ __typename languages { __typename code } }")

    assert refused.status_code == 400
    assert refused.json()["errors"] == [
        {
            "message": DISABLED,
            "locations": [{"line": 3, "column": 3}],
            "extensions": {"code": "INTROSPECTION_DISABLED"},
        }
    ]
    assert typename.status_code == 200
    assert typename.json()["data"]["__typename"] == "Query"
    assert typename.json()["data"]["languages"][0] == {"__typename": "LanguageInfo", "code": "EN"}


def test_introspection_cached_while_allowed_is_not_served_once_switched_off(client, settings):
    assert get(client, FULL_INTROSPECTION).status_code == 200  # now in the shared cache
    settings.CMS_API = {**settings.CMS_API, "INTROSPECTION": False}

    response = get(client, FULL_INTROSPECTION)

    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == DISABLED
