"""From a content change to deliveries: one per active endpoint, each with its first attempt queued."""

import uuid

from django.db import transaction
from django.utils import timezone

from cms.changes import content_changed

from .models import WebhookDelivery, WebhookEndpoint
from .payloads import payload_for
from .tasks import queue_attempt

# Sent only on an administrator's request (Webhooks > Endpoints > Send a test notification).
TEST_EVENT_TYPE = "webhook.test"


def queue_deliveries(change):
    """Store a delivery of `change` to every active endpoint and queue it; returns the deliveries."""
    endpoints = list(WebhookEndpoint.objects.filter(is_active=True))
    if not endpoints:
        return []
    payload = payload_for(change)
    now = timezone.now()
    deliveries = []
    # Deliveries and their tasks commit together: a delivery is never stored without its task.
    with transaction.atomic():
        for endpoint in endpoints:
            delivery = WebhookDelivery.objects.create(
                endpoint=endpoint, event_id=change.id, event_type=change.event_type, payload=payload
            )
            queue_attempt(delivery, now)
            deliveries.append(delivery)
    return deliveries


def queue_test_notification(endpoint):
    """Queue a "webhook.test" notification to `endpoint` (active or not), for checking a receiver; returns it."""
    event_id = uuid.uuid4()
    payload = {
        "id": str(event_id),
        "type": TEST_EVENT_TYPE,
        "occurredAt": timezone.now().isoformat(),
        "object": {
            "kind": "endpoint",
            "model": "webhooks.webhookendpoint",
            "id": str(endpoint.pk),
            "title": endpoint.name,
        },
        "languages": [],
        "urls": [],
    }
    with transaction.atomic():
        delivery = WebhookDelivery.objects.create(
            endpoint=endpoint, event_id=event_id, event_type=TEST_EVENT_TYPE, payload=payload
        )
        queue_attempt(delivery, timezone.now())
    return delivery


def on_content_changed(sender, change, **kwargs):
    """content_changed receiver (sent after commit)."""
    queue_deliveries(change)


def connect():
    """Listen to content changes; called from WebhooksConfig.ready()."""
    content_changed.connect(on_content_changed, dispatch_uid="webhooks.queue_deliveries")
