"""Depth, aliases, complexity and page size are limited; each rejection names its limit and is never a 500."""

import pytest
from django.conf import settings
from django.test import override_settings

from tests.graphql import post_graphql

pytestmark = pytest.mark.django_db

LIMITS = {
    **settings.CMS_API,
    "MAX_DEPTH": 4,
    "MAX_ALIASES": 2,
    "MAX_COMPLEXITY": 12,
    "MAX_PAGE_SIZE": 5,
    "DEFAULT_PAGE_SIZE": 3,
}


@override_settings(CMS_API=LIMITS)
def test_limits_depth_over_the_limit_is_rejected_naming_it(client):
    query = "{ event { organisers { organisation { logo { url } } } } }"
    status, body = post_graphql(client, query)
    assert status == 400
    assert body["errors"][0]["message"] == "Query depth is 5, over the limit of 4 (MAX_DEPTH)."
    assert body["errors"][0]["extensions"] == {"code": "QUERY_LIMIT", "limit": "MAX_DEPTH"}


@override_settings(CMS_API=LIMITS)
def test_limits_depth_counts_through_fragments(client):
    query = "query { event { ...deep } } fragment deep on EventPage { organisers { organisation { logo { url } } } }"
    status, body = post_graphql(client, query)
    assert (status, body["errors"][0]["extensions"]["limit"]) == (400, "MAX_DEPTH")


@override_settings(CMS_API=LIMITS)
def test_limits_aliases_over_the_limit_are_rejected(client):
    status, body = post_graphql(client, "{ a: languages { code } b: languages { code } c: languages { code } }")
    assert status == 400
    assert body["errors"][0]["message"] == "Query number of aliases is 3, over the limit of 2 (MAX_ALIASES)."


@override_settings(CMS_API=LIMITS)
def test_limits_complexity_over_the_limit_is_rejected(client):
    query = (
        "{ languages { code name nameLocal direction isDefault } events { title url slug language seoTitle pageType } }"
    )
    status, body = post_graphql(client, query)
    assert status == 400
    assert (
        body["errors"][0]["message"]
        == "Query complexity (fields selected) is 13, over the limit of 12 (MAX_COMPLEXITY)."
    )


@override_settings(CMS_API=LIMITS)
def test_limits_page_size_over_the_limit_is_rejected(client):
    status, body = post_graphql(client, "{ news(limit: 6) { totalCount } }")
    assert status == 200
    assert body["data"] is None
    assert body["errors"][0]["message"] == "`limit` 6 is over the maximum page size of 5 (MAX_PAGE_SIZE)."
    assert body["errors"][0]["extensions"] == {"code": "PAGE_SIZE_LIMIT"}


@override_settings(CMS_API=LIMITS)
def test_limits_default_page_size_applies_without_limit(client):
    status, body = post_graphql(client, "{ news { limit offset } }")
    assert (status, body["data"]["news"]) == (200, {"limit": 3, "offset": 0})


def test_negative_offset_is_rejected(client):
    status, body = post_graphql(client, "{ news(offset: -1) { totalCount } }")
    assert body["errors"][0]["extensions"] == {"code": "BAD_PAGINATION"}


@pytest.mark.parametrize(
    "body",
    ["not json", '{"query": 5}', '{"variables": {}}', '{"query": "{ nope }"}', '{"query": "{ languages { code }"}'],
)
def test_malformed_requests_get_a_400_not_a_500(client, body):
    response = client.post("/graphql/", data=body, content_type="application/json", HTTP_HOST="localhost")
    assert response.status_code == 400
    assert "errors" in response.json()
