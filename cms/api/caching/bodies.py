"""Answer bodies by their ETag: in the shared cache, and remembered in each process.

A body is stored under its own hash, so it never changes: keeping a copy in the process
that served it is not per-process state (whether an answer is still current is always
asked of the shared cache, in responses.py), it only spares moving a large answer (the
10x benchmark's schedule is 2.6 MB) out of Redis on every request. The copies are bounded
by LOCAL_BYTES and the least recently used go first.
"""

import threading
from collections import OrderedDict

from .settings import shared_cache

PREFIX = "cms:api:answer-body:"
LOCAL_BYTES = 64_000_000

_local = OrderedDict()
_local_bytes = 0
_lock = threading.Lock()


def _remember(etag, body):
    global _local_bytes
    with _lock:
        if etag in _local:
            _local.move_to_end(etag)
            return
        _local[etag] = body
        _local_bytes += len(body)
        while _local_bytes > LOCAL_BYTES and len(_local) > 1:
            _old_etag, old_body = _local.popitem(last=False)
            _local_bytes -= len(old_body)


def body_for(etag):
    """The body with this ETag, from this process's copies or the shared cache; None if gone."""
    with _lock:
        body = _local.get(etag)
        if body is not None:
            _local.move_to_end(etag)
            return body
    body = shared_cache().get(PREFIX + etag)
    if body is not None:
        _remember(etag, body)
    return body


def store_body(etag, body, timeout):
    shared_cache().set(PREFIX + etag, body, timeout=timeout)
    _remember(etag, body)


def forget_local_copies():
    """Empty this process's copies (tests start from nothing)."""
    global _local_bytes
    with _lock:
        _local.clear()
        _local_bytes = 0
