"""Lists with `limit` and `offset`, a capped page size, and a total count."""

import graphene
from django.conf import settings
from django.utils import translation
from graphql import GraphQLError
from wagtail.models import Page

from translations.readiness import only_available


def page_size_limit():
    return settings.CMS_API["MAX_PAGE_SIZE"]


def list_arguments():
    """The `limit` and `offset` arguments every list root field takes."""
    return {
        "limit": graphene.Int(description=f"At most {page_size_limit()} (MAX_PAGE_SIZE); default DEFAULT_PAGE_SIZE."),
        "offset": graphene.Int(default_value=0),
    }


def window(queryset, limit=None, offset=0):
    """Slice `queryset` for one page of results; rejects sizes over the limit with a clear error."""
    limit = settings.CMS_API["DEFAULT_PAGE_SIZE"] if limit is None else limit
    if limit < 0 or offset < 0:
        raise GraphQLError("`limit` and `offset` must not be negative.", extensions={"code": "BAD_PAGINATION"})
    if limit > page_size_limit():
        raise GraphQLError(
            f"`limit` {limit} is over the maximum page size of {page_size_limit()} (MAX_PAGE_SIZE).",
            extensions={"code": "PAGE_SIZE_LIMIT"},
        )
    if issubclass(queryset.model, Page):
        # Leave out unready language versions here, not only in the middleware, so
        # that totalCount and offsets count what a reader of this language gets.
        queryset = only_available(queryset, translation.get_language())
    return {
        "items": list(queryset[offset : offset + limit]),
        "total_count": queryset.count(),
        "limit": limit,
        "offset": offset,
    }


def paginated(item_type, name):
    """A `<name>` type with `items`, `totalCount`, `limit` and `offset`."""
    return type(
        name,
        (graphene.ObjectType,),
        {
            "items": graphene.List(graphene.NonNull(item_type), required=True),
            "total_count": graphene.Int(required=True),
            "limit": graphene.Int(required=True),
            "offset": graphene.Int(required=True),
            "resolve_items": lambda page, info: page["items"],
            "resolve_total_count": lambda page, info: page["total_count"],
            "resolve_limit": lambda page, info: page["limit"],
            "resolve_offset": lambda page, info: page["offset"],
        },
    )
