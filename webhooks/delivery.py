"""One attempt at one delivery: check the address, POST, log the attempt, then done, retry later, or give up.

Every attempt leaves a DeliveryAttempt row, written before the POST (outcome "running")
so that a worker killed mid-request leaves a trace (recovery.py marks it "interrupted").
"""

import datetime
import json
import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .client import Answer, post
from .models import DeliveryAttempt, WebhookDelivery
from .signing import signed_headers
from .targets import TargetRefused, TargetUnresolved, resolve_target
from .tasks import queue_attempt


def retry_delay(attempt_number):
    """Seconds to wait after failed attempt `attempt_number` (1-based); the last delay repeats."""
    delays = settings.WEBHOOK_RETRY_DELAYS
    return delays[min(attempt_number, len(delays)) - 1]


def send(url, body, headers, timeout):
    """POST `body` to `url` if its addresses are allowed; returns (outcome, Answer)."""
    try:
        target = resolve_target(url)
    except TargetRefused as refused:
        return DeliveryAttempt.Outcome.REFUSED, Answer(error=str(refused))
    except TargetUnresolved as unresolved:
        return DeliveryAttempt.Outcome.UNREACHABLE, Answer(error=str(unresolved))
    answer = post(target, body, headers, timeout)
    if answer.status_code is None:
        return DeliveryAttempt.Outcome.UNREACHABLE, answer
    if 200 <= answer.status_code < 300:
        return DeliveryAttempt.Outcome.DELIVERED, answer
    return DeliveryAttempt.Outcome.REJECTED, answer


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
    attempt.outcome, answer = send(delivery.endpoint.url, body, headers, settings.WEBHOOK_TIMEOUT)
    attempt.duration_ms = round((time.monotonic() - started) * 1000)
    attempt.status_code = answer.status_code
    attempt.error = answer.error
    attempt.address = answer.address
    attempt.response_excerpt = answer.excerpt
    with transaction.atomic():
        attempt.save(update_fields=["duration_ms", "status_code", "error", "address", "response_excerpt", "outcome"])
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
    elif attempt.outcome == DeliveryAttempt.Outcome.REFUSED or attempt.number >= settings.WEBHOOK_MAX_ATTEMPTS:
        # A refused address stays refused until someone changes the URL or the settings:
        # retrying would only write the same refusal again (Send a test tries anew).
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.next_attempt_at = None
        delivery.task_id = ""
    else:
        queue_attempt(delivery, now + datetime.timedelta(seconds=retry_delay(attempt.number)))
        return
    delivery.save(update_fields=["status", "delivered_at", "next_attempt_at", "task_id"])
