"""The signature on every notification: HMAC-SHA256 over "<timestamp>.<body>" with the endpoint's secret.

Signing the timestamp with the body lets a receiver refuse a replayed old notification
(verify(..., tolerance=...)). The header reads `sha256=<hex digest>`.
"""

import hashlib
import hmac
import time

SIGNATURE_PREFIX = "sha256="


def sign(secret, timestamp, body):
    """The X-Webhook-Signature value for `body` (bytes) sent at `timestamp` (unix seconds)."""
    message = f"{timestamp}.".encode() + body
    return SIGNATURE_PREFIX + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify(secret, timestamp, body, signature, tolerance=300, now=None):
    """True when `signature` is ours for `body` at `timestamp`, and `timestamp` is within `tolerance` seconds."""
    try:
        sent_at = int(timestamp)
    except (TypeError, ValueError):
        return False
    now = time.time() if now is None else now
    if abs(now - sent_at) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, sent_at, body), signature or "")


def signed_headers(secret, event_id, body, timestamp=None):
    """The headers of one POST: content type, event id, timestamp and signature."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {
        "Content-Type": "application/json",
        "X-Webhook-Id": str(event_id),
        "X-Webhook-Timestamp": str(timestamp),
        "X-Webhook-Signature": sign(secret, timestamp, body),
    }
