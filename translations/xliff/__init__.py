"""XLIFF 1.2 exchange with professional translators.

`export_xliff` writes the English text of pages (latest revision), their inline rows,
the texts inside their StreamFields, and of snippets, site settings, images and
documents, with the target language's current text; `import_xliff` validates a
translated file completely, then saves new draft revisions of pages and saves the
other objects directly, all in one transaction.
"""

from .export import export_xliff, file_name
from .importer import ImportReport, XliffImportError, import_xliff
from .scopes import (
    Selection,
    pages_for_event,
    pages_for_page,
    select_event,
    select_outdated,
    select_page,
    select_snippets,
)

__all__ = [
    "ImportReport",
    "Selection",
    "XliffImportError",
    "export_xliff",
    "file_name",
    "import_xliff",
    "pages_for_event",
    "pages_for_page",
    "select_event",
    "select_outdated",
    "select_page",
    "select_snippets",
]
