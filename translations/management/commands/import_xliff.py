"""python manage.py import_xliff FILE: validate everything, then save draft revisions."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from translations.xliff import XliffImportError, import_xliff
from translations.xliff.safety import max_bytes


class Command(BaseCommand):
    help = "Import a translated XLIFF 1.2 file. Nothing is written unless every unit is valid; pages get drafts."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The translated .xlf file.")

    def handle(self, *args, file, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        if path.stat().st_size > max_bytes():
            raise CommandError(f"{file} is larger than the limit of {max_bytes()} bytes; nothing was imported.")

        def progress(done, total):
            if done == total or done % 100 == 0:
                self.stdout.write(f"Checked {done}/{total} units")

        try:
            report = import_xliff(path.read_bytes(), progress=progress)
        except XliffImportError as error:
            raise CommandError(
                f"Nothing was imported, {len(error.errors)} problem(s):\n" + "\n".join(error.errors)
            ) from None
        for unit_id in report.changed_units:
            self.stdout.write(f"  changed {unit_id}")
        self.stdout.write(self.style.SUCCESS(report.summary()))
