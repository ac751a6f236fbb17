"""HTTP caching of public GraphQL answers over GET: ETag, 304, Cache-Control and Vary.

A public answer (a query, not a preview, without errors) sent over GET carries an ETag
and `Cache-Control: public`; a client or CDN that sends the ETag back in If-None-Match
gets 304 with no body. Everything else — POST, previews, mutations, errors — is marked
`no-store`, so no shared cache keeps it.
"""

from django.conf import settings
from django.http import HttpResponseNotModified
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers
from django.utils.http import parse_etags, quote_etag

from .settings import cache_settings

PUBLIC_ETAG_ATTRIBUTE = "_api_public_answer_etag"


def mark_public(request, etag):
    """Record that this request's answer is public, with its ETag."""
    setattr(request, PUBLIC_ETAG_ATTRIBUTE, etag)


def _drop_csrf_cookie(request, response):
    # graphene-django's view always sets the CSRF cookie (for GraphiQL; /graphql/ itself is
    # csrf_exempt). A public answer must set no cookie: CDNs do not store a Set-Cookie
    # response, and a cookie has no business varying a public answer.
    response.cookies.pop(settings.CSRF_COOKIE_NAME, None)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False
    if response.has_header("Vary"):
        kept = [value for value in cc_delim_re.split(response["Vary"]) if value.lower() != "cookie"]
        response["Vary"] = ", ".join(kept)


def finish(request, response):
    """Add the caching headers to the view's response; 304 when the client's copy is current."""
    etag = getattr(request, PUBLIC_ETAG_ATTRIBUTE, None)
    if request.method != "GET" or etag is None or response.status_code != 200:
        patch_cache_control(response, no_store=True)
        return response
    options = cache_settings()
    quoted = quote_etag(etag)
    # The language of root fields without `language:` comes from Accept-Language.
    patch_vary_headers(response, ["Accept-Language"])
    directives = {"public": True, "max_age": options["MAX_AGE"]}
    if options["S_MAXAGE"]:
        directives["s_maxage"] = options["S_MAXAGE"]
    patch_cache_control(response, **directives)
    _drop_csrf_cookie(request, response)
    if quoted in parse_etags(request.headers.get("If-None-Match", "")):
        not_modified = HttpResponseNotModified()
        for header in ("Cache-Control", "Vary"):
            not_modified[header] = response[header]
        not_modified["ETag"] = quoted
        return not_modified
    response["ETag"] = quoted
    return response
