"""Rate limiting of uncached GraphQL work, per client address, in the shared cache.

What is limited is work, not requests: each request the view has to answer itself (every
one not served from the answer cache) costs the CPU time it took, at least MIN_CHARGE
seconds, and an address may spend CMS_API_RATE_LIMIT["CPU_SECONDS"] in each window of
WINDOW seconds. A reader browsing the programme spends a few milliseconds a minute, since
almost everything it reads is cached; a client sending floods spends its allowance in
seconds and is then refused at once — before its body is read — until the window ends.

The counts live in the shared cache (Redis in production: `incr` is atomic there, and
every process sees the same count; local memory in development). Windows are fixed: the
key names the window, so a count expires with it and nothing needs cleaning up.
"""

import ipaddress
import math
import time
from functools import lru_cache

from django.conf import settings

from cms.client_address import client_address

from ..caching.settings import shared_cache
from .refusals import QueryRefused

PREFIX = "cms:api:work:"
# A refused or trivial request still costs a round of work: this keeps the cheapest
# flood to at most CPU_SECONDS / MIN_CHARGE requests per window (1,000 by default).
MIN_CHARGE = 0.01


def _limits():
    return settings.CMS_API_RATE_LIMIT


@lru_cache(maxsize=8)
def _networks(exempt):
    return tuple(ipaddress.ip_network(network, strict=False) for network in exempt)


def _limited_address(request):
    """The client address to count, or None when it is not limited (limit off, or an exempt network)."""
    limits = _limits()
    if limits["CPU_SECONDS"] <= 0:
        return None
    address = client_address(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if any(parsed in network for network in _networks(tuple(limits["EXEMPT"]))):
        return None
    return address


def _window(now):
    window = _limits()["WINDOW"]
    index = int(now // window)
    return index, max(1, math.ceil((index + 1) * window - now))


def _key(address, index):
    return f"{PREFIX}{address}:{index}"


def refuse_if_spent(request):
    """429 (QueryRefused) when this address spent its work for the current window."""
    address = _limited_address(request)
    if address is None:
        return
    limits = _limits()
    index, retry_after = _window(time.time())
    spent_ms = shared_cache().get(_key(address, index)) or 0
    if spent_ms >= limits["CPU_SECONDS"] * 1000:
        raise QueryRefused(
            f"Too much uncached work from your address: {limits['CPU_SECONDS']:g} s of CPU in "
            f"{limits['WINDOW']} s (CMS_API_RATE_LIMIT). Cached answers still come; "
            f"try other queries again in {retry_after} s.",
            code="RATE_LIMITED",
            status=429,
            headers={"Retry-After": str(retry_after)},
        )


def charge(request, cpu_seconds):
    """Count `cpu_seconds` (at least MIN_CHARGE) of uncached work against the request's address."""
    address = _limited_address(request)
    if address is None:
        return
    index, _retry_after = _window(time.time())
    key = _key(address, index)
    milliseconds = max(1, round(max(cpu_seconds, MIN_CHARGE) * 1000))
    cache = shared_cache()
    cache.add(key, 0, timeout=_limits()["WINDOW"] + 1)
    try:
        cache.incr(key, milliseconds)
    except ValueError:  # the window's key expired between add and incr
        cache.set(key, milliseconds, timeout=_limits()["WINDOW"] + 1)
