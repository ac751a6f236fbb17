"""The `search` root field: the public pages whose text in one language contains a phrase."""

import graphene
from django.utils import translation
from graphql import GraphQLError

from cms.search import MAX_QUERY_LENGTH, InvalidSearch, search_pages

from .details import load_specific_many
from .languages import Language
from .pages import PageInterface
from .pagination import list_arguments, paginated, window

SearchResults = paginated(PageInterface, "SearchResults")


class SearchQueries(graphene.ObjectType):
    search = graphene.Field(
        SearchResults,
        required=True,
        query=graphene.String(
            required=True, description=f"The phrase to find, 1 to {MAX_QUERY_LENGTH} characters (case-insensitive)."
        ),
        language=Language(),
        **list_arguments(),
        description=(
            "Public events, sessions, speakers, news, press releases and standard pages whose title or text in the "
            "language contains `query`, most recently published first. Text not translated into the language is "
            "searched in English, as readers of that language see it."
        ),
    )

    def resolve_search(root, info, query, limit=None, offset=0):
        """Search in the root field's language (LanguageMiddleware has activated it); bad input is a clear error."""
        try:
            pages = search_pages(query, translation.get_language())
        except InvalidSearch as error:
            raise GraphQLError(str(error), extensions={"code": "BAD_SEARCH_QUERY"}) from None
        results = window(pages.values("pk", "content_type_id"), limit, offset)
        results["items"] = load_specific_many(results["items"])
        return results
