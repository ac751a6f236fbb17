"""python manage.py export_xliff --language ru (--page ID | --event SLUG | --snippets | --outdated) --output FILE"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.languages import default_language, language_codes
from cms.progress import Progress
from translations.xliff import export_xliff, select_event, select_outdated, select_page, select_snippets


class Command(BaseCommand):
    help = (
        "Export texts as XLIFF 1.2 for translation into one language: pages (their latest revision, inline "
        "rows and StreamField texts included), snippets, site settings, images and documents."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", required=True, help="Target language code, e.g. ru.")
        scope = parser.add_mutually_exclusive_group(required=True)
        scope.add_argument("--page", type=int, help="One page, by id, with the images, documents and snippets it uses.")
        scope.add_argument(
            "--event",
            help="An event (by slug), every page under it, and the images, documents and snippets they use.",
        )
        scope.add_argument(
            "--snippets",
            action="store_true",
            help="Every snippet, site setting, image and document (organisations, venues and rooms, alt texts...).",
        )
        scope.add_argument(
            "--outdated",
            action="store_true",
            help="Every text, on every page, snippet, image and document, that is missing in the language "
            "or outdated (its English changed since it was translated; the old translation is the target).",
        )
        parser.add_argument("--output", required=True, help="The .xlf file to write.")

    def handle(self, *args, language, page, event, snippets, outdated, output, **options):
        targets = [code for code in language_codes() if code != default_language()]
        if language not in targets:
            raise CommandError(f"--language must be one of {', '.join(targets)}, not {language!r}")
        if page is not None:
            selection = select_page(page)
        elif event is not None:
            selection = select_event(event)
        elif snippets:
            selection = select_snippets()
        else:
            selection = select_outdated()
        if (page is not None or event is not None) and not selection.pages.exists():
            raise CommandError("No page matches: check --page or --event.")

        data, units = export_xliff(selection, language, progress=Progress(self.stdout))
        Path(output).write_bytes(data)
        self.stdout.write(self.style.SUCCESS(f"Exported {len(units)} units for {language!r} to {output}"))
