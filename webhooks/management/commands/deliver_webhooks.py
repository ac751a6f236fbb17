"""python manage.py deliver_webhooks [--now] [--stale-after SECONDS]

Run when the webhooks worker starts (make run does) and from cron every few minutes:
queues again every pending delivery whose task was lost (a worker killed mid-attempt,
a crashed task). `--now` also brings every pending retry forward, for when a receiver
that was down is back. The worker (`db_worker --backend webhooks`) does the sending.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from webhooks.recovery import recover_lost_deliveries, retry_pending_now


class Command(BaseCommand):
    help = "Queue again pending webhook deliveries whose task was lost; --now retries every pending one now."

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Also retry every pending delivery now.")
        parser.add_argument(
            "--stale-after",
            type=int,
            default=None,
            help="Seconds after which a running task is taken for lost (default: WEBHOOK_STALE_AFTER).",
        )

    def handle(self, *args, now, stale_after, **options):
        stale_after = settings.WEBHOOK_STALE_AFTER if stale_after is None else stale_after
        if stale_after < 0:
            raise CommandError("--stale-after must be 0 or more seconds.")
        recovered = recover_lost_deliveries(stale_after)
        self.stdout.write(f"Queued again {len(recovered)} lost deliveries.")
        if now:
            brought_forward = retry_pending_now()
            self.stdout.write(f"Retrying {len(brought_forward)} pending deliveries now.")
