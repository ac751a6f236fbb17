"""The floods of `make flood` are what they claim: sizes, counts, and requests that fit the caps.

The floods themselves are never parsed at full size here (that is the 27 s they cost); the
same builders at a small count are, to show what repeats, and the full ones are measured.
"""

import json
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from graphql import parse, validate

from bench import flood_payloads as payloads
from bench.flood_payloads import BODY_CAP, NONCE, REQUEST_LINE_CAP, TOKEN_LIMIT, floods, token_count

EVENT = "bench"


@pytest.fixture(scope="module")
def every_flood():
    return {flood.name: flood for flood in floods(EVENT)}


def _operation(document):
    return document.definitions[0]


def _root_fields(document):
    return _operation(document).selection_set.selections


def test_the_caps_are_djangos_body_cap_and_gunicorns_request_line():
    assert (BODY_CAP, REQUEST_LINE_CAP, TOKEN_LIMIT) == (2_621_440, 4094, 5_000)


def test_directives_repeat_an_unknown_directive_on_one_field():
    document = parse(payloads.directives(5).query)
    (field,) = _root_fields(document)
    assert (field.name.value, [d.name.value for d in field.directives]) == ("__typename", ["a"] * 5)
    assert _operation(document).name.value == NONCE


def test_includes_repeat_include_if_true_on_one_field():
    (field,) = _root_fields(parse(payloads.includes(4).query))
    assert [(d.name.value, d.arguments[0].value.value) for d in field.directives] == [("include", True)] * 4


def test_variables_define_unused_int_variables():
    definitions = _operation(parse(payloads.variables(3).query)).variable_definitions
    assert [(d.variable.name.value, d.type.name.value) for d in definitions] == [
        ("v0", "Int"),
        ("v1", "Int"),
        ("v2", "Int"),
    ]


def test_comment_string_and_name_floods_are_one_comment_string_and_name_of_count_bytes():
    assert payloads.comment(7).query.endswith("\n#ccccccc")
    assert _root_fields(parse(payloads.comment(7).query))[0].name.value == "__typename"
    (page,) = _root_fields(parse(payloads.string(6).query))
    assert (page.name.value, page.arguments[0].value.value) == ("page", "/en/ssssss")
    assert _root_fields(parse(payloads.name(5).query))[0].name.value == "nnnnn"


def test_nested_variables_nest_lists_count_deep():
    operation = payloads.nested(3)
    assert json.loads(operation.variables) == {"v": [[[]]]}
    assert _operation(parse(operation.query)).variable_definitions[0].variable.name.value == "v"


def test_operations_are_count_named_operations_the_first_chosen():
    operation = payloads.operations(4)
    names = [definition.name.value for definition in parse(operation.query).definitions]
    assert (names, operation.operation_name) == ([NONCE, "o1", "o2", "o3"], NONCE)


def test_tokens_is_a_query_of_aliased_schedules_that_passes_todays_limits_just_under_the_token_limit():
    from cms.api.schema import schema
    from cms.api.view import ContentGraphQLView

    text = payloads.tokens(TOKEN_LIMIT - 10, EVENT).query
    document = parse(text)
    aliases = [field.alias.value for field in _root_fields(document)]
    assert aliases == [f"s{number}" for number in range(13)]  # 13 schedules × 30 fields: complexity 390 of 400
    assert token_count(text) == 4986  # 10 to spare, and then the 7 tokens a directive more would take
    assert (text.count("@include(if: true)"), text.count("@skip(if: false)")) == (390, 188)
    assert validate(schema.graphql_schema, document, ContentGraphQLView.validation_rules) == []


def test_tokens_with_too_few_tokens_for_one_schedule_is_typename_alone():
    assert payloads.tokens(40, EVENT).query == f"query {NONCE} {{ __typename }}"


def test_token_count_counts_what_the_parser_reads_not_comments():
    assert token_count("query Q { a b } # a comment of many words") == 6


def test_every_flood_three_ways_with_its_exact_count_and_size(every_flood):
    assert [(name, flood.count, flood.size) for name, flood in every_flood.items()] == [
        ("directives (JSON POST)", 800_000, 2_400_042),
        ("directives (GET)", 806, 4092),
        ("directives (form POST)", 524_280, 2_621_439),
        ("include (JSON POST)", 100_000, 1_900_042),
        ("include (GET)", 149, 4085),
        ("include (form POST)", 97_088, 2_621_415),
        ("variables (JSON POST)", 100_000, 1_288_933),
        ("variables (GET)", 275, 4082),
        ("variables (form POST)", 100_000, 1_688_934),
        ("comment (JSON POST)", 2_000_000, 2_000_045),
        ("comment (GET)", 4026, 4094),
        ("comment (form POST)", 2_000_000, 2_000_045),
        ("string (JSON POST)", 2_000_000, 2_000_062),
        ("string (GET)", 3996, 4094),
        ("string (form POST)", 2_000_000, 2_000_075),
        ("name (JSON POST)", 2_000_000, 2_000_032),
        ("name (GET)", 4042, 4094),
        ("name (form POST)", 2_000_000, 2_000_029),
        ("nested (JSON POST)", 100_000, 200_075),
        ("nested (GET)", 663, 4091),
        ("nested (form POST)", 100_000, 600_090),
        ("operations (JSON POST)", 100_000, 2_388_938),
        ("operations (GET)", 159, 4082),
        ("operations (form POST)", 94_018, 2_621_429),
        ("tokens (JSON POST)", 4990, 15_177),
        ("tokens (GET)", 723, 4056),
        ("tokens (form POST)", 4990, 20_656),
    ]


def test_the_reviews_three_floods_are_its_sizes_and_counts(every_flood):
    directives, include, variables = (
        every_flood[f"{kind} (JSON POST)"] for kind in ("directives", "include", "variables")
    )
    assert (directives.body.count(b" @a"), include.body.count(b"@include(if: true)")) == (800_000, 100_000)
    assert variables.body.count(b": Int") == 100_000
    assert every_flood["operations (JSON POST)"].body.count(b"{__typename}") == 100_000
    nested = every_flood["nested (JSON POST)"].body.split(b'"variables": ')[1]
    assert (nested.count(b"["), nested.count(b"]")) == (100_000, 100_000)


def test_a_cut_flood_is_the_largest_that_fits_one_more_would_not(every_flood):
    for kind, build, full, _what in payloads.KINDS:
        if kind == "tokens":
            continue  # its count is tokens: one more token may fit the same text
        get, form = every_flood[f"{kind} (GET)"], every_flood[f"{kind} (form POST)"]
        assert (
            payloads.request_line_length(build(get.count))
            <= REQUEST_LINE_CAP
            < len(f"GET {payloads.get_path(build(get.count + 1))} HTTP/1.1")
        ), kind
        if form.count < full:  # cut: one more would be over the cap
            assert len(form.body) <= BODY_CAP < len(payloads.form_body(build(form.count + 1))), kind


def test_posts_and_gets_carry_what_graphene_reads(every_flood):
    post = every_flood["operations (JSON POST)"]
    assert (post.method, post.path, post.content_type) == ("POST", "/graphql/", "application/json")
    assert json.loads(post.body)["operationName"] == NONCE
    get = every_flood["nested (GET)"]
    fields = parse_qs(urlsplit(get.path).query)
    assert (get.method, get.body, sorted(fields)) == ("GET", None, ["query", "variables"])
    assert json.loads(fields["variables"][0]) == {"v": json.loads("[" * 663 + "]" * 663)}
    form = every_flood["operations (form POST)"]
    assert (form.method, form.content_type) == ("POST", "application/x-www-form-urlencoded")
    assert parse_qs(form.body.decode())["operationName"] == [NONCE]


def test_encoded_length_is_urlencodes_without_encoding():
    for operation in (payloads.directives(10), payloads.nested(4), payloads.operations(3), payloads.string(5)):
        assert payloads.encoded_length(operation) == len(urlencode(operation.fields()))


def test_each_sending_has_its_own_operation_name_and_the_same_size(every_flood):
    post = every_flood["operations (JSON POST)"]
    (_m1, _p1, first), (_m2, _p2, second) = post.request(1), post.request(10_000_001)
    assert json.loads(first)["operationName"] == "N0000001"
    assert json.loads(second)["operationName"] == "N0000001"  # 7 digits: the size never changes
    assert (len(first), first.count(b"N0000001")) == (post.size, 2)
    method, path, body = every_flood["tokens (GET)"].request(42)
    assert (method, body, "N0000042" in path, NONCE in path) == ("GET", None, True, False)


@pytest.mark.parametrize(("most", "limit", "expected"), [(100, 37, 37), (100, 100, 100), (30, 37, 30), (100, 0, 0)])
def test_largest_count_is_the_largest_count_that_fits(most, limit, expected):
    assert payloads.largest_count(lambda count: "x" * count, most, lambda text: len(text) <= limit) == expected
