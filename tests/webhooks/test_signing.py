"""The signature: HMAC-SHA256 over "<timestamp>.<body>", checked against a digest computed here."""

import hashlib
import hmac

from webhooks.signing import sign, signed_headers, verify

SECRET = "s3cret"  # noqa: S105 - a test secret
BODY = '{"type":"page.published","title":"Душанбе"}'.encode()


def test_sign_is_hmac_sha256_of_timestamp_dot_body():
    expected = hmac.new(b"s3cret", b"1700000000." + BODY, hashlib.sha256).hexdigest()

    assert sign(SECRET, 1700000000, BODY) == f"sha256={expected}"


def test_verify_accepts_a_fresh_signature():
    assert verify(SECRET, "1700000000", BODY, sign(SECRET, 1700000000, BODY), now=1700000100) is True


def test_verify_rejects_another_secret():
    assert verify(SECRET, "1700000000", BODY, sign("other", 1700000000, BODY), now=1700000000) is False


def test_verify_rejects_a_changed_body():
    signature = sign(SECRET, 1700000000, BODY)

    assert verify(SECRET, "1700000000", BODY + b" ", signature, now=1700000000) is False


def test_verify_rejects_an_old_timestamp():
    signature = sign(SECRET, 1700000000, BODY)

    assert verify(SECRET, "1700000000", BODY, signature, tolerance=300, now=1700000301) is False


def test_verify_rejects_a_missing_timestamp_or_signature():
    assert verify(SECRET, None, BODY, sign(SECRET, 1700000000, BODY), now=1700000000) is False
    assert verify(SECRET, "1700000000", BODY, None, now=1700000000) is False


def test_signed_headers_name_the_event_and_sign_the_body():
    headers = signed_headers(SECRET, "0b6f3c1e-0000-4000-8000-000000000001", BODY, timestamp=1700000000)

    assert headers == {
        "Content-Type": "application/json",
        "X-Webhook-Id": "0b6f3c1e-0000-4000-8000-000000000001",
        "X-Webhook-Timestamp": "1700000000",
        "X-Webhook-Signature": sign(SECRET, 1700000000, BODY),
    }
