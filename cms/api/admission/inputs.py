"""The sizes a request declares or carries, measured before anything is built from them.

Every check here costs O(1) or O(the limit), never O(the input): the body is refused on its
Content-Length before it is read, the query text on its length before it is hashed or
lexed, and a decoded `variables` value is walked only until it is found too big or too deep.
JSON from the client is decoded here, and only here, so that a document nested past the
interpreter's recursion limit is a refusal instead of an uncaught RecursionError (a 500).
"""

import json

from django.conf import settings

from .refusals import QueryRefused, over_limit


def check_body_size(request):
    """Refuse a body longer than MAX_BODY_BYTES from its declared length, before reading it."""
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise QueryRefused("The Content-Length header is not a number.", code="BAD_REQUEST") from None
    if declared > settings.CMS_API["MAX_BODY_BYTES"]:
        raise over_limit("MAX_BODY_BYTES", declared, "The request body (bytes)")


def decode_json(text, what):
    """`text` decoded as JSON; a refusal naming `what` when it is not valid or nested too deeply."""
    try:
        return json.loads(text)
    except RecursionError:
        raise QueryRefused(f"{what} is nested too deeply to be read.", code="BAD_REQUEST") from None
    except ValueError:
        raise QueryRefused(f"{what} is not valid JSON.", code="BAD_REQUEST") from None


def check_query_text(query):
    """Refuse a query that is not a string, or longer than MAX_QUERY_LENGTH characters."""
    if query is None:
        return
    if not isinstance(query, str):
        raise QueryRefused("`query` must be a string.", code="BAD_REQUEST")
    if len(query) > settings.CMS_API["MAX_QUERY_LENGTH"]:
        raise over_limit("MAX_QUERY_LENGTH", len(query), "The query text (characters)")


def variables_value(raw):
    """The `variables` of a request as a dict (or None), refused when too big, too deep or not an object.

    A string (GET, form POST) is measured before it is decoded; a value that came decoded
    in a JSON body is measured by walking it, stopping at the first limit crossed.
    """
    if raw is None or raw == "":
        return None
    limit = settings.CMS_API["MAX_VARIABLES_BYTES"]
    if isinstance(raw, str):
        if len(raw) > limit:
            raise over_limit("MAX_VARIABLES_BYTES", len(raw), "`variables` (characters of JSON)")
        raw = decode_json(raw, "`variables`")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise QueryRefused("`variables` must be a JSON object.", code="BAD_REQUEST")
    _measure(raw, limit, settings.CMS_API["MAX_VARIABLES_DEPTH"])
    return raw


def _measure(value, max_bytes, max_depth):
    """Walk a decoded JSON value, counting about its JSON length; refuse at the first limit crossed."""
    size = 0
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list) and depth > max_depth:
            raise over_limit("MAX_VARIABLES_DEPTH", f"more than {max_depth}", "The nesting of `variables`")
        if isinstance(item, dict):
            size += 2 + sum(len(key) + 4 for key in item)
            children = item.values()
        elif isinstance(item, list):
            size += 2 + len(item)
            children = item
        else:
            # A string with its quotes; a number, true, false or null: bounded by its JSON text.
            size += len(item) + 2 if isinstance(item, str) else 5
            children = ()
        if size > max_bytes:
            raise over_limit("MAX_VARIABLES_BYTES", f"more than {max_bytes}", "`variables` (characters of JSON)")
        pending.extend((child, depth + 1) for child in children)
