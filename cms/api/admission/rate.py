"""Rate limiting of uncached GraphQL work, per client address, in the shared cache.

What is limited is work, not requests: each request the view has to answer itself (every
one not served from the answer cache) costs the CPU time it took, at least MIN_CHARGE
seconds, and an address may spend CMS_API_RATE_LIMIT["CPU_SECONDS"] per WINDOW seconds. A
reader browsing the programme spends a few milliseconds, since almost everything it reads is
cached; a client sending floods spends its allowance in a moment and is then refused at
once — before its body is read — until its spending falls back under the allowance.

The spending is a sliding window over two fixed ones (the current window's count plus the
previous one's, weighted by how much of it still lies within WINDOW seconds of now): a
persistent attacker is held to the allowance's rate, spread out, rather than let loose at
the start of every window — with sync workers, three attackers spending at once would hold
all three. The counts live in the shared cache (cms/counters.py; Redis in production, where every
process sees the same count; local memory in development); a count expires with
the window after its own, so nothing needs cleaning up.
"""

import ipaddress
import math
import time
from functools import lru_cache

from django.conf import settings

from cms.client_address import client_address
from cms.counters import increment

from ..caching.settings import shared_cache
from .refusals import QueryRefused

PREFIX = "cms:api:work:"
# A refused or trivial request still costs a round of work: this keeps the cheapest
# flood to at most CPU_SECONDS / MIN_CHARGE requests per window (300 per 30 s by default).
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
    """(index of the current window, how far into it `now` is, 0 to 1)."""
    window = _limits()["WINDOW"]
    return int(now // window), (now % window) / window


def _key(address, index):
    return f"{PREFIX}{address}:{index}"


def _retry_after(current, previous, elapsed, allowance):
    """Seconds until the sliding spending falls under `allowance`, if nothing more is spent."""
    window = _limits()["WINDOW"]
    if current >= allowance:
        # Only the current count is left once the next window starts, fading as it goes.
        wait = (1 - elapsed) * window + (1 - allowance / current) * window
    else:
        wait = ((1 - (allowance - current) / previous) - elapsed) * window
    return math.floor(wait) + 1  # the first whole second at which it is under, not at it


def refuse_if_spent(request):
    """429 (QueryRefused) when this address spent its allowance of uncached work."""
    address = _limited_address(request)
    if address is None:
        return
    limits = _limits()
    index, elapsed = _window(time.time())
    counts = shared_cache().get_many([_key(address, index), _key(address, index - 1)])
    current, previous = counts.get(_key(address, index), 0), counts.get(_key(address, index - 1), 0)
    allowance = limits["CPU_SECONDS"] * 1000
    if current + previous * (1 - elapsed) >= allowance:
        retry_after = _retry_after(current, previous, elapsed, allowance)
        raise QueryRefused(
            f"Too much uncached work from your address: {limits['CPU_SECONDS']:g} s of CPU per "
            f"{limits['WINDOW']} s (CMS_API_RATE_LIMIT). Cached answers still come; "
            f"try other queries again in {retry_after} s.",
            code="RATE_LIMITED",
            status=429,
            headers={"Retry-After": str(retry_after)},
        )


def charge(request, cpu_seconds, stopped=False):
    """Count `cpu_seconds` (at least MIN_CHARGE) of uncached work against the request's address.

    A request the CPU budget `stopped` used all of MAX_CPU_SECONDS and gave nothing back: it
    costs the whole allowance, so an address sending such requests gets one per window
    instead of one per MAX_CPU_SECONDS of its allowance. A reader's query that is simply
    too big is refused the same way, once, and says what to change.
    """
    address = _limited_address(request)
    if address is None:
        return
    index, _elapsed = _window(time.time())
    key = _key(address, index)
    if stopped:
        cpu_seconds = max(cpu_seconds, _limits()["CPU_SECONDS"])
    milliseconds = max(1, round(max(cpu_seconds, MIN_CHARGE) * 1000))
    # Kept through the next window too, where it is the `previous` count.
    timeout = 2 * _limits()["WINDOW"] + 1
    increment(shared_cache(), key, milliseconds, timeout)
