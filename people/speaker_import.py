"""Import speakers from a CSV file: validate every row, then write in one transaction.

The communications team keeps the speaker list in a spreadsheet; this turns it into
SpeakerPages under the speakers index, found by their English slug. A column left
out of the file leaves that field alone; a column present with an empty cell clears it.
Row numbers are the spreadsheet's: the header is row 1, the first speaker row 2.
"""

import csv
import html
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_unicode_slug
from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from cms.demo.translated import set_page_title
from cms.languages import default_language, language_codes
from home.blocks import RICH_TEXT_FEATURES
from home.models import Organisation
from translations.xliff.safety import rich_text_problems

from .models import SpeakerIndexPage, SpeakerPage

# CSV column prefix -> SpeakerPage field, in the order changes are reported.
TRANSLATED_COLUMNS = {"name": "title", "honorific": "honorific", "position": "position", "country": "country"}
BIO_PREFIX = "bio"


class SpeakerImportError(Exception):
    """The file cannot be imported; `errors` lists every problem, naming the rows."""

    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))


@dataclass
class SpeakerChange:
    """What one row does: "create", "update" or "unchanged" the speaker with `slug`."""

    action: str
    slug: str
    columns: list[str] = field(default_factory=list)  # CSV columns whose value changes
    values: dict = field(default_factory=dict)  # SpeakerPage attribute -> new value
    page: SpeakerPage | None = None

    def describe(self):
        if self.action == "update":
            return f"update {self.slug}: {', '.join(self.columns)}"
        return f"{self.action} {self.slug}"


@dataclass
class SpeakerImportReport:
    changes: list[SpeakerChange]
    dry_run: bool

    def count(self, action):
        return sum(1 for change in self.changes if change.action == action)

    def summary(self):
        created, updated, unchanged = self.count("create"), self.count("update"), self.count("unchanged")
        if self.dry_run:
            return f"dry run, nothing written: would create {created}, update {updated}, unchanged {unchanged}"
        return f"created {created}, updated {updated}, unchanged {unchanged}"


def known_columns():
    """Every column the file may have, in the order changes are reported."""
    columns = ["slug"]
    for prefix in TRANSLATED_COLUMNS:
        columns += [f"{prefix}_{code}" for code in language_codes()]
    columns.append("organisation")
    columns += [f"{BIO_PREFIX}_{code}" for code in language_codes()]
    return columns


def required_columns():
    return ["slug", f"name_{default_language()}"]


def _attribute(column):
    """The SpeakerPage attribute a column writes: name_ru -> title_ru, bio_ar -> biography_ar."""
    if column == "organisation":
        return "organisation"
    prefix, code = column.rsplit("_", 1)
    model_field = "biography" if prefix == BIO_PREFIX else TRANSLATED_COLUMNS[prefix]
    return build_localized_fieldname(model_field, code)


def _decode(data):
    """The text of `data`, or raise SpeakerImportError naming the encoding problem."""
    if not data.strip():
        raise SpeakerImportError(["the file is empty"])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SpeakerImportError(["the file is UTF-16; save it as \u201cCSV UTF-8\u201d"])
    try:
        # A UTF-8 byte order mark (Excel's "CSV UTF-8" writes one) is harmless and dropped.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SpeakerImportError(
            [f"the file is not UTF-8 (byte 0x{data[error.start]:02x} on line {line}); save it as \u201cCSV UTF-8\u201d"]
        ) from None


def _read_rows(text):
    """`(header, [(row number, {column: value})])`; raises on a problem with the header."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise SpeakerImportError(["the file is empty"]) from None
    errors = []
    known = known_columns()
    for name in header:
        if name not in known:
            errors.append(f'unknown column "{name}"' if name else "a column has no name")
    errors += [f'the column "{name}" appears twice' for name in sorted({n for n in header if header.count(n) > 1})]
    errors += [f'missing column "{name}"' for name in required_columns() if name not in header]
    if errors:
        raise SpeakerImportError(errors)
    rows = []
    for cells in reader:
        number = reader.line_num  # a quoted cell may span lines; this is the row's last line
        if not any(cell.strip() for cell in cells):
            continue  # spreadsheets leave blank rows at the end
        rows.append((number, cells))
    if not rows:
        raise SpeakerImportError(["the file has a header but no speaker rows"])
    return header, rows


def _max_length(attribute):
    return SpeakerPage._meta.get_field(attribute).max_length


def _bio_html(value):
    """Plain text becomes one paragraph; HTML is kept as written."""
    if not value or value.lstrip().startswith("<"):
        return value
    return f"<p>{html.escape(value, quote=False)}</p>"


def _check_row(cells, header, organisations, seen, number):
    """`(errors, slug, {attribute: value})` for one row, before looking at existing pages."""
    if len(cells) > len(header):
        slug = cells[header.index("slug")].strip()
        return [f"has {len(cells)} cells, the header has {len(header)}"], slug, {}
    values = dict(zip(header, [cell.strip() for cell in cells], strict=False))
    values.update({name: "" for name in header[len(cells) :]})  # a short row: trailing cells empty
    slug = values["slug"]
    errors = []
    if not slug:
        errors.append("slug is empty")
    else:
        try:
            validate_unicode_slug(slug)
        except ValidationError:
            errors.append(f'slug "{slug}" is not a valid slug (letters, numbers, hyphens, underscores)')
        if len(slug) > _max_length("slug"):
            errors.append(f"slug is {len(slug)} characters, longer than {_max_length('slug')}")
        if slug in seen:
            errors.append(f'slug "{slug}" appears again (first in row {seen[slug]})')
        else:
            seen[slug] = number
    attributes = {}
    for column in header:
        if column == "slug":
            continue
        value = values[column]
        if column in required_columns() and not value:
            errors.append(f"{column} is empty")
        if column == "organisation":
            found = organisations.get(value, []) if value else [None]
            if not found:
                errors.append(f'organisation "{value}" does not exist')
            elif len(found) > 1:
                errors.append(f'organisation "{value}" is the English name of {len(found)} organisations')
            else:
                attributes["organisation"] = found[0]
            continue
        attribute = _attribute(column)
        if column.startswith(f"{BIO_PREFIX}_"):
            value = _bio_html(value)
            errors += [f"{column}: {problem}" for problem in rich_text_problems(value, RICH_TEXT_FEATURES)]
        elif len(value) > _max_length(attribute):
            errors.append(f"{column} is {len(value)} characters, longer than {_max_length(attribute)}")
        attributes[attribute] = value
    return errors, slug, attributes


def _change(slug, header, attributes, page):
    if page is None:
        return SpeakerChange("create", slug, values=attributes)
    columns = []
    for column in header:
        if column == "slug":
            continue
        attribute = _attribute(column)
        current = page.organisation_id if attribute == "organisation" else getattr(page, attribute)
        new = attributes[attribute]
        if attribute == "organisation":
            new = new.pk if new else None
        if (current or None) != (new or None):
            columns.append(column)
    order = known_columns()
    columns.sort(key=order.index)
    return SpeakerChange("update" if columns else "unchanged", slug, columns, attributes, page)


def validate(data):
    """The change each row makes, `[SpeakerChange, ...]`; raises SpeakerImportError listing every problem."""
    header, rows = _read_rows(_decode(data))
    indexes = list(SpeakerIndexPage.objects.all()[:2])
    if len(indexes) != 1:
        raise SpeakerImportError(["there is no speakers index page; create it in the admin first"])
    organisations = {}
    for organisation in Organisation.objects.all():
        organisations.setdefault(organisation.name_en, []).append(organisation)
    at = header.index("slug")
    slugs = {cells[at].strip() for _number, cells in rows if len(cells) > at}
    existing = {page.slug_en: page for page in SpeakerPage.objects.filter(slug_en__in=slugs)}
    seen, errors, changes = {}, [], []
    for number, cells in rows:
        problems, slug, attributes = _check_row(cells, header, organisations, seen, number)
        page = existing.get(slug)
        if page is not None and page.has_unpublished_changes:
            problems.append("the page has unpublished changes in the admin; publish or discard them first")
        label = f'row {number} (slug "{slug}")' if slug else f"row {number}"
        errors += [f"{label}: {problem}" for problem in problems]
        if not problems:
            changes.append(_change(slug, header, attributes, page))
    if errors:
        raise SpeakerImportError(errors)
    return indexes[0], changes


def _write(index, change):
    page = change.page
    if page is None:
        page = SpeakerPage()
        titles = {code: change.values.get(f"title_{code}", "") for code in language_codes()}
        siblings = index.get_children()
        sibling_slugs = {code: set(siblings.values_list(f"slug_{code}", flat=True)) for code in language_codes()}
        set_page_title(page, titles, change.slug, sibling_slugs)
    for attribute, value in change.values.items():
        setattr(page, attribute, value)
    if change.page is None:
        index.add_child(instance=page)
        page.save_revision().publish()
    elif page.live:
        page.save_revision().publish()
    else:
        # An unpublished page stays unpublished; its row is saved too so the next
        # import compares against what it wrote.
        page.save()
        page.save_revision()


def import_speakers(data, *, dry_run=False, progress=None):
    """Validate the CSV bytes `data` completely, then create and update speakers; return a report.

    Raises SpeakerImportError (and writes nothing) when any row has a problem. With
    `dry_run` nothing is written: the report says what a real run would do.
    """
    with translation.override(default_language()):
        index, changes = validate(data)
        report = SpeakerImportReport(changes=changes, dry_run=dry_run)
        if dry_run:
            return report
        with transaction.atomic():
            for done, change in enumerate(changes, start=1):
                if change.action != "unchanged":
                    _write(index, change)
                if progress:
                    progress(done, len(changes), "speakers")
    return report
