"""python manage.py run_scheduler [--interval SECONDS] [--once]

Scheduled publishing (go-live and expiry of press releases, news, any page) is
Wagtail's `publish_scheduled` command: something has to run it. In development
`make run` starts this loop next to the server; in production run it as its own
process (or `publish_scheduled` from cron every minute). One process is enough:
Wagtail publishes each scheduled revision once, and a second runner would only find
nothing left to do.
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections


class Command(BaseCommand):
    help = "Publish and unpublish scheduled pages and snippets every --interval seconds (Wagtail's publish_scheduled)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="Seconds between runs (default 60, at least 1).")
        parser.add_argument("--once", action="store_true", help="Run once and exit (for cron or a test).")

    def handle(self, *args, interval, once, **options):
        if interval < 1:
            raise CommandError("--interval must be at least 1 second.")
        while True:
            call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
            if once:
                return
            # A long-lived process must not keep a connection the database has closed.
            close_old_connections()
            time.sleep(interval)
