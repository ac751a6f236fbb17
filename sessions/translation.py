"""Reader-visible text of conferences, sessions and venues, one column per language."""

from modeltranslation.translator import TranslationOptions, register

from .models import EventPage, Room, SessionPage, Venue


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("subtitle", "city", "country", "summary", "body")


@register(SessionPage)
class SessionPageTranslation(TranslationOptions):
    fields = ("summary", "key_issues")


@register(Venue)
class VenueTranslation(TranslationOptions):
    fields = ("name", "address", "city", "country")


@register(Room)
class RoomTranslation(TranslationOptions):
    fields = ("name",)
