"""What the iCal and Frab exports share: the language a page is read in, its guid, its place."""

import uuid

from django.utils import translation

# Frab guids and iCal UIDs are uuid5 of a page's or room's id in this namespace: the
# same session keeps its guid across exports, languages and hosts.
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://dushanbeprocess.org/programme")


def guid(kind, pk):
    """The stable uuid5 of a session, speaker, room, venue or event, as a string."""
    return str(uuid.uuid5(GUID_NAMESPACE, f"{kind}:{pk}"))


def session_venue(session, event):
    """The session's own venue, else the event's."""
    if session.venue_id:
        return session.venue
    if session.room_id:
        return session.room.venue
    return event.venue if event is not None else None


def room_name(session, event):
    """The room a schedule app shows: the room, else the venue, else the event's title."""
    if session.room_id:
        return session.room.name
    venue = session_venue(session, event)
    return venue.name if venue is not None else event.title


def location(session, event):
    """ "Plenary Hall, Kokhi Somon" in the active language; empty when nothing is known."""
    venue = session_venue(session, event)
    parts = [session.room.name if session.room_id else "", venue.name if venue is not None else ""]
    return ", ".join(part for part in parts if part)


def latest_published(pages):
    """The latest last_published_at among `pages` (None when none was ever published)."""
    dates = [page.last_published_at for page in pages if page is not None and page.last_published_at]
    return max(dates) if dates else None


def in_language(language):
    """Read translated fields in `language` (modeltranslation reads the active language)."""
    return translation.override(language)
