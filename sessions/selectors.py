"""Reads of conferences and their programme: visible-only and prefetched.

GraphQL resolvers and (later) the schedule exports call these and nothing else,
so a session that is not public can never reach a frontend or a calendar.
"""

import datetime
import itertools

from django.db.models import Prefetch, Q

from cms.languages import language_codes
from people.models import SpeakerPage

from .models import EventFeaturedSpeaker, EventPage, SessionPage, SessionSpeaker


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


def event_for_slug(slug):
    """The visible event whose slug, in any language, is `slug`."""
    matches_slug = Q()
    for code in language_codes():
        matches_slug |= Q(**{f"slug_{code}": slug})
    return visible_events().filter(matches_slug).first()


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


def with_session_details(sessions):
    """Prefetch what a session's GraphQL type reads: venue, room, public speakers, documents."""
    return sessions.select_related("venue", "room").prefetch_related(
        Prefetch("speakers", queryset=visible_session_speakers()), "documents__document"
    )


def sessions_of_event(event):
    """Public sessions of `event` in programme order, each knowing the event's time zone."""
    sessions = list(with_session_details(SessionPage.objects.live().public().child_of(event)).order_by("start", "path"))
    for session in sessions:
        session._event_time_zone = event.time_zone
    return sessions


def schedule_days(event):
    """[(date, [sessions])] with dates in the event's time zone."""
    sessions = sessions_of_event(event)
    return [
        (day, list(day_sessions))
        for day, day_sessions in itertools.groupby(sessions, key=lambda session: session.local_start.date())
    ]
