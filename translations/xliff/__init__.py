"""XLIFF 1.2 exchange with professional translators.

`export_xliff` writes the English text of pages (one unit per translated field, one per
rich-text block of a StreamField) with the target language's current text;
`import_xliff` validates a translated file completely, then saves new draft revisions.
"""

from .export import export_xliff, pages_for_event, pages_for_outdated, pages_for_page
from .importer import ImportReport, XliffImportError, import_xliff

__all__ = [
    "ImportReport",
    "XliffImportError",
    "export_xliff",
    "import_xliff",
    "pages_for_event",
    "pages_for_outdated",
    "pages_for_page",
]
