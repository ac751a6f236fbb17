"""deliver_webhooks (recovery, retry now) and webhook_deliveries (the log in a terminal)."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from cms.changes import ContentChange
from tests.factories.webhooks import WebhookEndpointFactory
from tests.webhooks.receiver import closed_port_url
from tests.webhooks.worker import run_worker
from webhooks.dispatch import queue_deliveries
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db


def organisation_saved(title="UNOCT"):
    return ContentChange(
        action="published", kind="snippet", model="home.organisation", object_id="3", title=title, languages=("en",)
    )


def command_output(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_deliver_webhooks_leaves_queued_deliveries_alone(endpoint):
    (delivery,) = queue_deliveries(organisation_saved())

    assert command_output("deliver_webhooks") == "Queued again 0 lost deliveries.\n"
    assert WebhookDelivery.objects.get().task_id == delivery.task_id


def test_deliver_webhooks_queues_again_a_delivery_whose_task_crashed(endpoint, receiver):
    (delivery,) = queue_deliveries(organisation_saved())
    DBTaskResult.objects.filter(id=delivery.task_id).update(status="FAILED")

    assert command_output("deliver_webhooks") == "Queued again 1 lost deliveries.\n"
    run_worker()

    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempt_count, len(receiver.received)) == ("delivered", 1, 1)


def test_deliver_webhooks_leaves_a_recently_started_task_running(endpoint):
    (delivery,) = queue_deliveries(organisation_saved())
    DBTaskResult.objects.filter(id=delivery.task_id).update(status="RUNNING", started_at=timezone.now())

    assert command_output("deliver_webhooks", "--stale-after", "600") == "Queued again 0 lost deliveries.\n"


def test_deliver_webhooks_now_brings_retries_forward(endpoint, receiver, settings):
    settings.WEBHOOK_RETRY_DELAYS = [3600]
    receiver.answer = 503
    queue_deliveries(organisation_saved())
    run_worker()
    receiver.answer = 204

    assert command_output("deliver_webhooks", "--now") == (
        "Queued again 0 lost deliveries.\nRetrying 1 pending deliveries now.\n"
    )
    run_worker()

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempt_count) == ("delivered", 2)
    # The replaced task (an hour away) found it no longer owned the delivery and sent nothing.
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    run_worker()
    assert len(receiver.received) == 2


def test_deliver_webhooks_refuses_a_negative_stale_after():
    with pytest.raises(CommandError, match="--stale-after must be 0 or more seconds."):
        call_command("deliver_webhooks", "--stale-after", "-1")


def test_webhook_deliveries_prints_each_attempt(settings, loopback_allowed):
    settings.WEBHOOK_RETRY_DELAYS = [30]
    WebhookEndpointFactory(name="Mobile backend", url=closed_port_url())
    queue_deliveries(organisation_saved("OSCE"))
    run_worker()
    delivery = WebhookDelivery.objects.get()
    attempt = delivery.attempts.get()
    local = timezone.localtime

    assert command_output("webhook_deliveries").splitlines() == [
        "snippet.published    home.organisation 3: OSCE → Mobile backend "
        f"[pending, 1 attempt(s), next {local(delivery.next_attempt_at):%H:%M:%S}]",
        f"    #1 {local(attempt.started_at):%H:%M:%S} {f'{attempt.duration_ms} ms':>8} --- unreachable "
        "[Errno 111] Connection refused",
    ]


def test_webhook_deliveries_says_when_there_are_none(db):
    assert command_output("webhook_deliveries") == "No webhook deliveries.\n"


def test_webhook_deliveries_refuses_a_zero_limit(db):
    with pytest.raises(CommandError, match="--limit must be at least 1."):
        call_command("webhook_deliveries", "--limit", "0")
