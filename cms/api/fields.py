"""Field helpers for models' `graphql_fields`.

grapple's GraphQLCollection wraps related rows in a QuerySetList that accepts
`order`, `searchQuery`, `id`, `limit` and `offset` and passes `order` straight to
`order_by()` — `order: "owner__password"` would sort by a password hash. Related
rows here are plain lists in the editor's order, read from what the selector
prefetched.
"""

from django.apps import apps
from grapple.models import GraphQLField
from grapple.registry import registry


def related_list(field_name, model_label, **kwargs):
    """A non-null list of the grapple type of `model_label` ("app.Model"), resolved with `.all()`."""

    def Mixin():  # noqa: N802 - grapple's convention for field factories
        model = apps.get_model(model_label)
        return GraphQLField(field_name, lambda: registry.models[model], is_list=True, **kwargs)

    return Mixin
