"""Export pages as XLIFF 1.2 with translate-toolkit."""

from django.utils import translation
from translate.storage.xliff import Xliff1File, Xliff1Unit
from wagtail.models import Page

from cms.languages import default_language

from .units import editable_object, object_units

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


def pages_for_page(page_id):
    return Page.objects.filter(pk=page_id).exclude(depth=1)


def pages_for_event(slug):
    """The event with this slug (in any language) and every page under it."""
    from sessions.models import EventPage

    event = EventPage.objects.filter(slug=slug).first() or EventPage.objects.filter(slug_en=slug).first()
    if event is None:
        return Page.objects.none()
    return Page.objects.descendant_of(event, inclusive=True)


def pages_for_outdated():
    """Every page but the tree root. The export keeps only units without a translation.

    "Outdated" means *missing* for now: staleness of existing translations needs the
    translation status models, which are not on this branch.
    """
    return Page.objects.exclude(depth=1)


def collect_units(pages, language, *, missing_only=False, progress=None):
    """The units of `pages` (a queryset) in tree order, reporting `progress(done, total)`."""
    pages = list(pages.order_by("path"))
    units = []
    with translation.override(default_language()):
        for done, page in enumerate(pages, start=1):
            page_units = object_units(editable_object(page), language)
            units.extend(unit for unit in page_units if not (missing_only and unit.target))
            if progress:
                progress(done, len(pages))
    return units


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


def export_xliff(pages, language, *, missing_only=False, progress=None):
    """Return `(xliff_bytes, units)` for `pages` in `language`."""
    units = collect_units(pages, language, missing_only=missing_only, progress=progress)
    return build_xliff(units, language), units
