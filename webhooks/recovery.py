"""Deliveries whose task is gone: found and queued again, so a restart loses nothing.

The delivery row is the source of truth. Its task can go missing three ways: the worker
was killed mid-attempt (the task stays "running" forever), the task crashed (an error
in the worker, not an HTTP failure: the task is "failed" but the delivery still pending),
or the task row was pruned. Tasks that are merely waiting in the queue are left alone.
"""

import datetime
import uuid

from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .models import DeliveryAttempt, WebhookDelivery
from .tasks import queue_attempt


def _task_is_alive(task, stale_before):
    if task is None:
        return False
    if task.status == TaskResultStatus.READY:
        return True
    # Running, and recently enough that its worker may still be at it.
    return task.status == TaskResultStatus.RUNNING and task.started_at is not None and task.started_at >= stale_before


def recover_lost_deliveries(stale_after, now=None):
    """Queue again every pending delivery whose task is not queued or recently running; returns them.

    `stale_after` (seconds): a task running longer than this is taken for lost.
    """
    now = now or timezone.now()
    stale_before = now - datetime.timedelta(seconds=stale_after)
    pending = list(WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING))
    task_ids = {delivery.pk: _as_uuid(delivery.task_id) for delivery in pending}
    tasks = DBTaskResult.objects.in_bulk([task_id for task_id in task_ids.values() if task_id])
    recovered = []
    for delivery in pending:
        task = tasks.get(task_ids[delivery.pk])
        if _task_is_alive(task, stale_before):
            continue
        with transaction.atomic():
            # Read again under a lock: the worker may have settled it since the list was read.
            delivery = (
                WebhookDelivery.objects.select_for_update()
                .filter(pk=delivery.pk, status=WebhookDelivery.Status.PENDING, task_id=delivery.task_id)
                .first()
            )
            if delivery is None:
                continue
            DeliveryAttempt.objects.filter(delivery=delivery, outcome=DeliveryAttempt.Outcome.RUNNING).update(
                outcome=DeliveryAttempt.Outcome.INTERRUPTED, error="The worker stopped during this attempt."
            )
            queue_attempt(delivery, now)
        recovered.append(delivery)
    return recovered


def retry_pending_now(now=None):
    """Bring every pending delivery's next attempt forward to now (the receiver is back); returns them.

    Each gets a new task; the one it replaces finds it no longer owns the delivery and stands down.
    """
    now = now or timezone.now()
    pending = list(WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING, next_attempt_at__gt=now))
    for delivery in pending:
        with transaction.atomic():
            queue_attempt(delivery, now)
    return pending


def _as_uuid(task_id):
    # DBTaskResult's primary key is a UUID; in_bulk keys by UUID objects.
    try:
        return uuid.UUID(task_id)
    except ValueError:
        return None
