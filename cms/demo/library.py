"""Demo snippets and media: organisations, venues, placeholder images and documents.

Every record is found by a stable natural key (English name, image title) and
updated in place, so loading twice leaves one copy of everything.
"""

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.text import slugify

from home.models import Organisation
from media.models import CustomDocument, CustomImage
from sessions.models import Room, Venue

from .placeholders import initials, placeholder_pdf, placeholder_png
from .translated import in_order, set_text

DEMO_CREDIT = {"en": "Demo placeholder", "ru": "Демонстрационная заглушка"}


def upsert_image(title, label, alt_text, caption=None, size=(1200, 675)):
    """A placeholder image; its file is drawn only the first time."""
    image = CustomImage.objects.filter(title=title).first()
    if image is None:
        png = ContentFile(placeholder_png(label, size), name=f"{slug_file_name(title)}.png")
        image = CustomImage(title=title, file=ImageFile(png, name=png.name))
    set_text(image, "alt_text", alt_text)
    set_text(image, "caption", caption or {})
    set_text(image, "credit", DEMO_CREDIT)
    image.save()
    return image


def upsert_document(title, language):
    """One language version of a document, e.g. the Russian Dushanbe Declaration."""
    document = CustomDocument.objects.filter(title_en=title["en"], language=language).first()
    if document is None:
        document = CustomDocument(language=language)
        label = f"{title['en']}\n\n[{language.upper()}] demo placeholder"
        document.file.save(
            f"{slug_file_name(title['en'])}-{language}.pdf", ContentFile(placeholder_pdf(label)), save=False
        )
    set_text(document, "title", title)
    document.save()
    return document


def slug_file_name(text):
    return slugify(text)[:60] or "file"


def load_organisations(records):
    organisations = {}
    for record in records:
        organisation = Organisation.objects.filter(name_en=record["name"]["en"]).first() or Organisation()
        set_text(organisation, "name", record["name"])
        set_text(organisation, "acronym", record.get("acronym", {}))
        organisation.website = record.get("website", "")
        label = record.get("acronym", {}).get("en") or initials(record["name"]["en"])
        organisation.logo = upsert_image(
            f"Logo: {record['name']['en']}",
            label,
            {
                "en": f"Logo of {record['name']['en']}",
                "ru": f"Логотип: {record['name'].get('ru', record['name']['en'])}",
            },
            size=(600, 600),
        )
        organisation.save()
        organisations[record["key"]] = organisation
    return organisations


def load_venues(records):
    """Returns ({venue key: Venue}, {room key: Room})."""
    venues, rooms = {}, {}
    for record in records:
        venue = Venue.objects.filter(name_en=record["name"]["en"]).first() or Venue()
        for field in ("name", "address", "city", "country"):
            set_text(venue, field, record.get(field, {}))
        room_objects = []
        for room_record in record.get("rooms", []):
            room = venue.rooms.filter(name_en=room_record["name"]["en"]).first() if venue.pk else None
            room = room or Room()
            set_text(room, "name", room_record["name"])
            room_objects.append(room)
            rooms[room_record["key"]] = room
        venue.rooms = in_order(room_objects)
        venue.save()
        venues[record["key"]] = venue
    return venues, rooms
