"""Query limits: depth, aliases and complexity, checked before anything executes.

Each limit is a setting (CMS_API, tuned from the environment) and each rejection
names the limit it hit, so a frontend developer knows what to change.
"""

import itertools

from django.conf import settings
from graphql import FieldNode, FragmentSpreadNode, GraphQLError, InlineFragmentNode, ValidationRule


def _walk(selection_set, context, depth, seen_fragments):
    """Yield (field node, depth) for every field, expanding fragments; cycles are left to graphql's own rule."""
    if selection_set is None:
        return
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            yield selection, depth
            yield from _walk(selection.selection_set, context, depth + 1, seen_fragments)
        elif isinstance(selection, InlineFragmentNode):
            yield from _walk(selection.selection_set, context, depth, seen_fragments)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = context.get_fragment(name)
            if fragment is not None and name not in seen_fragments:
                yield from _walk(fragment.selection_set, context, depth, seen_fragments | {name})


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
