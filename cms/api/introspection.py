"""Introspection (`__schema`, `__type`), which a deployment may switch off with CMS_API["INTROSPECTION"].

It is on by default, production included: it reveals nothing the committed
`schema.graphql` does not, its answer is cached like any public answer (no SQL after
the first), and the standard query passes the limits (limits.py). Frontends generate
their types from the committed file, not from the live endpoint, so turning it off
breaks no app; it breaks GraphiQL and schema tools pointed at that deployment.

graphene's own DisableIntrospection is not used: it refuses every field starting with
"__", `__typename` included, which Apollo and urql add to every selection.
"""

from django.conf import settings
from graphql import GraphQLError, ValidationRule

from .limits import INTROSPECTION_ROOTS


def introspection_allowed():
    return settings.CMS_API.get("INTROSPECTION", True)


class IntrospectionRule(ValidationRule):
    """Refuses `__schema` and `__type` when CMS_API["INTROSPECTION"] is off; `__typename` always passes."""

    def enter_field(self, node, *_args):
        if node.name.value in INTROSPECTION_ROOTS and not introspection_allowed():
            self.report_error(
                GraphQLError(
                    f"Introspection is disabled on this server: '{node.name.value}' cannot be queried. "
                    "The schema is the committed schema.graphql.",
                    node,
                    extensions={"code": "INTROSPECTION_DISABLED"},
                )
            )
