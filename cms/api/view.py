"""The /graphql/ endpoint: graphene-django's view with our admission, limits, language handling and caching.

graphene-django reads the body, parses and validates the query with no bound on any of
them and no hook in between; the steps that grow with the input are therefore ours
(admission/, in the order its docstring gives), and so is the short pipeline that follows
them: parse once with the bounded parser, run the limits alone before graphql-core's own
rules, execute under the CPU budget.
"""

from django.conf import settings
from django.db import connection, transaction
from django.http import HttpResponseNotAllowed
from django.utils import translation
from graphene_django.settings import graphene_settings
from graphene_django.views import GraphQLView, HttpError
from graphql import ExecutionResult, GraphQLSyntaxError, OperationType, execute, get_operation_ast, specified_rules
from graphql import validate as validate_document

from .admission import inputs, rate
from .admission.budget import BudgetMiddleware, BudgetRule, BudgetSpent, cpu_budget, current_budget
from .admission.parsing import parse_query
from .admission.refusals import QueryRefused
from .availability import AvailabilityMiddleware
from .caching import filling, http, persisted_queries, responses
from .caching.settings import cache_settings
from .caching.tables import model_tables, recording_tables_read
from .caching.versions import current_versions
from .introspection import IntrospectionRule
from .limits import QueryLimitsRule
from .middleware import LanguageMiddleware
from .visibility import DRAFT_ROOTS_ATTRIBUTE, VisibilityMiddleware

# Set on a request whose answer came out of the response cache: it did no work to charge.
ANSWERED_FROM_CACHE = "_api_answered_from_cache"
DOCUMENT_ATTRIBUTE = "_api_document"


def _document(request, query):
    """The parsed document of `query`, parsed once per request (the cache decides on it first)."""
    parsed = getattr(request, DOCUMENT_ATTRIBUTE, None)
    if parsed is None or parsed[0] is not query:
        parsed = (query, parse_query(query))
        setattr(request, DOCUMENT_ATTRIBUTE, parsed)
    return parsed[1]


def _is_query(request, query, operation_name):
    try:
        operation = get_operation_ast(_document(request, query), operation_name)
    except GraphQLSyntaxError:  # reported by the execution itself
        return False
    return operation is not None and operation.operation == OperationType.QUERY


class ContentGraphQLView(GraphQLView):
    # Our depth, alias and complexity limits run first and alone: some of graphql-core's
    # rules (overlapping fields) are quadratic in the number of fields, 0.4 s for 2,500.
    limit_rules = (QueryLimitsRule, BudgetRule)
    # graphene-django hands this tuple to graphql-core's validate(), which runs *only*
    # the rules it is given: the standard ones plus ours.
    validation_rules = (*specified_rules, IntrospectionRule, BudgetRule)
    # Whether answers go through the response cache (settings.CMS_API_CACHE decides
    # too). A view is built with `as_view(cache_answers=False)` only to measure the
    # uncached cost (bench/urls.py); no request can turn the cache off.
    cache_answers = True

    def __init__(self, cache_answers=None, **kwargs):
        if cache_answers is not None:
            self.cache_answers = cache_answers
        # graphql-core makes the last middleware the outermost: the budget is checked
        # first; the language is set before a value is read; the value is checked for
        # visibility, then the remaining pages for their language versions.
        kwargs.setdefault(
            "middleware", [VisibilityMiddleware(), AvailabilityMiddleware(), LanguageMiddleware(), BudgetMiddleware()]
        )
        super().__init__(**kwargs)

    def dispatch(self, request, *args, **kwargs):
        with cpu_budget() as budget:
            refused = None
            try:
                rate.refuse_if_spent(request)
                inputs.check_body_size(request)
                response = super().dispatch(request, *args, **kwargs)
            except QueryRefused as refusal:
                refused, response = refusal, refusal.response()
            # A refusal for the rate itself costs one cache read; it is not charged again.
            if not (refused and refused.code == "RATE_LIMITED") and not getattr(request, ANSWERED_FROM_CACHE, False):
                rate.charge(request, budget.used(), stopped=bool(refused and refused.limit == "MAX_CPU_SECONDS"))
        return http.finish(request, response)

    def parse_body(self, request):
        # A GET has no body (Apollo sends `Content-Type: application/json` on its GETs
        # anyway); a JSON body is decoded by admission, which refuses what json cannot read.
        if request.method != "POST":
            return {}
        if self.get_content_type(request) != "application/json":
            return super().parse_body(request)
        try:
            body = request.body.decode("utf-8")
        except UnicodeDecodeError:
            raise QueryRefused("The request body is not UTF-8.", code="BAD_REQUEST") from None
        data = inputs.decode_json(body, "The request body")
        if not isinstance(data, dict):
            raise QueryRefused("The request body must be a JSON object with a `query`.", code="BAD_REQUEST")
        return data

    @staticmethod
    def get_graphql_params(request, data):
        query = request.GET.get("query") or data.get("query")
        inputs.check_query_text(query)
        variables = inputs.variables_value(request.GET.get("variables") or data.get("variables"))
        operation_name = request.GET.get("operationName") or data.get("operationName")
        if operation_name == "null":
            operation_name = None
        if operation_name is not None and not isinstance(operation_name, str):
            raise QueryRefused("`operationName` must be a string.", code="BAD_REQUEST")
        return query, variables, operation_name, request.GET.get("id") or data.get("id")

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
            setattr(request, ANSWERED_FROM_CACHE, True)
            http.mark_public(request, cached.etag)
            return cached.body, cached.status
        if not _is_query(request, query, operation_name):
            return super().get_response(request, data)
        versions_before = current_versions(model_tables())
        claim = filling.claim(key, versions_before)
        if claim is None:  # another request is making this very answer: wait for it
            made = filling.wait_for_answer(key, versions_before)
            if made is not None:
                setattr(request, ANSWERED_FROM_CACHE, True)
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

    def execute_graphql_request(self, request, data, query, variables, operation_name, show_graphiql=False):
        if not query:  # graphene's answer: GraphiQL's page, or "Must provide query string."
            return super().execute_graphql_request(request, data, query, variables, operation_name, show_graphiql)
        try:
            document = _document(request, query)
        except GraphQLSyntaxError as error:
            return ExecutionResult(errors=[error])
        operation = get_operation_ast(document, operation_name)
        if request.method == "GET" and operation is not None and operation.operation != OperationType.QUERY:
            if show_graphiql:
                return None
            raise HttpError(
                HttpResponseNotAllowed(
                    ["POST"], f"Can only perform a {operation.operation.value} operation from a POST request."
                )
            )
        schema = self.schema.graphql_schema
        max_errors = graphene_settings.MAX_VALIDATION_ERRORS
        errors = validate_document(schema, document, self.limit_rules, max_errors) or validate_document(
            schema, document, self.validation_rules, max_errors
        )
        if errors:
            return ExecutionResult(data=None, errors=errors)
        try:
            return self._execute(request, schema, document, variables, operation_name, operation)
        except BudgetSpent:
            raise current_budget().refusal() from None  # refused whole: no partial answer

    def _execute(self, request, schema, document, variables, operation_name, operation):
        options = {
            "root_value": self.get_root_value(request),
            "context_value": self.get_context(request),
            "variable_values": variables,
            "operation_name": operation_name,
            "middleware": self.get_middleware(request),
            "execution_context_class": self.execution_context_class,
        }
        atomic = (
            operation is not None
            and operation.operation == OperationType.MUTATION
            and (graphene_settings.ATOMIC_MUTATIONS or connection.settings_dict.get("ATOMIC_MUTATIONS", False))
        )
        # Root fields switch the active language while they resolve; whatever the
        # last one chose must not leak into the rest of the request or the thread.
        with translation.override(settings.LANGUAGE_CODE):
            try:
                if atomic:
                    with transaction.atomic():
                        return execute(schema, document, **options)
                return execute(schema, document, **options)
            except Exception as error:  # noqa: BLE001 - graphene's contract: an error is an answer
                return ExecutionResult(errors=[error])
