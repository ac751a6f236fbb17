"""The benchmark's targets: each is the sequence of HTTP requests one client needs for the schedule.

A "fetch" is that whole sequence; its latency is the sum of its requests' latencies.
The URLs are fixed for the generated data (ids a client would learn from the first
answer are looked up here once), so every fetch of a target sends the same requests.
"""

from dataclasses import dataclass

from people.models import SpeakerPage
from sessions.models import EventPage, SessionPage, SessionSpeaker

from . import queries

STATIC_PATH = "/bench-schedule.json"


@dataclass(frozen=True)
class Target:
    key: str
    title: str
    paths: tuple
    # Whether the target's answers come from the response cache (warmed before measuring).
    cached: bool = False


def build_targets(event_slug):
    """The targets for the event with English slug `event_slug`, in report order."""
    event = EventPage.objects.get(slug_en=event_slug)
    sessions = list(SessionPage.objects.child_of(event).live().order_by("start", "path").values_list("pk", flat=True))
    speaker_ids = (
        SessionSpeaker.objects.filter(session_id__in=sessions, speaker__in=SpeakerPage.objects.live())
        .order_by("speaker_id")
        .values_list("speaker_id", flat=True)
        .distinct()
    )
    schedule = queries.schedule_query(event_slug)
    limit = len(sessions)
    return [
        Target("uncached", "GraphQL schedule, uncached", (queries.graphql_get("/bench/graphql-uncached/", schedule),)),
        Target("cached", "GraphQL schedule, cached", (queries.graphql_get("/graphql/", schedule),), cached=True),
        Target("static", "static file (whitenoise)", (STATIC_PATH,)),
        Target(
            "api_v2",
            "Wagtail API v2",
            (queries.v2_event_url(event_slug), queries.v2_sessions_url(event.pk, limit)),
        ),
        Target(
            "api_v3",
            "Wagtail API v3 (ninja)",
            (
                f"/bench/api/v3/pages/?type=programme.EventPage&slug={event_slug}",
                f"/bench/api/v3/pages/?type=programme.SessionPage&child_of={event.pk}&limit={limit}",
                *(f"/bench/api/v3/pages/{pk}/" for pk in sessions),
                *(f"/bench/api/v3/pages/{pk}/" for pk in speaker_ids),
            ),
        ),
        Target(
            "grapple",
            "grapple stock `pages`",
            (
                queries.graphql_get("/bench/grapple/", queries.GRAPPLE_EVENT % {"event": event_slug}),
                queries.graphql_get(
                    "/bench/grapple/", queries.GRAPPLE_SESSIONS % {"event_id": event.pk, "limit": limit}
                ),
            ),
        ),
    ]
