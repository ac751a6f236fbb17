"""Conferences (events), their sessions, and the venues they happen in."""

from .events import EventDocument, EventFeaturedSpeaker, EventOrganiser, EventPage
from .sessions import SessionDocument, SessionKind, SessionPage, SessionRole, SessionSpeaker
from .venues import Room, Venue

__all__ = [
    "EventDocument",
    "EventFeaturedSpeaker",
    "EventOrganiser",
    "EventPage",
    "Room",
    "SessionDocument",
    "SessionKind",
    "SessionPage",
    "SessionRole",
    "SessionSpeaker",
    "Venue",
]
