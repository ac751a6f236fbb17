"""Cells a spreadsheet program reads as text, never as a formula (OWASP "CSV injection").

A contact-form sender, an editor or a translator can type `=HYPERLINK("http://…"&B2)`
or `@SUM(1+1)*cmd|' /C calc'!A0`; opened from a CSV file, Excel and LibreOffice would
run it. OWASP's rule: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
return gets a single quote in front, and every cell is wrapped in double quotes, so
that a `;` inside a value cannot start a new cell for a spreadsheet that splits on `;`
(Excel does, in Russian and many other locales).

Text is neutralised whatever it looks like: "-5" and "+992 37 221 44 55" become
"'-5" and "'+992 37 221 44 55". A rule that lets "harmless" text through would have
to be right about every program's formula syntax, and a spreadsheet would turn the
phone number into a formula anyway (#NULL!). Numbers (int, float, Decimal), which
cannot carry a formula, stay numbers. What is stored is never changed: only the file
written is.

Every CSV the project writes goes through `CsvDictWriter`; Wagtail's admin exports do
too (cms/admin_exports.py).
"""

import csv
from decimal import Decimal

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """`value` as a spreadsheet cell that cannot be a formula: text starting with a trigger gets a leading `'`.

    None and numbers are returned as they are (the csv module writes them as "" and as
    digits); anything else is written as its text, as the csv module would.
    """
    if value is None or isinstance(value, int | float | Decimal):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


class CsvDictWriter(csv.DictWriter):
    """csv.DictWriter that quotes every cell and neutralises each one, headings included."""

    def __init__(self, f, fieldnames, **kwargs):
        super().__init__(f, fieldnames, quoting=csv.QUOTE_ALL, **kwargs)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames, strict=True)))

    def writerow(self, rowdict):
        return super().writerow({field: neutralise_cell(value) for field, value in rowdict.items()})

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)
