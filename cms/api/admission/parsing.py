"""Parsing a query with every count bounded while it is read, not after.

graphql-core's Parser stops at `max_tokens` (comments included) by itself; the rest is
counted here as the parser meets them, so a document of 100,000 directives is refused at
the 51st. The counted things are the ones whose number no other limit bounds: directives,
variable definitions, operations and fragment definitions (fields are bounded by the
complexity limit, limits.py, and nesting by the parser's own depth check).
"""

from django.conf import settings
from graphql import GraphQLSyntaxError
from graphql.language.parser import Parser, nested_too_deeply_error

from .refusals import QueryRefused

COUNTED = {
    "MAX_DIRECTIVES": "directives",
    "MAX_VARIABLES": "variable definitions",
    "MAX_OPERATIONS": "operations",
    "MAX_FRAGMENTS": "fragment definitions",
}


class BoundedParser(Parser):
    def __init__(self, source, limits):
        super().__init__(source, max_tokens=limits["MAX_TOKENS"])
        self._limits = limits
        self._counts = dict.fromkeys(COUNTED, 0)

    def _count(self, name):
        self._counts[name] += 1
        if self._counts[name] > self._limits[name]:
            token = self._lexer.token
            raise QueryRefused(
                f"The query has more than {self._limits[name]} {COUNTED[name]} ({name}).",
                limit=name,
                locations=[_location(self._lexer.source, token.start)],
            )

    def parse_directive(self, is_const):
        self._count("MAX_DIRECTIVES")
        return super().parse_directive(is_const)

    def parse_variable_definition(self):
        self._count("MAX_VARIABLES")
        return super().parse_variable_definition()

    def parse_operation_definition(self):
        self._count("MAX_OPERATIONS")
        return super().parse_operation_definition()

    def parse_fragment_definition(self):
        self._count("MAX_FRAGMENTS")
        return super().parse_fragment_definition()


def parse_query(query):
    """The document of `query`; QueryRefused over a limit, GraphQLSyntaxError when it is not GraphQL."""
    limits = settings.CMS_API
    parser = BoundedParser(query, limits)
    try:
        try:
            return parser.parse_document()
        except RecursionError:
            pass
        # As graphql-core's parse(): raised outside the handler, so no frame of the recursion is kept.
        raise nested_too_deeply_error(parser)
    except GraphQLSyntaxError as error:
        # graphql-core's own wording for its token limit (parser and lexer alike): the one
        # syntax error that is a limit, given the same typed form as ours.
        token_limit = f"Syntax Error: Document contains more than {limits['MAX_TOKENS']} tokens. Parsing aborted."
        if error.message == token_limit:
            raise QueryRefused(
                f"The query has more than {limits['MAX_TOKENS']} tokens (MAX_TOKENS).",
                limit="MAX_TOKENS",
                locations=[location.formatted for location in error.locations or ()],
            ) from None
        raise


def _location(source, position):
    location = source.get_location(position)
    return {"line": location.line, "column": location.column}
