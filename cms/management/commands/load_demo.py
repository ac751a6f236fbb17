"""python manage.py load_demo: build the Dushanbe Process demo site (idempotent)."""

from django.core.management.base import BaseCommand

from cms.demo.loader import load_demo
from cms.progress import Progress


class Command(BaseCommand):
    help = "Create or update the demo site from the seed documents. Safe to run again: nothing is duplicated."

    def handle(self, *args, **options):
        load_demo(report=lambda line: self.stdout.write(f"  {line}"), progress=Progress(self.stdout))
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
