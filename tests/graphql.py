"""Calling the real /graphql/ endpoint from tests."""

import json


def graphql_response(client, query, variables=None, **headers):
    """POST a query to /graphql/; returns the response itself (for its raw bytes and headers)."""
    return client.post(
        "/graphql/",
        data=json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
        HTTP_HOST="localhost",
        **headers,
    )


def post_graphql(client, query, variables=None, **headers):
    """POST a query to /graphql/; returns (status code, decoded JSON body)."""
    response = graphql_response(client, query, variables, **headers)
    return response.status_code, response.json()


def graphql_data(client, query, variables=None, **headers):
    """The `data` of a query that must succeed: fails the test with the errors otherwise."""
    status, body = post_graphql(client, query, variables, **headers)
    assert "errors" not in body, body["errors"]
    assert status == 200
    return body["data"]
