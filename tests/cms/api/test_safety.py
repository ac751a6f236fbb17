"""Nothing that is not public leaks, and every argument comes from an allow-list."""

import re

import pytest
from graphql import GraphQLEnumType, GraphQLObjectType, GraphQLString, get_named_type
from wagtail.models import Page, PageViewRestriction

from cms.api.schema import schema
from tests.graphql import graphql_data, post_graphql

pytestmark = pytest.mark.django_db

INTERNAL_FIELDS = {
    "draftTitle",
    "hasUnpublishedChanges",
    "path",
    "depth",
    "numchild",
    "urlPath",
    "live",
    "latestRevision",
    "latestRevisionCreatedAt",
    "liveRevision",
    "goLiveAt",
    "expireAt",
    "expired",
    "owner",
    "locked",
    "lockedAt",
    "lockedBy",
    "translationKey",
    "locale",
    "aliasOf",
    "showInMenus",
    "password",
    "uploadedByUser",
    "collection",
    "fileHash",
}
PER_LANGUAGE_COLUMN = re.compile(r"[a-z](En|Ru|Tg|Ar)$")


def _object_fields():
    for type_ in schema.graphql_schema.type_map.values():
        if isinstance(type_, GraphQLObjectType) and not type_.name.startswith("__"):
            for name, field in type_.fields.items():
                yield type_.name, name, field


def test_schema_has_no_internal_or_draft_fields():
    leaks = sorted(f"{type_}.{name}" for type_, name, _field in _object_fields() if name in INTERNAL_FIELDS)
    assert leaks == []


def test_schema_has_no_per_language_columns():
    leaks = sorted(f"{type_}.{name}" for type_, name, _field in _object_fields() if PER_LANGUAGE_COLUMN.search(name))
    assert leaks == []


def test_schema_has_no_free_text_order_argument():
    free_order = sorted(
        f"{type_}.{name}"
        for type_, name, field in _object_fields()
        for arg_name, arg in field.args.items()
        if arg_name == "order" and get_named_type(arg.type) is GraphQLString
    )
    assert free_order == []
    order = schema.graphql_schema.query_type.fields["news"].args["order"]
    assert isinstance(get_named_type(order.type), GraphQLEnumType)


def test_schema_exposes_only_our_root_fields():
    assert sorted(schema.graphql_schema.query_type.fields) == [
        "event",
        "events",
        "home",
        "languages",
        "news",
        "organisations",
        "page",
        "pressReleases",
        "preview",
        "schedule",
        "search",
        "siteSettings",
        "speakers",
    ]
    assert sorted(schema.graphql_schema.mutation_type.fields) == ["submitContactForm"]


def test_order_with_a_model_path_is_rejected(demo_site, client):
    status, body = post_graphql(client, '{ news(order: "owner__password") { totalCount } }')
    assert status == 400
    assert body["errors"][0]["message"].startswith("Enum 'NewsOrder' cannot represent non-enum value")
    assert "data" not in body


def test_unpublished_pages_are_in_no_list_or_lookup(demo_site, client):
    Page.objects.get(slug_en="unrcca-co-organizes-the-high-level-border-security-conference").unpublish()
    Page.objects.get(slug_en="vladimir-voronkov").unpublish()
    Page.objects.get(slug_en="2019").unpublish()
    data = graphql_data(
        client,
        """{ news { totalCount } events { url } e2019: event(slug: "2019") { url }
        speakers(event: "2022") { totalCount items { title } }
        event(slug: "2022") { featuredSpeakers { speaker { title } } }
        schedule(event: "2022") { days { sessions { ... on SessionPage { speakers { speaker { title } } } } } } }""",
    )
    assert data["news"] == {"totalCount": 1}
    assert data["events"] == [{"url": "/en/2018/"}, {"url": "/en/2022/"}]
    assert data["e2019"] is None
    assert data["speakers"]["totalCount"] == 9
    titles = [s["speaker"]["title"] for s in data["event"]["featuredSpeakers"] if s["speaker"]]
    assert "Vladimir Voronkov" not in titles
    opening = data["schedule"]["days"][0]["sessions"][0]["speakers"]
    assert [s["speaker"]["title"] for s in opening][:2] == ["Emomali Rahmon", "Antonio Guterres"]


def test_private_pages_are_not_served(demo_site, client):
    event = Page.objects.get(slug_en="2019")
    PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.PASSWORD, password="x")
    data = graphql_data(client, '{ event(slug: "2019") { url } events { url } page(path: "/en/2019/") { url } }')
    assert data == {"event": None, "events": [{"url": "/en/2018/"}, {"url": "/en/2022/"}], "page": None}
