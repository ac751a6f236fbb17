"""One request makes a missing answer; the others asking for it meanwhile wait for it.

Right after a publish every client of the schedule misses at once. Without this, each
of them makes the same answer (the load test, bench/load_publish.py, counted about 15
schedules made per publish on 8 threads), and on conference day that is the moment the
servers are busiest. So the first request to miss *claims* the answer (an atomic `add`
in the shared cache, so across every app process) and makes it; the others poll the
cache until the answer is stored, and make it themselves only if it does not come
within FILL_WAIT seconds (the claimant died, or its answer has errors and is never
stored).

No waiter can be handed old content: a claim is named after the versions of every table
as the claimant read them before executing, so a waiter shares a claim only with a
request that saw the same versions — made after the same publishes. And whatever a
waiter serves still passes `responses.cached_answer`'s freshness check.
"""

import hashlib
import json
import time

from . import responses
from .settings import cache_settings, shared_cache

POLL_SECONDS = 0.02


def _claim_key(key, versions):
    digest = hashlib.sha256(json.dumps(sorted(versions.items())).encode()).hexdigest()[:16]
    return f"{key}:making:{digest}"


def claim(key, versions):
    """Claim the making of `key`'s answer from these table versions: the claim's key, or None if another holds it."""
    name = _claim_key(key, versions)
    wait = cache_settings()["FILL_WAIT"]
    if wait <= 0:
        return None
    # The claim expires on its own after FILL_WAIT: a claimant that dies blocks nobody longer.
    return name if shared_cache().add(name, 1, timeout=wait) else None


def release(name):
    if name is not None:
        shared_cache().delete(name)


def wait_for_answer(key, versions):
    """The answer another request is making from these versions, once stored; None if it does not come."""
    name = _claim_key(key, versions)
    store = shared_cache()
    deadline = time.monotonic() + cache_settings()["FILL_WAIT"]
    while time.monotonic() < deadline:
        answer = responses.cached_answer(key)
        if answer is not None:
            return answer
        if store.get(name) is None:  # the claimant finished without storing (errors) or died
            return responses.cached_answer(key)
        time.sleep(POLL_SECONDS)
    return None
