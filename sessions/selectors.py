"""Reads of conferences and their programme: visible-only and prefetched.

GraphQL resolvers and (later) the schedule exports call these and nothing else,
so a session that is not public can never reach a frontend or a calendar.
"""

import datetime
import itertools

from django.db.models import Prefetch, Q

from cms.languages import language_codes
from media.privacy import without_private_media
from people.models import SpeakerPage
from translations.readiness import only_available

from .models import EventFeaturedSpeaker, EventPage, SessionDocument, SessionPage, SessionSpeaker


def with_event_details(events):
    """Prefetch what an event's GraphQL type reads: venue, image, organisers, featured speakers, documents."""
    return (
        events.select_related("venue", "hero_image")
        .prefetch_related("organisers__organisation__logo", "outcome_documents__document")
        .prefetch_related(Prefetch("featured_speakers", queryset=_visible_featured_speakers()))
    )


def visible_events():
    """Live, public events, earliest first, with their details prefetched."""
    return with_event_details(EventPage.objects.live().public()).order_by("start_date")


def slug_in_any_language(slug):
    """A filter for pages whose slug, in any configured language, is `slug`."""
    matches_slug = Q()
    for code in language_codes():
        matches_slug |= Q(**{f"slug_{code}": slug})
    return matches_slug


def event_for_slug(slug, details=True):
    """The visible event whose slug, in any language, is `slug`.

    `details=False` loads the event and its venue only: the schedule exports read no
    organisers, documents or featured speakers, and would pay seven queries for them.
    """
    events = visible_events() if details else _events_for_exports()
    return events.filter(slug_in_any_language(slug)).order_by("start_date").first()


def _events_for_exports():
    return EventPage.objects.live().public().select_related("venue")


def current_event(today=None):
    """The next event that has not ended, else the most recent one."""
    today = today or datetime.date.today()
    events = visible_events()
    return events.filter(end_date__gte=today).first() or events.filter(end_date__lt=today).order_by("-end_date").first()


def _visible_featured_speakers():
    return (
        EventFeaturedSpeaker.objects.filter(speaker__in=SpeakerPage.objects.live().public())
        .select_related("speaker", "speaker__organisation", "speaker__photo")
        .order_by("sort_order")
    )


def visible_session_speakers():
    """Speaker roles whose speaker page is public, with the speaker loaded."""
    return (
        SessionSpeaker.objects.filter(speaker__in=SpeakerPage.objects.live().public())
        .select_related("speaker", "speaker__organisation", "speaker__photo")
        .order_by("sort_order")
    )


def public_session_documents():
    """A session's documents outside private collections, with the document loaded."""
    return without_private_media(SessionDocument.objects.select_related("document"), "document").order_by("sort_order")


def with_session_details(sessions):
    """Prefetch what a session's GraphQL type and the exports read: venue, room, public speakers, public documents."""
    return sessions.select_related("venue", "room").prefetch_related(
        Prefetch("speakers", queryset=visible_session_speakers()),
        Prefetch("documents", queryset=public_session_documents()),
    )


def sessions_of_event(event, language=None):
    """Public sessions of `event` in programme order, each knowing the event's time zone.

    With `language`, only the sessions served in it (translations.readiness.only_available).
    """
    sessions = SessionPage.objects.live().public().child_of(event)
    if language is not None:
        sessions = only_available(sessions, language)
    sessions = list(with_session_details(sessions).order_by("start", "path"))
    for session in sessions:
        session._event_time_zone = event.time_zone
    return sessions


def schedule_days(event, language=None):
    """[(date, [sessions])] with dates in the event's time zone; `language` as in sessions_of_event."""
    sessions = sessions_of_event(event, language)
    return [
        (day, list(day_sessions))
        for day, day_sessions in itertools.groupby(sessions, key=lambda session: session.local_start.date())
    ]


def public_session_and_event(pk):
    """(the public session with primary key `pk`, its event), the session knowing its time zone; None if not public."""
    session = with_session_details(SessionPage.objects.live().public()).filter(pk=pk).first()
    if session is None:
        return None
    event = events_of_sessions([session]).get(session.pk)
    return (session, event) if event is not None else None


def speaker_sessions_and_events(speaker, language=None):
    """[(session, its event)] for the public sessions `speaker` speaks in, across events, in time order.

    Each session knows its event's time zone. With `language`, only the sessions served in
    it (translations.readiness.only_available).
    """
    sessions = SessionPage.objects.live().public().filter(speakers__speaker=speaker)
    if language is not None:
        sessions = only_available(sessions, language)
    sessions = list(with_session_details(sessions).order_by("start", "path"))
    events = events_of_sessions(sessions)
    return [(session, events[session.pk]) for session in sessions if session.pk in events]


def events_of_sessions(sessions):
    """{session pk: its public event} in two queries at most; sets each session's `_event_time_zone`.

    A session whose event is not public is left out of the mapping: it is not public either.
    The events come with their venue only (what the exports read), not with the details
    of their GraphQL type.
    """
    parent_paths = {session.path[: -session.steplen] for session in sessions}
    if not parent_paths:
        return {}
    events = {event.path: event for event in _events_for_exports().filter(path__in=parent_paths)}
    found = {}
    for session in sessions:
        event = events.get(session.path[: -session.steplen])
        if event is not None:
            session._event_time_zone = event.time_zone
            found[session.pk] = event
    return found
