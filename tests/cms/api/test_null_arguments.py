"""An explicit `null` for any nullable argument means the same as leaving the argument out.

The cases come from the live schema (tests/schema_walk.py), not from a list: every
nullable argument of every field a query or mutation can reach, root or nested, and every
nullable field of an input object argument. Each is sent over /graphql/ three times against
the demo site, once without the argument, once as `arg: null` and once as `arg: $v` with
`$v` null, and the answers must agree (or the null be refused with an `extensions.code`);
no answer may carry an error without a code, the sign of a resolver that crashed.
"""

import copy
import itertools
import json

import graphene
import pytest
from wagtail.models import Page

from cms.api.null_arguments import read_null_as_absent
from cms.api.schema import schema
from tests import schema_walk
from tests.graphql import post_graphql
from tests.schema_walk import VARIABLE

pytestmark = pytest.mark.django_db

GRAPHQL_SCHEMA = schema.graphql_schema
CASES = schema_walk.nullable_arguments(GRAPHQL_SCHEMA)
ABSENT = object()

# A valid value for every required argument on the way to a field, from the demo content.
# A field that gains a required argument fails here until it has one. The preview token
# (Query.preview.token) is made per test: see required_values().
REQUIRED_VALUES = {
    "Query.search.query": "Dushanbe",
    "Query.schedule.event": "2022",
    "Query.page.path": "/en/2022/",
    "Image.rendition.width": 320,
    # A submission the form refuses, every time the same way (REQUIRED errors, nothing
    # stored): a stored one has a new id and time, so two answers could never be equal.
    "Mutation.submitContactForm.input": {"fields": []},
}

# Ways to a field tried before concluding that no demo content reaches it.
PATHS_TRIED = 12
# grapple always adds its date and time blocks to the schema; no StreamField here uses one,
# so no content reaches their `value(format:)`. Exact: a page that starts using one fails the
# test until it leaves this set.
UNREACHABLE = {"DateBlock.value.format", "DateTimeBlock.value.format", "TimeBlock.value.format"}

# What the walk must at least find, so that an empty or broken walk cannot pass.
KNOWN_CASES = {
    "Query.speakers.offset",
    "Query.speakers.limit",
    "Query.search.offset",
    "Query.search.language",
    "Query.news.limit",
    "Query.news.order",
    "Query.pressReleases.offset",
    "Query.event.slug",
    "Image.rendition.format",
    "Image.srcSet.format",
    "Mutation.submitContactForm.language",
    "Mutation.submitContactForm.input.page",
    "Mutation.submitContactForm.input.website",
}


@pytest.fixture(autouse=True)
def uncached(settings):
    """Each answer is executed, never served from the response cache."""
    settings.CMS_API_CACHE = {"ENABLED": False}


@pytest.fixture
def preview_token(demo_site):
    event = Page.objects.get(slug="2022").specific
    return event.save_revision().as_object().create_page_preview().token


def required_values(token):
    return {**REQUIRED_VALUES, "Query.preview.token": token}


def _field(case):
    return GRAPHQL_SCHEMA.get_type(case.owner).fields[case.field]


def target_arguments(case, values, sent=ABSENT):
    """The tested field's required arguments, plus the case's argument (or input field) as `sent`, if sent."""
    arguments = schema_walk.required_arguments(case.owner, case.field, _field(case), values)
    if sent is ABSENT:
        return arguments
    if not case.member:
        return {**arguments, case.argument: sent}
    value = copy.deepcopy(arguments[case.argument])
    container = value
    for name in case.member[:-1]:
        container = container.setdefault(name, {})
    container[case.member[-1]] = sent
    return {**arguments, case.argument: value}


def operation(case, root, steps, values, sent=ABSENT):
    variable_type = case.type if sent is VARIABLE else None
    arguments = target_arguments(case, values, sent)
    return schema_walk.operation(root, steps, case.field, arguments, _field(case).type, variable_type)


def reaching_path(client, case, values):
    """The first way down to the case's field that demo content fills, and the answer without the argument."""
    for root, steps in itertools.islice(schema_walk.paths_to(GRAPHQL_SCHEMA, case.owner, values), PATHS_TRIED):
        status, body = post_graphql(client, operation(case, root, steps, values))
        if schema_walk.target_values(body.get("data"), steps):
            return root, steps, status, body
    return None


def uncoded_errors(body):
    return [error for error in body.get("errors", []) if not (error.get("extensions") or {}).get("code")]


def errors_without_locations(body):
    return [(error["message"], error.get("path"), error.get("extensions")) for error in body.get("errors", [])]


REACHABLE_CASES = [case for case in CASES if case.id not in UNREACHABLE]


@pytest.mark.parametrize("case", REACHABLE_CASES, ids=lambda case: case.id)
def test_explicit_null_means_the_argument_left_out(client, preview_token, case):
    values = required_values(preview_token)
    found = reaching_path(client, case, values)
    assert found is not None, f"No demo content reaches {case.id} in {PATHS_TRIED} ways down."
    root, steps, status_without, without = found
    assert uncoded_errors(without) == []
    for sent, variables in ((None, None), (VARIABLE, {"v": None})):
        query = operation(case, root, steps, values, sent)
        status, body = post_graphql(client, query, variables)
        assert uncoded_errors(body) == [], query
        if body.get("data") == without.get("data"):
            assert (status, errors_without_locations(body)) == (status_without, errors_without_locations(without))
        else:  # only a typed refusal may differ: null cannot mean anything there, and the error names the argument
            refusals = [
                error for error in body.get("errors", []) if error.get("path", [None])[-1] == schema_walk.TARGET
            ]
            assert refusals, f"{query} answers differently from leaving {case.id} out, and refuses nothing."
            assert all((case.member or (case.argument,))[-1] in error["message"] for error in refusals)


@pytest.mark.parametrize("case_id", sorted(UNREACHABLE))
def test_no_content_reaches_the_fields_said_to_be_unreachable(client, preview_token, case_id):
    case = next(case for case in CASES if case.id == case_id)
    assert reaching_path(client, case, required_values(preview_token)) is None


def test_the_walk_finds_root_nested_and_input_arguments():
    found = {case.id for case in CASES}
    assert found >= KNOWN_CASES
    assert found >= UNREACHABLE


class Size(graphene.InputObjectType):
    width = graphene.Int(default_value=320)
    label = graphene.String()


class Echo(graphene.ObjectType):
    echo = graphene.String(size=Size(), count=graphene.Int(default_value=2), note=graphene.String())

    def resolve_echo(root, info, size=None, count=None, note="none given"):
        return json.dumps({"size": dict(size) if size is not None else None, "count": count, "note": note})


def test_null_becomes_the_default_or_is_left_out_in_arguments_and_input_fields():
    """What the live schema has no example of yet: an input field with a default, and one without, sent as null."""
    echo_schema = graphene.Schema(query=Echo)
    read_null_as_absent(echo_schema.graphql_schema)
    literal = echo_schema.execute("{ echo(size: {width: null, label: null}, count: null, note: null) }")
    variables = echo_schema.execute(
        "query ($w: Int, $c: Int) { echo(size: {width: $w}, count: $c) }", variable_values={"w": None, "c": None}
    )
    expected = {"size": {"width": 320}, "count": 2, "note": "none given"}
    assert (literal.errors, json.loads(literal.data["echo"])) == (None, expected)
    assert (variables.errors, json.loads(variables.data["echo"])) == (None, expected)
