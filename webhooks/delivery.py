"""One attempt at one delivery: POST, log the attempt, then done, retry later, or give up.

Every attempt leaves a DeliveryAttempt row, written before the POST (outcome "running")
so that a worker killed mid-request leaves a trace (recovery.py marks it "interrupted").
"""

import datetime
import http.client
import json
import time
import urllib.error
import urllib.request

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import DeliveryAttempt, WebhookDelivery
from .signing import signed_headers
from .tasks import queue_attempt

# Enough of an error to diagnose it in the admin, not a whole HTML error page.
MAX_ERROR_LENGTH = 1000
USER_AGENT = "DushanbeProcessCMS-Webhooks/1"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # A redirect would turn the POST into a GET without a body: report the 3xx instead.
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def retry_delay(attempt_number):
    """Seconds to wait after failed attempt `attempt_number` (1-based); the last delay repeats."""
    delays = settings.WEBHOOK_RETRY_DELAYS
    return delays[min(attempt_number, len(delays)) - 1]


def post(url, body, headers, timeout):
    """POST `body`; returns (status code or None, error text or "")."""
    # urllib would also open file: and ftp: URLs; an endpoint is only ever http(s).
    if not url.lower().startswith(("http://", "https://")):
        return None, f"Not an http(s) URL: {url}"[:MAX_ERROR_LENGTH]
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked just above
        url, data=body, headers={**headers, "User-Agent": USER_AGENT}, method="POST"
    )
    try:
        with _opener.open(request, timeout=timeout) as response:
            return response.status, ""
    except urllib.error.HTTPError as error:
        detail = error.read(MAX_ERROR_LENGTH).decode("utf-8", "replace")
        return error.code, f"HTTP {error.code} {error.reason}: {detail}".strip()[:MAX_ERROR_LENGTH]
    except urllib.error.URLError as error:
        return None, str(error.reason)[:MAX_ERROR_LENGTH]
    except (OSError, http.client.HTTPException) as error:
        # Timeouts, resets, and answers that are not HTTP at all.
        return None, (str(error) or type(error).__name__)[:MAX_ERROR_LENGTH]


def _start_attempt(delivery_id, task_id):
    """Claim the next attempt number, or None when this task must not send anything."""
    with transaction.atomic():
        delivery = WebhookDelivery.objects.select_for_update().select_related("endpoint").filter(pk=delivery_id).first()
        # Delivered, failed, deleted, or re-queued under another task: someone else's job, or nobody's.
        if delivery is None or delivery.status != WebhookDelivery.Status.PENDING or delivery.task_id != task_id:
            return None, None
        delivery.attempt_count += 1
        delivery.save(update_fields=["attempt_count"])
        attempt = DeliveryAttempt.objects.create(
            delivery=delivery, number=delivery.attempt_count, started_at=timezone.now()
        )
    return delivery, attempt


def attempt_delivery(delivery_id, task_id):
    """Make one attempt at delivery `delivery_id` on behalf of task `task_id`; returns its outcome."""
    delivery, attempt = _start_attempt(delivery_id, task_id)
    if delivery is None:
        return "skipped"
    body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":")).encode()
    headers = signed_headers(delivery.endpoint.secret, delivery.event_id, body)
    started = time.monotonic()
    status_code, error = post(delivery.endpoint.url, body, headers, settings.WEBHOOK_TIMEOUT)
    attempt.duration_ms = round((time.monotonic() - started) * 1000)
    attempt.status_code = status_code
    attempt.error = error
    if status_code is not None and 200 <= status_code < 300:
        attempt.outcome = DeliveryAttempt.Outcome.DELIVERED
    elif status_code is not None:
        attempt.outcome = DeliveryAttempt.Outcome.REJECTED
    else:
        attempt.outcome = DeliveryAttempt.Outcome.UNREACHABLE
    with transaction.atomic():
        attempt.save(update_fields=["duration_ms", "status_code", "error", "outcome"])
        _settle(delivery, attempt)
    return attempt.outcome


def _settle(delivery, attempt):
    """Delivered, given up, or the next attempt queued with backoff."""
    now = timezone.now()
    if attempt.outcome == DeliveryAttempt.Outcome.DELIVERED:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = now
        delivery.next_attempt_at = None
        delivery.task_id = ""
    elif attempt.number >= settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.next_attempt_at = None
        delivery.task_id = ""
    else:
        queue_attempt(delivery, now + datetime.timedelta(seconds=retry_delay(attempt.number)))
        return
    delivery.save(update_fields=["status", "delivered_at", "next_attempt_at", "task_id"])
