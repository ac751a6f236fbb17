"""Wagtail's admin spreadsheet exports, written with neutralised cells (cms/spreadsheet_cells.py).

Why here, on Wagtail's `SpreadsheetExportMixin`, and not in our own views: every CSV
and XLSX file the admin offers is written by this one mixin — the form submissions
(wagtail.contrib.forms), the reports (locked pages, aging pages, site history,
workflows, our Translations report), redirects, and every model or snippet listing with
`list_export`. Most of those views are Wagtail's own, routed by Wagtail, so no subclass
of ours would ever be the one serving them; the mixin is the only place they all pass
through, and a listing Wagtail or we add later is covered the day it appears.
tests/cms/test_admin_exports.py drives each export, fails when an export appears that it
does not drive, and when the Wagtail methods replaced below change upstream.

What changes: a CSV is written by `CsvDictWriter` (every cell quoted, text that starts
like a formula prefixed with `'`, the heading row too: form field labels are typed by
editors and translators). Wagtail already stores XLSX data cells as text, never as
formulas, but not its heading row; here headings are text cells as well. Everything
else (columns, order, date formats, file names) is Wagtail's.
"""

from wagtail.admin.views.mixins import Echo, ExcelDateFormatter, SpreadsheetExportMixin

from .spreadsheet_cells import CsvDictWriter

# Wagtail's own methods, kept so a test can tell when upstream changes what we replaced.
WAGTAIL_STREAM_CSV = SpreadsheetExportMixin.stream_csv
WAGTAIL_WRITE_XLSX = SpreadsheetExportMixin.write_xlsx


def stream_csv(self, queryset):
    """Wagtail's stream_csv (8.0.1) with the neutralising writer."""
    writer = CsvDictWriter(Echo(), fieldnames=self.list_export)
    yield writer.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
    for item in queryset:
        yield self.write_csv_row(writer, self.to_row_dict(item))


def text_cell(worksheet, value):
    """An XLSX cell holding `value` as text, even when it starts with "=" (openpyxl would make it a formula)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(worksheet, value)
    if cell.data_type == "f":
        cell.data_type = "s"
    return cell


def write_xlsx(self, queryset, output):
    """Wagtail's write_xlsx (8.0.1) with the headings as text cells."""
    from openpyxl import Workbook  # as in Wagtail: imported when an XLSX is asked for (0.2 s)

    workbook = Workbook(write_only=True, iso_dates=True)
    worksheet = workbook.create_sheet(title="Sheet1")
    worksheet.append([text_cell(worksheet, self.get_heading(queryset, field)) for field in self.list_export])
    date_format = ExcelDateFormatter().get()
    for item in queryset:
        worksheet.append(self.generate_xlsx_row(worksheet, self.to_row_dict(item), date_format=date_format))
    workbook.save(output)


def neutralise_admin_exports():
    """Make every admin export write neutralised cells (called once, from CmsConfig.ready)."""
    SpreadsheetExportMixin.stream_csv = stream_csv
    SpreadsheetExportMixin.write_xlsx = write_xlsx
