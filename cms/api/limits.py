"""Query limits: depth, aliases and complexity, checked before anything executes.

Each limit is a setting (CMS_API, tuned from the environment) and each rejection
names the limit it hit, so a frontend developer knows what to change.
"""

import itertools

from django.conf import settings
from graphql import FieldNode, FragmentSpreadNode, GraphQLError, InlineFragmentNode, ValidationRule

INTROSPECTION_ROOTS = frozenset({"__schema", "__type"})


def _child_depth(field, depth, introspection):
    # Inside introspection, `ofType` unwraps a list or non-null type: one object per level,
    # ending in null after the few wrappers a type has. Every standard introspection query
    # (GraphiQL's, graphql-codegen's, graphql-core's) nests it seven levels deep, which would
    # put them over MAX_DEPTH; counted as no depth, they pass, while nesting that fans out
    # (`fields { type { fields ...`) still counts.
    return depth if introspection and field.name.value == "ofType" else depth + 1


def _walk(selection_set, context, depth, seen_fragments, introspection=False):
    """Yield (field node, depth) for every field, expanding fragments; cycles are left to graphql's own rule."""
    if selection_set is None:
        return
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            yield selection, depth
            inside = introspection or selection.name.value in INTROSPECTION_ROOTS
            child_depth = _child_depth(selection, depth, inside)
            yield from _walk(selection.selection_set, context, child_depth, seen_fragments, inside)
        elif isinstance(selection, InlineFragmentNode):
            yield from _walk(selection.selection_set, context, depth, seen_fragments, introspection)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = context.get_fragment(name)
            if fragment is not None and name not in seen_fragments:
                yield from _walk(fragment.selection_set, context, depth, seen_fragments | {name}, introspection)


class QueryLimitsRule(ValidationRule):
    """Rejects operations deeper, more aliased or more complex than CMS_API allows."""

    def enter_operation_definition(self, node, *_args):
        limits = settings.CMS_API
        # Fragments spreading each other twice expand to 2**n fields: stop walking well past
        # the complexity limit so a fragment bomb is refused in bounded time (test_abuse.py).
        walk_cap = 10 * limits["MAX_COMPLEXITY"] + 1
        fields = list(itertools.islice(_walk(node.selection_set, self.context, 1, frozenset()), walk_cap))
        depth = max((field_depth for _field, field_depth in fields), default=0)
        aliases = sum(1 for field, _depth in fields if field.alias is not None)
        complexity = len(fields)
        for measured, name, label in (
            (depth, "MAX_DEPTH", "depth"),
            (aliases, "MAX_ALIASES", "number of aliases"),
            (complexity, "MAX_COMPLEXITY", "complexity (fields selected)"),
        ):
            if measured > limits[name]:
                self.report_error(
                    GraphQLError(
                        f"Query {label} is {measured}, over the limit of {limits[name]} ({name}).",
                        node,
                        extensions={"code": "QUERY_LIMIT", "limit": name},
                    )
                )
