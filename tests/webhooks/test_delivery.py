"""Publishing a page sends one signed notification to each endpoint, through the task queue."""

import datetime
import uuid

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.factories.sessions import SessionPageFactory
from tests.factories.webhooks import WebhookEndpointFactory
from tests.webhooks.conftest import FRONTEND
from tests.webhooks.receiver import closed_port_url
from tests.webhooks.worker import run_worker
from webhooks.models import DeliveryAttempt, WebhookDelivery

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_session(event_page):
    return SessionPageFactory(parent=event_page, title="Opening session", slug="opening", live=False)


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()


def test_publishing_a_session_queues_one_delivery_per_endpoint(
    endpoint, draft_session, django_capture_on_commit_callbacks
):
    publish(draft_session, django_capture_on_commit_callbacks)

    delivery = WebhookDelivery.objects.get()
    assert (delivery.endpoint, delivery.event_type, delivery.status, delivery.attempt_count) == (
        endpoint,
        "page.published",
        "pending",
        0,
    )
    assert DBTaskResult.objects.filter(backend_name="webhooks", status="READY").count() == 1


def test_publishing_a_session_posts_the_expected_notification(
    endpoint, receiver, draft_session, django_capture_on_commit_callbacks
):
    publish(draft_session, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()

    run_worker()

    assert len(receiver.received) == 1
    request = receiver.received[0]
    assert request["verified"] is True
    assert request["headers"]["Content-Type"] == "application/json"
    assert request["headers"]["X-Webhook-Id"] == str(delivery.event_id)
    notification = request["json"]
    assert uuid.UUID(notification.pop("id")) == delivery.event_id
    assert datetime.datetime.fromisoformat(notification.pop("occurredAt")) <= timezone.now()
    assert notification == {
        "type": "page.published",
        "object": {
            "kind": "page",
            "model": "programme.sessionpage",
            "id": str(draft_session.pk),
            "title": "Opening session",
        },
        "languages": ["en", "ru", "tg", "ar"],
        "urls": [
            {"language": language, "url": f"{FRONTEND}/{language}/{draft_session.get_parent().slug}/opening/"}
            for language in ("en", "ru", "tg", "ar")
        ],
    }
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempt_count, delivery.next_attempt_at, delivery.task_id) == (
        "delivered",
        1,
        None,
        "",
    )
    attempt = delivery.attempts.get()
    assert (attempt.number, attempt.status_code, attempt.outcome, attempt.error) == (1, 204, "delivered", "")


def test_publishing_without_endpoints_queues_nothing(draft_session, django_capture_on_commit_callbacks):
    publish(draft_session, django_capture_on_commit_callbacks)

    assert WebhookDelivery.objects.count() == 0
    assert DBTaskResult.objects.count() == 0


def test_inactive_endpoint_receives_nothing(receiver, draft_session, django_capture_on_commit_callbacks):
    WebhookEndpointFactory(url=receiver.url, is_active=False)

    publish(draft_session, django_capture_on_commit_callbacks)

    assert WebhookDelivery.objects.count() == 0


def test_receiver_down_logs_the_attempt_and_schedules_the_first_retry(
    draft_session, django_capture_on_commit_callbacks, settings, loopback_allowed
):
    settings.WEBHOOK_RETRY_DELAYS = [30, 120]
    WebhookEndpointFactory(url=closed_port_url())
    publish(draft_session, django_capture_on_commit_callbacks)

    before = timezone.now()
    run_worker()
    after = timezone.now()

    delivery = WebhookDelivery.objects.get()
    attempt = delivery.attempts.get()
    assert (delivery.status, delivery.attempt_count) == ("pending", 1)
    assert before + datetime.timedelta(seconds=30) <= delivery.next_attempt_at <= after + datetime.timedelta(seconds=30)
    assert (attempt.number, attempt.status_code, attempt.outcome) == (1, None, "unreachable")
    assert "Connection refused" in attempt.error
    retry = DBTaskResult.objects.get(id=delivery.task_id)
    assert (retry.status, retry.run_after) == ("READY", delivery.next_attempt_at)


def test_receiver_back_up_gets_the_retry(
    endpoint, receiver, draft_session, django_capture_on_commit_callbacks, settings
):
    settings.WEBHOOK_RETRY_DELAYS = [30]
    receiver.answer = 503
    publish(draft_session, django_capture_on_commit_callbacks)
    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts.get().status_code) == ("pending", 503)

    # The retry is not due for 30 s: the worker leaves it alone.
    receiver.answer = 204
    run_worker()
    assert len(receiver.received) == 1

    # Its moment comes.
    DBTaskResult.objects.filter(id=delivery.task_id).update(run_after=timezone.now())
    run_worker()

    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempt_count) == ("delivered", 2)
    assert list(delivery.attempts.values_list("number", "status_code", "outcome")) == [
        (1, 503, "rejected"),
        (2, 204, "delivered"),
    ]
    assert [request["headers"]["X-Webhook-Id"] for request in receiver.received] == [str(delivery.event_id)] * 2


def test_delivery_fails_after_max_attempts(
    endpoint, receiver, draft_session, django_capture_on_commit_callbacks, settings
):
    settings.WEBHOOK_RETRY_DELAYS = [0]
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    receiver.answer = 500
    publish(draft_session, django_capture_on_commit_callbacks)

    run_worker()

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempt_count, delivery.next_attempt_at, delivery.task_id) == (
        "failed",
        3,
        None,
        "",
    )
    assert list(delivery.attempts.values_list("outcome", flat=True)) == ["rejected"] * 3
    assert len(receiver.received) == 3


def test_a_task_that_no_longer_owns_its_delivery_sends_nothing(
    endpoint, receiver, draft_session, django_capture_on_commit_callbacks
):
    publish(draft_session, django_capture_on_commit_callbacks)
    WebhookDelivery.objects.update(task_id="someone-else")

    run_worker()

    assert receiver.received == []
    assert DeliveryAttempt.objects.count() == 0
