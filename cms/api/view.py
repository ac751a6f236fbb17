"""The /graphql/ endpoint: graphene-django's view with our limits and language handling."""

from django.conf import settings
from django.utils import translation
from graphene_django.views import GraphQLView
from graphql import specified_rules

from .availability import AvailabilityMiddleware
from .limits import QueryLimitsRule
from .middleware import LanguageMiddleware
from .visibility import VisibilityMiddleware


class ContentGraphQLView(GraphQLView):
    # The standard rules plus ours: graphene-django hands this tuple to graphql-core's
    # validate(), which runs *only* the rules it is given.
    validation_rules = (*specified_rules, QueryLimitsRule)

    def __init__(self, **kwargs):
        # graphql-core makes the last middleware the outermost: the language is set
        # before a value is read; the value is checked for visibility, then the
        # remaining pages for their language versions.
        kwargs.setdefault("middleware", [VisibilityMiddleware(), AvailabilityMiddleware(), LanguageMiddleware()])
        super().__init__(**kwargs)

    def execute_graphql_request(self, *args, **kwargs):
        # Root fields switch the active language while they resolve; whatever the
        # last one chose must not leak into the rest of the request or the thread.
        with translation.override(settings.LANGUAGE_CODE):
            return super().execute_graphql_request(*args, **kwargs)
