"""The shared cache of public GraphQL answers.

An answer is kept under a key made of everything that shapes it: the query text, its
variables and operation, the language the request negotiated (Accept-Language decides
for root fields without `language:`), the host (relative page URLs are per site), the
serve-unready and introspection settings, the schema itself (a deploy that changes it starts afresh) and
whether the JSON is pretty-printed. With it go the versions of the tables it was made
from (tables.py, versions.py); it is served only while those are unchanged.
"""

import hashlib
import json
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from graphql import print_schema

from ..introspection import introspection_allowed
from ..languages import requested_language
from . import bodies
from .settings import cache_settings, shared_cache
from .versions import current_versions

PREFIX = "cms:api:answer:"


@dataclass(frozen=True)
class CachedAnswer:
    body: str
    status: int
    etag: str


def body_etag(body):
    """A strong validator for an answer's bytes."""
    return hashlib.sha256(body.encode()).hexdigest()[:32]


@cache
def _schema_fingerprint():
    from ..schema import schema

    return hashlib.sha256(print_schema(schema.graphql_schema).encode()).hexdigest()[:16]


def query_hash(query):
    """The sha256 of a query's text, as Apollo's persisted queries name it."""
    return hashlib.sha256(query.encode()).hexdigest()


def answer_key(request, query, variables, operation_name):
    """The cache key of this request's answer."""
    return answer_key_for_hash(request, query_hash(query), variables, operation_name)


def answer_key_for_hash(request, sha, variables, operation_name):
    """The cache key of the answer to the query whose text hashes to `sha` (a persisted query needs no text)."""
    material = {
        "query": sha,
        "variables": variables or {},
        "operation": operation_name or "",
        "language": requested_language(request),
        "host": request.get_host(),
        "unready": settings.TRANSLATIONS_SERVE_UNREADY,
        "schema": _schema_fingerprint(),
        # Looked up before validation: an introspection answer cached while it was allowed
        # must not be served once a deployment turns it off (the shared cache outlives it).
        "introspection": introspection_allowed(),
        "pretty": bool(request.GET.get("pretty")),
    }
    encoded = json.dumps(material, sort_keys=True, separators=(",", ":"), default=str)
    return PREFIX + hashlib.sha256(encoded.encode()).hexdigest()


def cached_answer(key):
    """The answer stored under `key` if every table it was made from still has the same version."""
    entry = shared_cache().get(key)
    if entry is None:
        return None
    made_from = entry["tables"]
    if made_from and current_versions(made_from) != made_from:
        return None
    body = bodies.body_for(entry["etag"])
    if body is None:  # evicted apart from its entry
        return None
    return CachedAnswer(body, entry["status"], entry["etag"])


def store_answer(key, body, status, tables_read, versions_before):
    """Keep an answer made from `tables_read`, with the versions read before it was made.

    Versions read *before* executing: if content changes while the answer is made, the
    stored versions are already old and the answer is never served. An answer that read
    a table with no version (not a model's) or is too big is not kept.
    """
    options = cache_settings()
    if len(body) > options["MAX_ENTRY_BYTES"] or not tables_read <= versions_before.keys():
        return None
    etag = body_etag(body)
    entry = {
        "status": status,
        "etag": etag,
        "tables": {table: versions_before[table] for table in tables_read},
    }
    # The body first: an entry is never readable without its body.
    bodies.store_body(etag, body, options["TIMEOUT"])
    shared_cache().set(key, entry, timeout=options["TIMEOUT"])
    return etag
