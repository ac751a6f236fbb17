"""`manage.py generate_renditions [--dry-run]`: make every allow-listed rendition of every image now."""

from django.core.management.base import BaseCommand

from cms.progress import Progress
from media.renditions import all_images, pregenerate_renditions


class Command(BaseCommand):
    help = (
        "Make every allow-listed rendition (CMS_IMAGE_RENDITIONS widths x formats) of every image that "
        "lacks it, so readers never wait for one. Run after deploying or changing the allow-list."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be made; make nothing.")

    def handle(self, *args, dry_run=False, **options):
        progress = Progress(self.stdout)
        report = pregenerate_renditions(
            all_images(), dry_run=dry_run, progress=lambda done, total: progress(done, total, "images")
        )
        for failure in report.failures:
            self.stderr.write(f"Failed: {failure}")
        self.stdout.write(report.summary(dry_run=dry_run))
