"""python manage.py import_xliff FILE: validate everything, then save drafts (pages) and objects."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.progress import Progress
from translations.xliff import XliffImportError, import_xliff
from translations.xliff.safety import max_bytes


class Command(BaseCommand):
    help = (
        "Import a translated XLIFF 1.2 file. Nothing is written unless every unit is valid; pages get new "
        "draft revisions (not published), snippets, images and documents are saved."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The translated .xlf file.")

    def handle(self, *args, file, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        if path.stat().st_size > max_bytes():
            raise CommandError(f"{file} is larger than the limit of {max_bytes()} bytes; nothing was imported.")

        try:
            report = import_xliff(path.read_bytes(), progress=Progress(self.stdout))
        except XliffImportError as error:
            raise CommandError(f"Nothing was imported, {error.count} problem(s):\n" + "\n".join(error.errors)) from None
        for unit_id in report.changed_units:
            self.stdout.write(f"  changed {unit_id}")
        for page in report.drafts:
            self.stdout.write(f"  new draft of {page}")
        for saved in report.saved_directly:
            self.stdout.write(f"  saved {saved}")
        self.stdout.write(self.style.SUCCESS(report.summary()))
