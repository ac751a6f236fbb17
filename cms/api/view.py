"""The /graphql/ endpoint: graphene-django's view with our limits, language handling and caching."""

from django.conf import settings
from django.utils import translation
from graphene_django.views import GraphQLView
from graphql import OperationType, get_operation_ast, parse, specified_rules

from .availability import AvailabilityMiddleware
from .caching import filling, http, persisted_queries, responses
from .caching.settings import cache_settings
from .caching.tables import model_tables, recording_tables_read
from .caching.versions import current_versions
from .introspection import IntrospectionRule
from .limits import QueryLimitsRule
from .middleware import LanguageMiddleware
from .visibility import DRAFT_ROOTS_ATTRIBUTE, VisibilityMiddleware


def _is_query(query, operation_name):
    try:
        operation = get_operation_ast(parse(query), operation_name)
    except Exception:  # noqa: BLE001 - a syntax error is reported by the execution itself
        return False
    return operation is not None and operation.operation == OperationType.QUERY


class ContentGraphQLView(GraphQLView):
    # The standard rules plus ours: graphene-django hands this tuple to graphql-core's
    # validate(), which runs *only* the rules it is given.
    validation_rules = (*specified_rules, QueryLimitsRule, IntrospectionRule)
    # Whether answers go through the response cache (settings.CMS_API_CACHE decides
    # too). A view is built with `as_view(cache_answers=False)` only to measure the
    # uncached cost (bench/urls.py); no request can turn the cache off.
    cache_answers = True

    def __init__(self, cache_answers=None, **kwargs):
        if cache_answers is not None:
            self.cache_answers = cache_answers
        # graphql-core makes the last middleware the outermost: the language is set
        # before a value is read; the value is checked for visibility, then the
        # remaining pages for their language versions.
        kwargs.setdefault("middleware", [VisibilityMiddleware(), AvailabilityMiddleware(), LanguageMiddleware()])
        super().__init__(**kwargs)

    def dispatch(self, request, *args, **kwargs):
        return http.finish(request, super().dispatch(request, *args, **kwargs))

    def get_response(self, request, data, show_graphiql=False):
        try:
            sha = persisted_queries.persisted_query_hash(request, data)
            if sha is not None:
                data = {**dict(data.items()), "query": persisted_queries.query_text(request, data, sha)}
        except persisted_queries.PersistedQueryError as error:
            return self.json_encode(request, {"errors": [error.as_graphql_error()]}), 200
        if show_graphiql or not self.cache_answers or not cache_settings()["ENABLED"]:
            result, status = super().get_response(request, data, show_graphiql)
        else:
            result, status = self._cached_response(request, data)
        if sha is not None and status == 200:
            persisted_queries.register(sha, data["query"])
        return result, status

    def _cached_response(self, request, data):
        query, variables, operation_name, _id = self.get_graphql_params(request, data)
        if not query or not isinstance(query, str):  # graphene answers what is not a query text
            return super().get_response(request, data)
        key = responses.answer_key(request, query, variables, operation_name)
        # Looked up before parsing: only a query's answer is ever stored under its key, and
        # parsing the query text costs more than the rest of serving a stored answer.
        cached = responses.cached_answer(key)
        if cached is not None:
            http.mark_public(request, cached.etag)
            return cached.body, cached.status
        if not _is_query(query, operation_name):
            return super().get_response(request, data)
        versions_before = current_versions(model_tables())
        claim = filling.claim(key, versions_before)
        if claim is None:  # another request is making this very answer: wait for it
            made = filling.wait_for_answer(key, versions_before)
            if made is not None:
                http.mark_public(request, made.etag)
                return made.body, made.status
        try:
            with recording_tables_read() as tables_read:
                result, status = super().get_response(request, data)
            # Graphene writes "errors" first: an answer with errors is never kept nor public.
            public = status == 200 and result is not None and not result.startswith('{"errors"')
            if public and not getattr(request, DRAFT_ROOTS_ATTRIBUTE, None):
                etag = responses.store_answer(key, result, status, tables_read, versions_before)
                http.mark_public(request, etag or responses.body_etag(result))
        finally:
            filling.release(claim)
        return result, status

    def execute_graphql_request(self, *args, **kwargs):
        # Root fields switch the active language while they resolve; whatever the
        # last one chose must not leak into the rest of the request or the thread.
        with translation.override(settings.LANGUAGE_CODE):
            return super().execute_graphql_request(*args, **kwargs)
