"""python manage.py export_xliff --language ru (--page ID | --event SLUG | --outdated) --output FILE"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.languages import default_language, language_codes
from translations.xliff import export_xliff, pages_for_event, pages_for_outdated, pages_for_page


class Command(BaseCommand):
    help = "Export pages as XLIFF 1.2 for translation into one language."

    def add_arguments(self, parser):
        parser.add_argument("--language", required=True, help="Target language code, e.g. ru.")
        scope = parser.add_mutually_exclusive_group(required=True)
        scope.add_argument("--page", type=int, help="One page, by id.")
        scope.add_argument("--event", help="An event (by slug) and every page under it.")
        scope.add_argument(
            "--outdated",
            action="store_true",
            help="Every text with no translation in the language, on every page. "
            "(Missing texts only: staleness of existing translations is not tracked yet.)",
        )
        parser.add_argument("--output", required=True, help="The .xlf file to write.")

    def handle(self, *args, language, page, event, outdated, output, **options):
        targets = [code for code in language_codes() if code != default_language()]
        if language not in targets:
            raise CommandError(f"--language must be one of {', '.join(targets)}, not {language!r}")
        if page is not None:
            pages = pages_for_page(page)
        elif event is not None:
            pages = pages_for_event(event)
        else:
            pages = pages_for_outdated()
        if not pages.exists():
            raise CommandError("No page matches: check --page or --event.")

        def progress(done, total):
            if done == total or done % 50 == 0:
                self.stdout.write(f"Collected {done}/{total} pages")

        data, units = export_xliff(pages, language, missing_only=outdated, progress=progress)
        Path(output).write_bytes(data)
        self.stdout.write(self.style.SUCCESS(f"Exported {len(units)} units for {language!r} to {output}"))
