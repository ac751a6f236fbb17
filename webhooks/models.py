"""Endpoints the frontends registered, and the log of every notification sent to them."""

import secrets
import uuid

from django.db import models


def generate_secret():
    """A fresh signing secret: 32 random bytes, hex-encoded (64 characters)."""
    return secrets.token_hex(32)


class WebhookEndpoint(models.Model):
    """A URL that receives a signed POST for every content change (the web site, a mobile backend)."""

    name = models.CharField(max_length=255, help_text="Who receives it, e.g. “Web site revalidation”.")
    url = models.URLField(max_length=500, help_text="Receives a POST with a JSON body for every change.")
    secret = models.CharField(
        max_length=128,
        default=generate_secret,
        help_text="Shared with the receiver, which checks the X-Webhook-Signature header with it (docs/webhooks.md).",
    )
    is_active = models.BooleanField(default=True, help_text="Inactive endpoints are sent nothing new.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "webhook endpoint"

    def __str__(self):
        return self.name


class WebhookDelivery(models.Model):
    """One notification to one endpoint: the source of truth for whether it still has to go out."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    # The change's id, the same for every endpoint: X-Webhook-Id, for receivers to drop repeats.
    event_id = models.UUIDField(default=uuid.uuid4, editable=False)
    event_type = models.CharField(max_length=64)
    payload = models.JSONField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempt_count = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # The queued task that owns the next attempt; any other task for this delivery stands down
    # (delivery.py), so re-queuing a delivery can never send it twice at once.
    task_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "webhook delivery"
        verbose_name_plural = "webhook deliveries"
        constraints = [
            models.UniqueConstraint(fields=["endpoint", "event_id"], name="webhooks_one_delivery_per_event"),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhooks_pending_idx")]

    def __str__(self):
        return f"{self.event_type} → {self.endpoint}"

    @property
    def object_label(self):
        """“programme.sessionpage 42: Opening session”, from the payload."""
        changed = self.payload.get("object", {})
        return f"{changed.get('model')} {changed.get('id')}: {changed.get('title')}"


class DeliveryAttempt(models.Model):
    """One POST to the endpoint (or the try at one), and what came of it."""

    class Outcome(models.TextChoices):
        RUNNING = "running", "Running"
        DELIVERED = "delivered", "Delivered (2xx)"
        REJECTED = "rejected", "Rejected (not 2xx)"
        UNREACHABLE = "unreachable", "Unreachable (connection, timeout)"
        # The address is not one webhooks may go to (webhooks/addresses.py): nothing was sent.
        REFUSED = "refused", "Refused (address not allowed)"
        INTERRUPTED = "interrupted", "Interrupted (worker stopped)"

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    status_code = models.PositiveIntegerField(null=True, blank=True)
    # Our own words: why it failed (connection refused, address refused...), never the receiver's.
    error = models.TextField(blank=True)
    # The address actually connected to, after resolution; None when nothing was connected to.
    address = models.GenericIPAddressField(null=True, blank=True)
    # The start of a receiver's answer that was not a 2xx (client.EXCERPT_LENGTH characters at most):
    # the admin shows it only while `address` is an allowed one.
    response_excerpt = models.TextField(blank=True)
    outcome = models.CharField(max_length=16, choices=Outcome.choices, default=Outcome.RUNNING)

    class Meta:
        ordering = ["delivery", "number"]
        constraints = [models.UniqueConstraint(fields=["delivery", "number"], name="webhooks_attempt_number")]

    def __str__(self):
        return f"Attempt {self.number} of {self.delivery}"
