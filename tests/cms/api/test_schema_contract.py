"""The committed schema.graphql is the contract with the frontends.

When the live schema drifts from it, this test fails and lists what would break
a client (graphql-core's find_breaking_changes) apart from what is only risky or
a safe addition. Regenerating the file (`make schema`) is a deliberate act that
shows up in review.
"""

from pathlib import Path

from graphql import build_schema, find_breaking_changes, find_dangerous_changes, print_schema

from cms.api.schema import schema

CONTRACT = Path(__file__).resolve().parents[3] / "schema.graphql"


def describe_drift(committed_sdl, live_schema):
    committed = build_schema(committed_sdl)
    # Compare like with like: graphene's scalars are subclasses of graphql-core's, which
    # find_breaking_changes would report as "changed kind" on every scalar.
    live_schema = build_schema(print_schema(live_schema))
    breaking = find_breaking_changes(committed, live_schema)
    dangerous = find_dangerous_changes(committed, live_schema)
    lines = ["schema.graphql differs from the live schema. Run `make schema` if the change is intended."]
    lines += [f"BREAKING {change.type.name}: {change.description}" for change in breaking]
    lines += [f"DANGEROUS {change.type.name}: {change.description}" for change in dangerous]
    if not breaking and not dangerous:
        lines.append("Only safe additions: nothing a client relies on changes.")
    return "\n".join(lines)


def test_live_schema_matches_the_committed_contract():
    committed_sdl = CONTRACT.read_text(encoding="utf-8")
    live_sdl = str(schema)
    assert live_sdl.strip() == committed_sdl.strip(), describe_drift(committed_sdl, schema.graphql_schema)


def test_drift_report_names_breaking_changes_apart_from_additions():
    committed = "type Query { event(slug: String): Event }\ntype Event { title: String! url: String! }"
    removed_field = build_schema("type Query { event(slug: String): Event }\ntype Event { title: String! }")
    added_field = build_schema(
        "type Query { event(slug: String): Event }\ntype Event { title: String! url: String! summary: String }"
    )
    assert describe_drift(committed, removed_field).splitlines()[1:] == [
        "BREAKING FIELD_REMOVED: Event.url was removed."
    ]
    assert describe_drift(committed, added_field).splitlines()[1:] == [
        "Only safe additions: nothing a client relies on changes."
    ]
