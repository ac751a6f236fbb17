"""Helpers shared by the XLIFF tests: exporting, translating like a CAT tool, counting rows."""

from translate.storage.xliff import xlifffile
from wagtail.models import Revision

from home.models import Organisation
from media.models import CustomDocument, CustomImage
from news.models import MediaContact
from sessions.models import Room, Venue
from translations.models import TranslationSource
from translations.xliff import export_xliff


def export(selection, language="ru"):
    data, _units = export_xliff(selection, language)
    return data


def units_of(data):
    """{unit id: (source, target)} of an XLIFF document."""
    return {unit.xmlelement.get("id"): (unit.source, unit.target) for unit in xlifffile.parsestring(data).units}


def translate(data, targets):
    """Fill the targets of an exported file like a CAT tool: {unit id: text}."""
    store = xlifffile.parsestring(data)
    for unit in store.units:
        if unit.xmlelement.get("id") in targets:
            unit.target = targets[unit.xmlelement.get("id")]
    return bytes(store)


def database_state():
    """What an import may change, to show that a refused one changed nothing."""
    return {
        "revisions": list(Revision.objects.order_by("pk").values_list("pk", "content")),
        "organisations": list(Organisation.objects.order_by("pk").values_list("pk", "name_ru", "acronym_ru")),
        "images": list(CustomImage.objects.order_by("pk").values_list("pk", "alt_text_ru", "caption_ru")),
        "documents": list(CustomDocument.objects.order_by("pk").values_list("pk", "title_ru")),
        "venues": list(Venue.objects.order_by("pk").values_list("pk", "name_ru")),
        "rooms": list(Room.objects.order_by("pk").values_list("pk", "name_ru")),
        "media contacts": list(MediaContact.objects.order_by("pk").values_list("pk", "name_ru", "role_ru")),
        "sources": list(TranslationSource.objects.order_by("pk").values_list("pk", "source_hash")),
    }
