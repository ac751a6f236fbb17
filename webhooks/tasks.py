"""The delivery task, on the "webhooks" task backend (the database queue, run by db_worker)."""

from django_tasks import task


@task(backend="webhooks", takes_context=True)
def deliver_webhook(context, delivery_id):
    """Make the next attempt at WebhookDelivery `delivery_id`, if this task still owns it."""
    from .delivery import attempt_delivery

    return attempt_delivery(delivery_id, task_id=str(context.task_result.id))


def queue_attempt(delivery, run_after):
    """Queue the delivery's next attempt at `run_after` and make that task its owner.

    Call inside the transaction that saves the delivery: the worker only sees the task
    once both are committed, so it never finds a task its delivery does not name.
    """
    result = deliver_webhook.using(run_after=run_after).enqueue(delivery.pk)
    delivery.task_id = str(result.id)
    delivery.next_attempt_at = run_after
    delivery.save(update_fields=["task_id", "next_attempt_at"])
    return result
