"""python manage.py import_speakers FILE.csv [--dry-run]: create and update speakers from a spreadsheet."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.progress import Progress
from people.speaker_import import SpeakerImportError, import_speakers

# A speaker list is a few hundred rows; anything far bigger is the wrong file.
MAX_BYTES = 5 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "Create and update speaker pages from a CSV file (see docs/speaker-import.md). Nothing is written "
        "unless every row is valid; changed live pages are published at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The speakers .csv file, UTF-8, with a header row.")
        parser.add_argument("--dry-run", action="store_true", help="Say what would change and write nothing.")

    def handle(self, *args, file, dry_run, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        if path.stat().st_size > MAX_BYTES:
            raise CommandError(f"{file} is larger than the limit of {MAX_BYTES} bytes; nothing was imported.")
        try:
            report = import_speakers(path.read_bytes(), dry_run=dry_run, progress=Progress(self.stdout))
        except SpeakerImportError as error:
            raise CommandError(
                f"Nothing was imported, {len(error.errors)} problem(s):\n" + "\n".join(error.errors)
            ) from None
        for change in report.changes:
            self.stdout.write(f"  {change.describe()}")
        self.stdout.write(self.style.SUCCESS(report.summary()))
