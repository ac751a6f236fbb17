"""python manage.py webhook_deliveries [--limit N]

The delivery log in a terminal: each delivery (newest first) with every attempt, as the
admin's Webhooks > Deliveries shows it.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from webhooks.models import WebhookDelivery


def _time(moment):
    return timezone.localtime(moment).strftime("%H:%M:%S") if moment else "-"


class Command(BaseCommand):
    help = "Print the webhook delivery log: deliveries, newest first, each with its attempts."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=20, help="How many deliveries (default 20).")

    def handle(self, *args, limit, **options):
        if limit < 1:
            raise CommandError("--limit must be at least 1.")
        deliveries = WebhookDelivery.objects.select_related("endpoint").prefetch_related("attempts")[:limit]
        for delivery in deliveries:
            self.stdout.write(
                f"{delivery.event_type:<20} {delivery.object_label} → {delivery.endpoint.name} "
                f"[{delivery.status}, {delivery.attempt_count} attempt(s), next {_time(delivery.next_attempt_at)}]"
            )
            for attempt in delivery.attempts.all():
                status = attempt.status_code if attempt.status_code is not None else "---"
                duration = f"{attempt.duration_ms} ms" if attempt.duration_ms is not None else "-"
                self.stdout.write(
                    f"    #{attempt.number} {_time(attempt.started_at)} {duration:>8} {status} "
                    f"{attempt.outcome:<11} {attempt.error}".rstrip()
                )
        if not deliveries:
            self.stdout.write("No webhook deliveries.")
