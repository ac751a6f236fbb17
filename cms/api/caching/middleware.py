"""Cached public GET answers of /graphql/, served before the rest of the middleware stack.

A CDN or an app revalidating its copy asks the same GET again and again; once the answer
is cached, nothing of Django's session, locale, CSRF, authentication or message handling,
nor graphene's request parsing, has anything to add to it. This middleware, placed right
after the CORS middleware, looks the answer up with the same key and the same freshness
check as the view (responses.py) and answers it, with the same ETag, 304 and
Cache-Control (http.py). Anything it cannot answer — a miss, a POST, GraphiQL, a
malformed parameter — goes on to the view unchanged, which gives errors their wording.
"""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse

from ..admission import inputs
from ..admission.refusals import QueryRefused
from . import http, responses
from .persisted_queries import PersistedQueryError, persisted_query_hash
from .settings import cache_settings


def _query_hash(request):
    query = request.GET.get("query")
    if query:
        return responses.query_hash(query)
    try:
        return persisted_query_hash(request, {})
    except PersistedQueryError:
        return None


def _variables(request):
    """The request's variables as the view reads them (admission); False when the view will refuse them."""
    try:
        return inputs.variables_value(request.GET.get("variables"))
    except QueryRefused:
        return False


class CachedAnswerMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._graphql_path = None  # resolved at the first request: the URLconf is loaded by then

    def __call__(self, request):
        response = self._cached(request) if request.method == "GET" else None
        return response if response is not None else self.get_response(request)

    def _cached(self, request):
        if self._graphql_path is None:
            self._graphql_path = reverse("graphql")
        if request.path != self._graphql_path or not cache_settings()["ENABLED"]:
            return None
        if settings.GRAPHIQL and "text/html" in request.headers.get("Accept", ""):
            return None  # a browser asking for GraphiQL
        sha, variables = _query_hash(request), _variables(request)
        if sha is None or variables is False:
            return None
        key = responses.answer_key_for_hash(request, sha, variables, request.GET.get("operationName"))
        cached = responses.cached_answer(key)
        if cached is None:
            return None
        http.mark_public(request, cached.etag)
        return http.finish(request, HttpResponse(cached.body, status=cached.status, content_type="application/json"))
