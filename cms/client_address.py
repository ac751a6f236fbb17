"""The address of the client behind a request: one rule for every per-client limit.

The contact form's rate limit, sign-in lockouts (django-axes), page-password throttling and
the API's rate limit all count per client address, and all of them must agree on what that
address is. It is REMOTE_ADDR unless settings.TRUSTED_PROXIES reverse proxies stand in front
of the app: each proxy appends the address it was called from to X-Forwarded-For, so the
client is the entry the outermost trusted proxy wrote. Entries left of it were written by the
client itself and are never believed; with no trusted proxy (the default) the header is ignored.
"""

from django.conf import settings


def client_address(request):
    """The client's address: REMOTE_ADDR, or what the trusted proxies say (TRUSTED_PROXIES)."""
    remote_addr = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXIES
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return remote_addr
