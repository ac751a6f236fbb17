"""Export a selection as XLIFF 1.2 with translate-toolkit.

Missing or outdated (`Selection.outdated_only`): the status module reads the stored
(live) columns, units read a page's latest revision. Each unit is judged on the text it
carries, against the sources recorded when a translation was saved or went live:

- missing: the unit has English text and no text in the language (a block or inline
  row added in a draft counts, though the live field may be complete);
- outdated: the recorded source of its field no longer matches the English text of
  the revision, unless the translation itself was changed in that draft since the live
  version (a translation imported or typed into a draft is newer than the recorded
  source; it is recorded when the draft is published). An outdated unit keeps its
  current target, so the translator sees the old translation.

Staleness is recorded per field, so every unit of an outdated StreamField is outdated:
which of its blocks changed in English is not recorded.
"""

from django.utils import translation
from translate.storage.xliff import Xliff1File, Xliff1Unit

from cms.languages import default_language
from translations.status import OUTDATED, recorded_sources_in_bulk, sources_of, status_from_sources, text_hash

from .scopes import Selection, used_objects
from .units import editable_object, editable_page, object_units

XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2"
ORIGINAL = "cms"


class Xliff12Unit(Xliff1Unit):
    namespace = XLIFF_12


class Xliff12File(Xliff1File):
    """translate-toolkit's XLIFF store, writing version 1.2 instead of 1.1."""

    UnitClass = Xliff12Unit
    namespace = XLIFF_12
    XMLskeleton = f"""<?xml version="1.0" ?>
<xliff version='1.2' xmlns='{XLIFF_12}'>
<file original='NoName' source-language='en' datatype='plaintext'>
<body>
</body>
</file>
</xliff>"""


def _report(progress, label, done, total):
    if progress:
        progress(done, total, label)


def collect_units(selection, language, *, progress=None):
    """The units of `selection` in `language`: pages in tree order, then the other objects.

    `progress(done, total, label)` is called after each page and each object.
    """
    units, live_of = [], {}
    with translation.override(default_language()):
        pages = list(selection.pages.order_by("path").specific())
        editables = []
        for done, page in enumerate(pages, start=1):
            editable = editable_page(page)
            if editable is not page:
                live_of[id(editable)] = page
            editables.append(editable)
            units.extend(object_units(editable, language))
            _report(progress, "pages", done, len(pages))
        objects = list(selection.objects)
        if selection.include_used:
            known = {(type(obj), obj.pk) for obj in objects}
            objects += [obj for obj in used_objects(editables) if (type(obj), obj.pk) not in known]
        for done, obj in enumerate(objects, start=1):
            units.extend(object_units(editable_object(obj), language))
            _report(progress, "snippets, images, documents", done, len(objects))
        if selection.outdated_only:
            units = needing_translation(units, language, live_of)
    return units


def needing_translation(units, language, live_of):
    """The units missing or outdated in `language` (see the module docstring).

    `live_of` maps id() of a page's revision object to its live page. Recorded sources
    are read with one query per content type.
    """
    sources = recorded_sources_in_bulk({id(unit.instance): unit.instance for unit in units}.values(), language)
    status, retranslated, live_rows = {}, {}, {}
    kept = []
    for unit in units:
        if not unit.target.strip():
            kept.append(unit)
            continue
        key = (id(unit.instance), unit.field)
        if key not in status:
            status[key] = status_from_sources(unit.instance, unit.field, language, sources_of(unit.instance, sources))
        if status[key] != OUTDATED:
            continue
        if key not in retranslated:
            live = _live_counterpart(unit, live_of, live_rows)
            retranslated[key] = live is not None and (
                text_hash(unit.instance, unit.field, language) != text_hash(live, unit.field, language)
            )
        if not retranslated[key]:
            kept.append(unit)
    return kept


def _live_counterpart(unit, live_of, live_rows):
    """The live version of what holds a unit's field when it comes from a draft, else None."""
    live_page = live_of.get(id(unit.obj))
    if live_page is None or unit.relation is None:
        return live_page
    key = (id(unit.obj), unit.relation)
    if key not in live_rows:
        live_rows[key] = {row.pk: row for row in getattr(live_page, unit.relation).all()}
    return live_rows[key].get(unit.instance.pk)


def build_xliff(units, language):
    """The XLIFF 1.2 document (bytes) for `units`, target language `language`."""
    store = Xliff12File(sourcelanguage=default_language(), targetlanguage=language)
    store.createfilenode(ORIGINAL, sourcelanguage=default_language(), targetlanguage=language)
    for unit in units:
        xliff_unit = store.addsourceunit(unit.source, filename=ORIGINAL)
        xliff_unit.setid(unit.unit_id)
        xliff_unit.target = unit.target
        if unit.note:
            xliff_unit.addnote(unit.note, origin="developer")
    return bytes(store)


def export_xliff(selection, language, *, progress=None):
    """Return `(xliff_bytes, units)` for a Selection (or a queryset of pages) in `language`."""
    if not isinstance(selection, Selection):
        selection = Selection(name="pages", pages=selection)
    units = collect_units(selection, language, progress=progress)
    return build_xliff(units, language), units


def file_name(selection, language):
    """The download name of an export: dushanbe-ru-event-2022.xlf."""
    return f"dushanbe-{language}-{selection.name}.xlf"
