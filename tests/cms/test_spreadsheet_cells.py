"""The cell rule and the CSV writer every export uses (cms/spreadsheet_cells.py)."""

import datetime
import io
from decimal import Decimal

import pytest

from cms.spreadsheet_cells import CsvDictWriter, neutralise_cell


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1+1", "'+1+1"),
        ("-1+1", "'-1+1"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        # Decided: text that looks like a number or a phone number is text, and prefixed.
        ("-5", "'-5"),
        ("+992 37 221 44 55", "'+992 37 221 44 55"),
        # Not triggers: a formula later in the text, a leading space, a quote already there.
        ("Dushanbe; =1+1", "Dushanbe; =1+1"),
        (" =1+1", " =1+1"),
        ("'=1+1", "'=1+1"),
        ("", ""),
        # Numbers cannot be formulas: they stay numbers.
        (-5, -5),
        (Decimal("-2.50"), Decimal("-2.50")),
        (-0.5, -0.5),
        (None, None),
        # Anything else is written as its text, as the csv module would, and checked as text.
        (datetime.date(2022, 10, 18), "2022-10-18"),
    ],
)
def test_neutralise_cell(value, cell):
    assert neutralise_cell(value) == cell


def test_csv_dict_writer_quotes_and_neutralises_every_cell_headings_included():
    out = io.StringIO()
    writer = CsvDictWriter(out, fieldnames=["=name", "amount"])

    writer.writeheader()
    writer.writerow({"=name": '=HYPERLINK("http://evil.example")', "amount": -5})
    writer.writerows([{"=name": "@SUM(1)", "amount": None}, {"=name": "Dushanbe", "amount": 3}])

    assert out.getvalue().splitlines(keepends=True) == [
        '"\'=name","amount"\r\n',
        '"\'=HYPERLINK(""http://evil.example"")","-5"\r\n',
        '"\'@SUM(1)",""\r\n',
        '"Dushanbe","3"\r\n',
    ]
