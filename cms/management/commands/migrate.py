"""`migrate` that also keeps wagtail-modeltranslation's Page columns in step.

wagtail-modeltranslation adds `title_ru`, `slug_tg`, `url_path_ar`... to
wagtailcore.Page outside migrations, in a step that asks for confirmation on the
terminal unless told otherwise. That step is not optional (pages cannot be saved
without the columns), so it never asks here: `make run`, CI and the test database
all migrate the same way. Rows that existed before the columns did (Wagtail's own
root page) then get their default-language columns filled from the originals.
"""

from django.core.management import call_command
from wagtail_modeltranslation.management.commands.migrate_translation import Command as TranslationMigrateCommand


class Command(TranslationMigrateCommand):
    def handle(self, *args, **options):
        super().handle(*args, **{**options, "interactive": False})
        call_command("update_translation_fields", "wagtailcore", "page", verbosity=0)
