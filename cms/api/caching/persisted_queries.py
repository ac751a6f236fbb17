"""Automatic persisted queries (Apollo's APQ protocol).

A mobile client sends `extensions: {"persistedQuery": {"version": 1, "sha256Hash": "…"}}`
instead of the query text. A known hash is answered; an unknown one gets the error
`PersistedQueryNotFound` (code PERSISTED_QUERY_NOT_FOUND), and the client sends the text
with the hash once, which registers it. Over GET the extensions are a JSON query
parameter, so a CDN can cache the short URL.
"""

import hashlib
import re

from ..admission.inputs import decode_json
from ..admission.refusals import QueryRefused
from .settings import cache_settings, shared_cache

PREFIX = "cms:api:persisted-query:"
SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


class PersistedQueryError(Exception):
    """A persisted-query request that cannot be answered; becomes a GraphQL error."""

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code

    def as_graphql_error(self):
        return {"message": str(self), "extensions": {"code": self.code}}


def _extensions(request, data):
    extensions = data.get("extensions") or request.GET.get("extensions")
    if isinstance(extensions, str):
        try:
            extensions = decode_json(extensions, "The extensions parameter")
        except QueryRefused as refused:
            raise PersistedQueryError(refused.message, refused.code) from None
    return extensions if isinstance(extensions, dict) else {}


def persisted_query_hash(request, data):
    """The sha256Hash the request names, or None when it is not a persisted query."""
    persisted = _extensions(request, data).get("persistedQuery")
    if persisted is None:
        return None
    if not isinstance(persisted, dict) or persisted.get("version") != 1:
        raise PersistedQueryError("Unsupported persisted query version: only version 1 is.", "BAD_REQUEST")
    sha = persisted.get("sha256Hash")
    if not isinstance(sha, str) or not SHA256_HEX.match(sha):
        raise PersistedQueryError("persistedQuery.sha256Hash must be 64 lowercase hex digits.", "BAD_REQUEST")
    return sha


def query_text(request, data, sha):
    """The query to run for hash `sha`: the text sent with it (checked), else the registered one."""
    sent = request.GET.get("query") or data.get("query")
    if sent:
        if hashlib.sha256(sent.encode()).hexdigest() != sha:
            raise PersistedQueryError("provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH")
        return sent
    registered = shared_cache().get(PREFIX + sha)
    if registered is None:
        raise PersistedQueryError("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND")
    return registered


def register(sha, query):
    """Remember `query` under its hash (after it ran without a request error)."""
    shared_cache().set(PREFIX + sha, query, timeout=cache_settings()["TIMEOUT"])
